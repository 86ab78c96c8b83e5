// Reading a folder clustersim wrote: its kind, its tables, and the scenarios as resolved wherever a manifest keeps them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparisonScenarios,
  findScenarios,
  folderKind,
  parseCsvRows,
  readFolderData,
  readFolderJson,
} from '../../src/render/folder-data.js';
import { syntheticCompare } from '../charts/fixtures.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-folder-data-');

const folder = (name: string, files: Record<string, string>) => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
};

const scenario = (name: string) => ({
  name,
  description: `${name} asks`,
  startYear: 2005,
  steps: 24,
  policies: [{ at: 13, rampSteps: 0, set: { 'budget.subsidyLevel': 0 } }],
  budget: { subsidyLevel: 1 },
});

describe('readFolderJson and parseCsvRows', () => {
  it('name a broken JSON file, and read nothing from an absent one', async () => {
    const dir = folder('broken', { 'compare.json': '{ nope' });
    await expect(readFolderJson(dir, 'compare.json')).rejects.toThrow(/compare\.json is not valid JSON/);
    expect(await readFolderJson(dir, 'absent.json')).toBeUndefined();
  });

  it('read numbers as numbers, empty cells as null and text as text', () => {
    expect(parseCsvRows('')).toEqual([]);
    expect(parseCsvRows('point,seed,x,y\n0,1/run/0,,-0.5e-3\n')).toEqual([
      { point: 0, seed: '1/run/0', x: null, y: -0.0005 },
    ]);
  });
});

describe('folderKind', () => {
  it('knows nothing of an empty folder, and reads the kind from the marker or the files', () => {
    expect(folderKind(folder('empty', {}))).toBeUndefined();
    expect(
      folderKind(folder('marked', { '.clustersim.json': '{"tool":"clustersim","kind":"sweep","files":[]}' })),
    ).toBe('sweep');
    expect(folderKind(folder('morris', { 'morris.csv': 'a\n' }))).toBe('sensitivity');
    expect(folderKind(folder('old-sweep', { 'experiment.json': '{}', 'runs.csv': 'a\n' }))).toBe('sweep');
    expect(folderKind(folder('old-compare', { 'compare.json': '{}' }))).toBe('compare');
  });
});

describe('findScenarios', () => {
  it('finds none in values without scenarios', () => {
    expect(findScenarios(undefined)).toEqual([]);
    expect(findScenarios({ scenarios: ['a', 'b'], runs: 3 })).toEqual([]);
    expect(findScenarios([{ name: 'no timeline' }])).toEqual([]);
  });

  it("finds a run manifest's scenario, a list of them, entries holding them, and a map by name", () => {
    const one = { name: 'a', description: 'a asks', startYear: 2005, steps: 24, policies: scenario('a').policies };
    expect(findScenarios({ tool: 'clustersim', scenario: scenario('a') })).toEqual([one]);
    expect(findScenarios({ scenarios: [scenario('a'), scenario('b')] }).map((s) => s.name)).toEqual(['a', 'b']);
    expect(findScenarios({ runs: 2, scenarios: [{ file: 'a.yaml', scenario: scenario('a') }] })).toEqual([one]);
    expect(findScenarios({ resolved: { a: { ...scenario('x'), name: undefined } } })[0].name).toBe('a');
  });

  it("gives a comparison's scenarios its display names, in its order", () => {
    const compare = syntheticCompare();
    const manifest = { scenarios: compare.scenarios.map((n) => scenario(n)) };
    expect(comparisonScenarios(compare, manifest).map((s) => s.name)).toEqual(compare.scenarios);
    const renamed = { scenarios: [scenario('baseline'), scenario('withdrawal')] };
    expect(comparisonScenarios(compare, renamed)).toEqual([]);
  });
});

describe('readFolderData', () => {
  it("reads a comparison with a manifest's scenarios", async () => {
    const compare = syntheticCompare();
    const dir = folder('compare', {
      'compare.json': JSON.stringify(compare),
      'manifest.json': JSON.stringify({ scenarios: compare.scenarios.map((n) => ({ scenario: scenario(n) })) }),
    });
    const data = await readFolderData(dir);
    expect(data.kind).toBe('compare');
    expect(data.scenarios.map((s) => s.description)).toEqual(compare.scenarios.map((n) => `${n} asks`));
  });
});
