// writeCompare: refuses a folder it did not write; otherwise writes compare.json, runs.csv (one row per run, columns in
// outcome order), timeseries.csv (tidy, mean inside its interval) and table.txt, whose numbers agree with each other.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios, type CompareResult } from '../../src/ensemble/compare.js';
import { loadPosterior } from '../../src/ensemble/posterior.js';
import { COMPARED_OUTCOME_NAMES } from '../../src/ensemble/job.js';
import { writeCompare } from '../../src/ensemble/write-compare.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { parseCsv } from '../helpers/csv.js';
import { tempFolder } from '../helpers/temp.js';

/** CSV text as records keyed by the header's names (cells as written: a neutralised formula keeps its apostrophe). */
function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k]])));
}

const tiny = (name: string, extra: object = {}) =>
  scenarioSchema.parse({ name, steps: 6, population: { scale: 0.05, regions: ['gangwon'] }, ...extra });
let root: string;
let result: CompareResult;

beforeAll(async () => {
  root = tempFolder('clustersim-write-compare-');
  result = await compareScenarios([tiny('base'), tiny('=fees', { budget: { subsidyLevel: 0 } })], {
    runs: 3,
    workers: 1,
    seed: 4,
  });
});

describe('writeCompare on a folder it did not write', () => {
  it('refuses it and leaves it as it was', async () => {
    const dir = join(root, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'results.xlsx'), 'x');
    await expect(writeCompare(dir, result)).rejects.toThrow(
      /it is a folder that clustersim did not write \(it holds results\.xlsx\)/,
    );
    expect(readdirSync(dir)).toEqual(['results.xlsx']);
  });
});

describe('writeCompare', () => {
  it('writes the four files and a marker, whose numbers agree', async () => {
    const dir = join(root, 'cmp');
    await writeCompare(dir, result);
    expect(readdirSync(dir).sort()).toEqual([
      '.clustersim.json',
      'compare.json',
      'runs.csv',
      'runs.parquet',
      'table.txt',
      'timeseries.csv',
    ]);
    const runs = table(readFileSync(join(dir, 'runs.csv'), 'utf8'));
    expect(Object.keys(runs[0])).toEqual(['scenario', 'run', 'seed', ...COMPARED_OUTCOME_NAMES]);
    expect(runs.map((r) => `${r.scenario} ${r.run} ${r.seed}`)).toEqual([
      'base 0 4/run/0',
      'base 1 4/run/1',
      'base 2 4/run/2',
      "'=fees 0 4/run/0",
      "'=fees 1 4/run/1",
      "'=fees 2 4/run/2",
    ]);
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toContain("\n'=fees,0,4/run/0,");
    const compare = JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8')) as {
      outcomes: { outcome: string; scenario: string; mean: number; lo: number; hi: number }[];
    };
    for (const row of compare.outcomes) {
      const values = runs
        .filter((r) => r.scenario.replace(/^'/, '') === row.scenario)
        .map((r) => Number(r[row.outcome]));
      if (values.some((v) => !Number.isFinite(v))) continue;
      expect(row.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      expect(row.lo).toBeLessThanOrEqual(row.mean);
      expect(row.hi).toBeGreaterThanOrEqual(row.mean);
    }
    const series = table(readFileSync(join(dir, 'timeseries.csv'), 'utf8'));
    expect(Object.keys(series[0])).toEqual(['scenario', 'step', 'date', 'metric', 'mean', 'lo', 'hi']);
    for (const row of series.filter((r) => r.mean !== '' && r.lo !== '')) {
      expect(Number(row.lo)).toBeLessThanOrEqual(Number(row.mean) + 1e-12);
      expect(Number(row.hi)).toBeGreaterThanOrEqual(Number(row.mean) - 1e-12);
    }
    expect(readFileSync(join(dir, 'table.txt'), 'utf8')).toContain('=fees');
    const json = JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8'));
    expect(Object.keys(json)).toEqual([
      'scenarios',
      'runs',
      'seeds',
      'outcomes',
      'adjust',
      'alpha',
      'tests',
      'warnings',
    ]);
    expect(json.warnings).toEqual([]);
    expect(json.outcomes[0]).toMatchObject({ scenario: 'base', p: null, pAdjusted: null, significant: false });
    expect(json.outcomes[1]).not.toHaveProperty('signShare');
  });

  it("with a posterior, adds each run's draw to runs.csv and the sample and sign shares to compare.json", async () => {
    const file = join(root, 'accepted.csv');
    writeFileSync(file, 'decay.ratePerMonth,tasks-2005\n0.02,100\n0.06,90\n');
    const withPosterior = await compareScenarios([tiny('base'), tiny('fees', { budget: { subsidyLevel: 0 } })], {
      runs: 3,
      workers: 1,
      seed: 4,
      posterior: loadPosterior(file),
    });
    const dir = join(root, 'cmp-posterior');
    await writeCompare(dir, withPosterior, { 'manifest.json': '{}\n' });
    const runs = table(readFileSync(join(dir, 'runs.csv'), 'utf8'));
    expect(Object.keys(runs[0]).slice(0, 4)).toEqual(['scenario', 'run', 'seed', 'draw']);
    const draws = withPosterior.posterior!.perRun.map(String);
    expect(runs.map((r) => r.draw)).toEqual([...draws, ...draws]);
    const json = JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8'));
    expect(json.posterior).toMatchObject({ draws: 2, paths: ['decay.ratePerMonth'], robustShare: 0.9 });
    expect(json.outcomes[1]).toHaveProperty('signShare');
    expect(json.outcomes[1]).toHaveProperty('robust');
    expect(readdirSync(dir)).toContain('manifest.json');
  });
});
