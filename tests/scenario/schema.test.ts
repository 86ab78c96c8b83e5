// The scenario schema: bad input throws, the defaults of an empty scenario, and a documented unit for every parameter.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AGENCY, FIRM, INSTITUTE, PROFESSOR } from '../../src/model/types.js';
import {
  KIND_NAMES,
  leverNames,
  MAX_DESCRIPTION_LENGTH,
  MAX_FACTOR,
  MAX_LOGIT,
  MAX_MEMBERS,
  MAX_NAME_LENGTH,
  MAX_POLICIES,
  MAX_STEPS,
  MAX_TIES,
  MAX_WEIGHT,
  REGION_IDS,
  scenarioSchema,
  SCOPES,
  TASK_KINDS,
  SHARE_GROUPS,
  WEIGHT_GROUPS,
} from '../../src/scenario/schema.js';

type Node = { _zod: { def: Record<string, unknown> }; description?: string };

/** Every leaf of the schema with its path, unwrapping defaults and optionals. */
function leaves(schema: Node, path: string[] = []): [string, Node][] {
  let s = schema;
  while (['default', 'prefault', 'optional'].includes(s._zod.def.type as string)) s = s._zod.def.innerType as Node;
  if (s._zod.def.type === 'object') {
    return Object.entries(s._zod.def.shape as Record<string, Node>).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path.join('.'), schema]];
}

describe('scenarioSchema bounds', () => {
  const json = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
  };

  it('caps every number, list and text a scenario gives', () => {
    const uncapped = leaves(scenarioSchema as unknown as Node)
      .filter(([path, node]) => {
        const schema = z.toJSONSchema(node as never, { io: 'input', unrepresentable: 'any' }) as Record<
          string,
          unknown
        >;
        if (schema.type === 'number' || schema.type === 'integer')
          return !(typeof schema.maximum === 'number' && schema.maximum <= Number.MAX_SAFE_INTEGER);
        if (schema.type === 'array') return typeof schema.maxItems !== 'number';
        if (schema.type === 'string' && !('enum' in schema)) return typeof schema.maxLength !== 'number';
        return path === '';
      })
      .map(([path]) => path);
    expect(uncapped).toEqual([]);
  });

  it('has the caps of the documentation', () => {
    expect([
      MAX_STEPS,
      MAX_MEMBERS,
      MAX_TIES,
      MAX_WEIGHT,
      MAX_LOGIT,
      MAX_FACTOR,
      MAX_POLICIES,
      MAX_NAME_LENGTH,
      MAX_DESCRIPTION_LENGTH,
    ]).toEqual([2400, 1_000_000, 1000, 1_000_000, 100, 100, 1000, 200, 10_000]);
    expect(json.properties.steps).toMatchObject({ minimum: 1, maximum: 2400 });
    expect(json.properties.seed).toMatchObject({ minimum: 0, maximum: 9007199254740991 });
    expect(json.properties.name).toMatchObject({ minLength: 1, maxLength: 200 });
    expect(json.properties.description).toMatchObject({ maxLength: 10_000 });
    expect(json.properties.policies).toMatchObject({ maxItems: 1000 });
  });

  it('keeps population.scale at most 1000 and steps at most 2400', () => {
    expect(scenarioSchema.safeParse({ population: { scale: 1000 }, steps: 2400 }).success).toBe(true);
    expect(scenarioSchema.safeParse({ population: { scale: 1000.5 } }).success).toBe(false);
    expect(scenarioSchema.safeParse({ steps: 2401 }).success).toBe(false);
  });

  it('names the groups of weights that are divided by their sum, and those that must also sum to 1', () => {
    expect(WEIGHT_GROUPS).toEqual(['tasks.mix', 'satisfaction.weights', 'membership.reasons', 'levers.activityMix']);
    expect(SHARE_GROUPS).toEqual(['levers.activityMix']);
  });
});

describe('scenarioSchema', () => {
  it('rejects unknown keys and wrong types', () => {
    expect(scenarioSchema.safeParse({ nope: 1 }).success).toBe(false);
    expect(scenarioSchema.safeParse({ levers: { nope: 1 } }).success).toBe(false);
    expect(scenarioSchema.safeParse({ steps: '3' }).success).toBe(false);
  });

  it('fills the defaults of an empty scenario', () => {
    const s = scenarioSchema.parse({});
    expect(s).toMatchObject({ name: 'default', description: '', seed: 1, steps: 120, startYear: 2005, policies: [] });
    expect(s.population).toMatchObject({
      scale: 1,
      firmMembers: 4566,
      professors: 779,
      institutes: 211,
      agencies: 633,
    });
    expect(s.population.regions).toEqual([...REGION_IDS]);
    expect(s.initialNetwork).toMatchObject({ iurTiesPerFirm: 2.2, firmTiesPerFirm: 2.49 });
    expect(s.decay).toEqual({ ratePerMonth: 0.035, crossMcRatePerMonth: 0.17, dropBelow: 0.1, reinforcement: 0.2 });
    expect(s.trust).toEqual({ initial: 0.4, gain: 0.15, lossRatio: 2 });
    expect(s.levers).toMatchObject({
      scope: 'park',
      exitRule: 'none',
      initiative: false,
      expertPool: false,
      leadFirmsRequired: false,
    });
  });

  it('keeps given values and defaults the rest of their group', () => {
    const s = scenarioSchema.parse({ decay: { ratePerMonth: 0.1 } });
    expect(s.decay).toEqual({ ratePerMonth: 0.1, crossMcRatePerMonth: 0.17, dropBelow: 0.1, reinforcement: 0.2 });
  });

  it('weights the five factors of Table 6 to a sum of 1, and the task mix of Table 2 likewise', () => {
    const s = scenarioSchema.parse({});
    expect(Object.values(s.satisfaction.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.values(s.tasks.mix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.keys(s.tasks.mix)).toEqual([...TASK_KINDS]);
  });

  it('documents every parameter', () => {
    const undocumented = leaves(scenarioSchema as unknown as Node)
      .filter(([, node]) => !node.description)
      .map(([p]) => p);
    expect(undocumented).toEqual([]);
  });

  it("names the kinds in the order of the model's kind codes, and the levers", () => {
    expect([FIRM, PROFESSOR, INSTITUTE, AGENCY].map((code) => KIND_NAMES[code])).toEqual([
      'firm',
      'professor',
      'institute',
      'agency',
    ]);
    expect(scenarioSchema.parse({ levers: { scope: SCOPES[1] } }).levers.scope).toBe(SCOPES[1]);
    expect(leverNames).toContain('scope');
    expect(leverNames).toContain('exitRule');
  });
});
