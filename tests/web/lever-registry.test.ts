// The lever registry against the scenario schema (every path a parameter, every range inside its bounds), and the
// one-table rule: no other file of the page lists the levers (their words are in the catalogues: tests/web/i18n.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, REGION_SCOPED_PARAMS, scenarioSchema } from '../../src/scenario/schema.js';
import { getPath } from '../../src/scenario/params-path.js';
import { POLICY_GROUPS, schemaAt } from '../../src/scenario/validate.js';
import { CATALOGUES } from '../../src/web/i18n/index.js';
import { LEVERS, leverOf, type PresetControl, showValue, type SliderControl } from '../../src/web/lever-registry.js';
import { controlId } from '../../src/web/page/lever-controls.js';

type Def = { type: string; entries?: Record<string, string>; shape?: Record<string, unknown> };
const schemaOf = (path: string) => schemaAt(path.split('.')) as (z.ZodType & { _zod: { def: Def } }) | undefined;
const bounds = (path: string) => {
  const s = schemaOf(path) as unknown as z.ZodNumber;
  return { min: s.minValue ?? -Infinity, max: s.maxValue ?? Infinity };
};

describe('the lever registry', () => {
  it('names each lever once, and each plain parameter and timed policy once', () => {
    const keys = LEVERS.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    const paths = LEVERS.filter((l) => l.control.kind !== 'timed' && l.control.kind !== 'where').map((l) => l.path);
    expect(new Set(paths).size).toBe(paths.length);
    const policies = LEVERS.flatMap((l) => (l.control.kind === 'timed' ? [l.control.policyLabel] : []));
    expect(new Set(policies).size).toBe(policies.length);
    for (const key of keys) expect(leverOf(key).key).toBe(key);
  });

  describe.each(LEVERS.map((l) => [l.key, l] as const))('%s', (_key, lever) => {
    it('sets a parameter of the schema that a policy may change during a run', () => {
      expect(schemaOf(lever.path), lever.path).toBeDefined();
      expect(POLICY_GROUPS).toContain(lever.path.split('.')[0]);
    });

    it("has a control of the parameter's type, with a range inside its bounds", () => {
      const def = schemaOf(lever.path)!._zod.def;
      const c = lever.control;
      switch (c.kind) {
        case 'slider': {
          expect(def.type).toBe('number');
          const { min, max } = bounds(lever.path);
          expect(c.min).toBeGreaterThanOrEqual(min);
          expect(c.max).toBeLessThanOrEqual(max);
          expect(c.min).toBeLessThan(c.max);
          expect(c.step).toBeGreaterThan(0);
          const steps = (c.max - c.min) / c.step;
          expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
          break;
        }
        case 'switch':
          expect(def.type).toBe('boolean');
          break;
        case 'choice':
          expect(def.type).toBe('enum');
          expect(c.options.map((o) => o.value)).toEqual(Object.values(def.entries!));
          break;
        case 'timed': {
          expect(def.type).toBe('number');
          const { min, max } = bounds(lever.path);
          expect(c.sets).toBeGreaterThanOrEqual(min);
          expect(c.sets).toBeLessThanOrEqual(max);
          expect(Number.isInteger(c.firstAt) && c.firstAt >= 0).toBe(true);
          break;
        }
        case 'preset': {
          // Each option sets parameters of the lever's group, inside their bounds, and a share group sums to 1.
          expect(def.type).toBe('object');
          expect(c.options.length).toBeGreaterThan(1);
          expect(new Set(c.options.map((o) => o.value)).size).toBe(c.options.length);
          for (const option of c.options as PresetControl['options']) {
            const paths = Object.keys(option.sets);
            expect(paths.sort(), option.value).toEqual(
              Object.keys(def.shape!)
                .map((name) => `${lever.path}.${name}`)
                .sort(),
            );
            for (const path of paths) {
              expect(schemaOf(path)?._zod.def.type, path).toBe('number');
              const { min, max } = bounds(path);
              expect(option.sets[path]).toBeGreaterThanOrEqual(min);
              expect(option.sets[path]).toBeLessThanOrEqual(max);
            }
            const sum = Object.values(option.sets).reduce((a, b) => a + b, 0);
            expect(Math.abs(sum - 1), `${option.value} sums to ${sum}`).toBeLessThan(1e-9);
          }
          break;
        }
        case 'where': {
          // It places the policy of a timed lever of the same parameter, which a policy may set in some regions only.
          const timed = leverOf(c.timed as 'withdrawalAt');
          expect(timed.control.kind).toBe('timed');
          expect(timed.path).toBe(lever.path);
          expect(REGION_SCOPED_PARAMS).toContain(lever.path);
          expect(c.options.map((o) => o.value)).toEqual(['all', ...REGION_IDS]);
          break;
        }
      }
    });
  });

  it("offers first the activity mix as run (the schema's default), then the mixes of scenarios/activity-*.yaml", () => {
    const c = leverOf('activityMix').control as PresetControl;
    const defaults = scenarioSchema.parse({}) as unknown as Record<string, unknown>;
    const asRun = c.options[0];
    expect(asRun.value).toBe('asRun');
    for (const [path, value] of Object.entries(asRun.sets)) expect(value, path).toBe(getPath(defaults, path));
    expect(c.options.map((o) => o.value)).toEqual(['asRun', 'projectTeams', 'online', 'crossRegion', 'firmsWant']);
  });

  it('shows slider values as the page always has', () => {
    const slider = (key: 'openEventShare' | 'subsidyLevel' | 'feePerFirmMonth') =>
      leverOf(key).control as SliderControl;
    expect(showValue(slider('openEventShare'), 0.35)).toBe('35%');
    expect(showValue(slider('subsidyLevel'), 0)).toBe('0.0x');
    expect(showValue(slider('feePerFirmMonth'), 0.2)).toBe('0.20 M KRW');
    expect(showValue(slider('feePerFirmMonth'), 1.5, (v, d) => `<${v.toFixed(d)}>`, ' 백만 원')).toBe('<1.50> 백만 원');
  });
});

describe('one table of levers', () => {
  const web = resolve(import.meta.dirname, '..', '..', 'src', 'web');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
    );
  const registry = join(web, 'lever-registry.ts');

  it("is the only file of the page that names a lever's parameter path; only the catalogues hold its words", () => {
    const catalogues = [join(web, 'i18n', 'en.ts'), join(web, 'i18n', 'ko.ts')];
    const found: string[] = [];
    for (const file of files(web).filter((f) => f !== registry)) {
      const text = readFileSync(file, 'utf8');
      for (const lever of LEVERS) {
        const words = Object.values(CATALOGUES).flatMap((t) => Object.values(t.levers.words[lever.key]));
        for (const used of [`'${lever.path}'`, ...(catalogues.includes(file) ? [] : words)])
          if (text.includes(used)) found.push(`${relative(web, file)}: ${used}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('leaves the page template without lever controls: they are generated', () => {
    const html = readFileSync(join(web, 'page', 'index.html'), 'utf8');
    for (const lever of LEVERS) expect(html).not.toContain(`id="${controlId(lever.key)}`);
    expect(html).not.toContain('<fieldset');
  });
});
