// A run's folder: the four files, written atomically; the CSV parses back to the recorded rows and the summary to its
// object.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { OUTCOMES } from '../../src/metrics/outcomes.js';
import { createModel } from '../../src/model/create-model.js';
import { RUN_FILES, runFiles, writeRun } from '../../src/output/write-run.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { parseCsv } from '../helpers/csv.js';

const scenario = scenarioSchema.parse({
  name: 'write-run',
  seed: 3,
  steps: 6,
  population: { scale: 0.1 },
  metrics: { costlyEvery: 3 },
});
const result = run(createModel(scenario));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clustersim-write-run-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('runFiles', () => {
  const files = runFiles(scenario, result, 0.5);

  it('holds the run files it names, and charts besides', () => {
    expect(
      Object.keys(files)
        .filter((name) => !name.startsWith('charts/'))
        .sort(),
    ).toEqual([...RUN_FILES].sort());
    for (const name of RUN_FILES) expect(typeof files[name]).toBe('string');
  });

  it('writes a CSV that parses back: the header, and one record per step with the recorded values', () => {
    const [header, ...records] = parseCsv(files['timeseries.csv'] as string);
    expect(header).toEqual(['step', 'date', ...OUTCOMES.map((c) => c.name)]);
    expect(records).toHaveLength(scenario.steps + 1);
    records.forEach((record, t) => {
      expect(record).toHaveLength(header.length);
      header.forEach((column, k) => {
        const value = result.rows[t][column];
        expect(record[k]).toBe(value === null ? '' : String(value));
      });
    });
    expect(records[1][header.indexOf('clustering')]).toBe('');
    expect(Number(records[3][header.indexOf('clustering')])).toBe(result.rows[3].clustering);
  });

  it('writes the summary and manifest as JSON', () => {
    expect(JSON.parse(files['summary.json'] as string)).toEqual(JSON.parse(JSON.stringify(result.summary)));
    expect(JSON.parse(files['manifest.json'] as string)).toMatchObject({
      scenarioName: 'write-run',
      seed: '3',
      steps: 6,
      wallTimeSeconds: 0.5,
    });
  });

  it('writes the final member network', () => {
    const final = result.rows[scenario.steps];
    expect((files['network.gexf'] as string).match(/<node /g)).toHaveLength(final.members as number);
    expect((files['network.gexf'] as string).match(/<edge /g)?.length ?? 0).toBe(final.ties);
  });
});

describe('writeRun', () => {
  it('writes the run files into the folder, and nothing beside it', async () => {
    const out = join(dir, 'run');
    await writeRun(out, scenario, result, 0.5);
    const names = readdirSync(out);
    for (const name of RUN_FILES) expect(names).toContain(name);
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(runFiles(scenario, result, 0.5)['timeseries.csv']);
    expect(readdirSync(dir)).toEqual(['run']);
  });
});
