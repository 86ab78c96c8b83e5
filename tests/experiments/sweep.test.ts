// Sweeps stream one tidy row per run in job order, and an interrupted sweep resumes to the very same file.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/experiments/params.js';
import { runSweep } from '../../src/experiments/sweep.js';
import { openRowStream } from '../../src/experiments/stream-rows.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

const scenario = scenarioSchema.parse({ name: 'tiny', steps: 4, population: { scale: 0.1 } });
const specs = parseParams(['decay.ratePerMonth=0.03,0.06', 'tasks.probPerFirmMonth=0.02:0.08:2']);
const fresh = () => tempFolder('clustersim-sweep-');
const rowsOf = (dir: string) => readFileSync(join(dir, 'runs.csv'), 'utf8');

describe('runSweep', () => {
  it('refuses a point whose value the schema rejects, before running anything', async () => {
    await expect(runSweep(scenario, parseParams(['decay.ratePerMonth=0.5,1.5']), fresh(), { runs: 1 })).rejects.toThrow(
      /--param \(point 1\).*decay\.ratePerMonth: expected a number <= 1, got 1\.5/,
    );
  });

  it("writes one row per point and seed, with the point's parameters, the same seeds at every point", async () => {
    const dir = fresh();
    const result = await runSweep(scenario, specs, dir, { runs: 2, seed: 5, workers: 1 });
    expect(result.points).toHaveLength(4);
    const lines = rowsOf(dir).trimEnd().split('\n');
    expect(lines[0].startsWith('point,run,seed,decay.ratePerMonth,tasks.probPerFirmMonth,members,')).toBe(true);
    expect(lines).toHaveLength(1 + 8);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '0,0,5/run/0,0.03,0.02',
      '0,1,5/run/1,0.03,0.02',
      '1,0,5/run/0,0.03,0.08',
      '1,1,5/run/1,0.03,0.08',
      '2,0,5/run/0,0.06,0.02',
      '2,1,5/run/1,0.06,0.02',
      '3,0,5/run/0,0.06,0.08',
      '3,1,5/run/1,0.06,0.08',
    ]);
    expect(readFileSync(join(dir, 'points.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(5);
  });

  it('resumes an interrupted sweep (torn last line included) to the file an uninterrupted sweep writes', async () => {
    const whole = fresh();
    await runSweep(scenario, specs, whole, { runs: 2, workers: 2 });
    const broken = fresh();
    const partial = await runSweep(scenario, specs, broken, { runs: 2, workers: 1, limit: 3 });
    expect(partial.records).toHaveLength(3);
    appendFileSync(join(broken, 'runs.csv'), '1,1,1/run/1,0.03,0.0');
    const resumed = await runSweep(scenario, specs, broken, { runs: 2, workers: 2 });
    expect(resumed.resumed).toBe(3);
    expect(rowsOf(broken)).toBe(rowsOf(whole));
    expect(readFileSync(join(broken, 'points.csv'), 'utf8')).toBe(readFileSync(join(whole, 'points.csv'), 'utf8'));
    const again = await runSweep(scenario, specs, broken, { runs: 2, workers: 1 });
    expect(again.resumed).toBe(8);
  });

  it('writes the same rows from worker threads (the compiled pool) as in this thread, resuming across the two', async () => {
    const compiled = join(process.cwd(), 'dist/src/experiments/sweep.js');
    const threaded = (await import(compiled)) as typeof import('../../src/experiments/sweep.js');
    const inProcess = fresh();
    await runSweep(scenario, specs, inProcess, { runs: 2, workers: 1 });
    const onThreads = fresh();
    await runSweep(scenario, specs, onThreads, { runs: 2, workers: 1, limit: 2 });
    const resumed = await threaded.runSweep(scenario, specs, onThreads, { runs: 2, workers: 2 });
    expect(resumed.resumed).toBe(2);
    expect(rowsOf(onThreads)).toBe(rowsOf(inProcess));
  });

  it('refuses to mix another experiment into a folder', async () => {
    const dir = fresh();
    await runSweep(scenario, specs, dir, { runs: 1, workers: 1, limit: 1 });
    await expect(runSweep(scenario, specs, dir, { runs: 2, workers: 1 })).rejects.toThrow(
      /holds a different sweep \(its experiment.json differs\): choose another --out folder, or add --force to replace it/,
    );
  });
});

describe('openRowStream', () => {
  it('refuses a rows file of other columns or other runs', () => {
    const file = join(fresh(), 'runs.csv');
    writeFileSync(file, 'point,run,seed,x\n0,0,a,1\n');
    expect(() => openRowStream(file, ['point', 'run', 'seed', 'y'], () => ['0', '0', 'a'])).toThrow(
      /its columns differ/,
    );
    expect(() => openRowStream(file, ['point', 'run', 'seed', 'x'], () => ['0', '0', 'b'])).toThrow(
      /row 1 \(0, 0, a\) is not this experiment's run 0/,
    );
    const stream = openRowStream(file, ['point', 'run', 'seed', 'x'], (i) => (i === 0 ? ['0', '0', 'a'] : undefined));
    expect(stream.done).toBe(1);
    stream.append([0, 1, 'b', 'x,"y"']);
    expect(readFileSync(file, 'utf8')).toBe('point,run,seed,x\n0,0,a,1\n0,1,b,"x,""y"""\n');
  });
});
