// The manifest: canonical JSON with sorted keys, the scenario hash (equal for equal scenarios whatever their key
// order), and the manifest's fields.
import { describe, expect, it } from 'vitest';
import { buildManifest, canonicalJson, scenarioHash } from '../../src/output/manifest.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { VERSION } from '../../src/version.js';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes scalars as JSON does', () => {
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(null)).toBe('null');
  });
});

describe('scenarioHash', () => {
  it('is sha256: and 64 hex digits', () => {
    expect(scenarioHash(scenarioSchema.parse({}))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is the same for the same scenario written in another key order', () => {
    const a = scenarioSchema.parse({ name: 'x', steps: 12, levers: { scope: 'region', initiative: true } });
    const b = scenarioSchema.parse({ levers: { initiative: true, scope: 'region' }, steps: 12, name: 'x' });
    expect(scenarioHash(b)).toBe(scenarioHash(a));
  });

  it('changes when any value changes', () => {
    const a = scenarioSchema.parse({});
    expect(scenarioHash(scenarioSchema.parse({ decay: { ratePerMonth: 0.06 } }))).not.toBe(scenarioHash(a));
    expect(scenarioHash(scenarioSchema.parse({ seed: 2 }))).not.toBe(scenarioHash(a));
  });
});

describe('buildManifest', () => {
  it('records the tool, version, scenario and its hash, seed, steps, Node version and wall time', () => {
    const scenario = scenarioSchema.parse({ name: 'm', seed: 7 });
    expect(buildManifest(scenario, '7', 24, 1.25)).toEqual({
      tool: 'clustersim',
      version: VERSION,
      scenarioName: 'm',
      scenarioHash: scenarioHash(scenario),
      seed: '7',
      steps: 24,
      node: process.version,
      wallTimeSeconds: 1.25,
      scenario,
    });
  });
});
