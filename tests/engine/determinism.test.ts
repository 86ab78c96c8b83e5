// Determinism: the same scenario and seed give byte-identical run files (all but the manifest's wall time);
// another seed gives other results; a run does not depend on what ran before it in the process.
import { describe, expect, it } from 'vitest';
import { run, simulate } from '../../src/engine/run.js';
import { createModel } from '../../src/model/create-model.js';
import type { Row } from '../../src/metrics/recorder.js';
import type { FileContent } from '../../src/output/atomic.js';
import { isTextStream, streamedText } from '../../src/output/text-chunks.js';
import { runFiles } from '../../src/output/write-run.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const scenario = scenarioSchema.parse({
  name: 'determinism',
  seed: 21,
  steps: 24,
  population: { scale: 0.1 },
  metrics: { costlyEvery: 6 },
});
const filesOf = (seed: number, wallTime: number) => {
  const s = { ...scenario, seed };
  return runFiles(s, run(createModel(s)), wallTime);
};
const text = (contents: FileContent) =>
  typeof contents === 'string'
    ? contents
    : isTextStream(contents)
      ? streamedText(contents)
      : Buffer.from(contents).toString('base64');

describe('determinism', () => {
  const first = filesOf(21, 1.5);
  const second = filesOf(21, 9.25);

  it("writes the same files, byte for byte, for the same scenario and seed, except the manifest's wall time", () => {
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const name of Object.keys(first)) {
      if (name === 'manifest.json') continue;
      expect(text(second[name]), name).toBe(text(first[name]));
    }
    const strip = (m: FileContent) => {
      const { wallTimeSeconds, ...rest } = JSON.parse(text(m)) as { wallTimeSeconds: number };
      return { wallTimeSeconds, rest };
    };
    expect(strip(first['manifest.json']).wallTimeSeconds).toBe(1.5);
    expect(strip(second['manifest.json']).wallTimeSeconds).toBe(9.25);
    expect(strip(second['manifest.json']).rest).toEqual(strip(first['manifest.json']).rest);
  });

  it('writes different results for a different seed', () => {
    const other = filesOf(22, 1.5);
    expect(other['timeseries.csv']).not.toBe(first['timeseries.csv']);
    expect(text(other['network.gexf'])).not.toBe(text(first['network.gexf']));
    expect(JSON.parse(text(other['manifest.json'])).seed).toBe('22');
  });

  it('gives the same rows whether or not other runs came before, and whatever the order of runs', () => {
    const alone = simulate({ seed: 3, population: { scale: 0.1 } }, { steps: 12 }).rows;
    simulate({ seed: 4, population: { scale: 0.1 } }, { steps: 12 });
    const after = simulate({ seed: 3, population: { scale: 0.1 } }, { steps: 12 }).rows;
    expect(after).toEqual(alone);
  });

  it('gives the same rows when a model is run in two parts as in one run', () => {
    const long = run(createModel({ seed: 5, population: { scale: 0.1 } }), { steps: 10 }).rows;
    const model = createModel({ seed: 5, population: { scale: 0.1 } });
    const first = run(model, { steps: 4 }).rows;
    const second = run(model, { steps: 6 }).rows;
    const cheap = (row: Row) =>
      Object.fromEntries(
        Object.entries(row).filter(([name]) => !['clustering', 'communities', 'modularity'].includes(name)),
      );
    expect(first.map(cheap)).toEqual(long.slice(0, 5).map(cheap));
    expect(second).toEqual(long.slice(4));
  });
});
