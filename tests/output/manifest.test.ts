// The manifest: canonical JSON with sorted keys, the scenario hash (equal for equal scenarios whatever their key
// order), and the fields of a run's manifest and of every other command's.
import { describe, expect, it } from 'vitest';
import {
  buildCommandManifest,
  buildManifest,
  canonicalJson,
  checkoutCommit,
  manifestText,
  scenarioHash,
  scenarioRecord,
} from '../../src/output/manifest.js';
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

/** The git commit field, present exactly when clustersim runs from a checkout. */
const commit = () => {
  const hash = checkoutCommit();
  return hash ? { gitCommit: hash } : {};
};

describe('buildManifest', () => {
  it('records the tool, version, git commit, scenario and its hash, seed, steps, Node version and wall time', () => {
    const scenario = scenarioSchema.parse({ name: 'm', seed: 7 });
    expect(buildManifest(scenario, '7', 24, 1.25)).toEqual({
      tool: 'clustersim',
      version: VERSION,
      ...commit(),
      scenarioName: 'm',
      scenarioLabel: 'm',
      scenarioHash: scenarioHash(scenario),
      seed: '7',
      steps: 24,
      sets: [],
      node: process.version,
      wallTimeSeconds: 1.25,
      scenario,
    });
  });

  it('adds the command line, the overrides and the label of a scenario they changed', () => {
    const scenario = scenarioSchema.parse({ name: 'm', steps: 12 });
    const manifest = buildManifest(scenario, '1', 12, 0.5, {
      commandLine: 'clustersim run --set steps=12',
      sets: ['steps=12'],
      label: 'm (modified: 1 override)',
    });
    expect(manifest).toMatchObject({
      commandLine: 'clustersim run --set steps=12',
      sets: ['steps=12'],
      scenarioLabel: 'm (modified: 1 override)',
    });
    expect(Object.keys(manifest).slice(0, 5)).toEqual(
      ['tool', 'version', ...Object.keys(commit()), 'commandLine', 'scenarioName'].slice(0, 5),
    );
  });
});

describe('buildCommandManifest', () => {
  it("records the command, every scenario's name, label, hash and resolved scenario with its policies, seeds and posterior", () => {
    const base = scenarioSchema.parse({ name: 'base' });
    const fees = scenarioSchema.parse({
      name: 'fees',
      policies: [{ at: 73, set: { 'budget.feePerFirmMonth': 0.05 } }],
    });
    const posterior = { file: 'a.csv', sha256: 'sha256:00', draws: 3, paths: ['decay.ratePerMonth'], perRun: [2, 0] };
    const manifest = buildCommandManifest({
      command: 'compare',
      scenarios: [{ scenario: base }, { scenario: fees, label: 'fees (modified: 1 override)' }],
      seed: 4,
      seeds: ['4/run/0', '4/run/1'],
      wallTimeSeconds: 2.5,
      provenance: { commandLine: "clustersim compare 'a b.yaml'", sets: ['steps=80'] },
      posterior,
      details: { adjust: 'holm' },
    });
    expect(manifest).toEqual({
      tool: 'clustersim',
      version: VERSION,
      ...commit(),
      commandLine: "clustersim compare 'a b.yaml'",
      command: 'compare',
      sets: ['steps=80'],
      seed: '4',
      seeds: ['4/run/0', '4/run/1'],
      posterior,
      scenarios: [
        { name: 'base', label: 'base', hash: scenarioHash(base), scenario: base },
        { name: 'fees', label: 'fees (modified: 1 override)', hash: scenarioHash(fees), scenario: fees },
      ],
      details: { adjust: 'holm' },
      node: process.version,
      wallTimeSeconds: 2.5,
    });
    expect(manifest.scenarios[1].scenario.policies[0].set).toEqual({ 'budget.feePerFirmMonth': 0.05 });
    expect(scenarioRecord(base).hash).toBe(scenarioHash(scenarioSchema.parse({ name: 'base' })));
  });

  it('writes JSON with two-space indents and non-finite numbers as null', () => {
    expect(manifestText({ a: NaN, b: [1, Infinity] })).toBe('{\n  "a": null,\n  "b": [\n    1,\n    null\n  ]\n}\n');
  });
});
