// sensitivity --method sobol: bad input refused first; the replicates of a level and of a paired policy effect; the
// design's points; a tiny seeded analysis that writes its files and resumes to the same indices; the CLI's checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseParams } from '../../src/experiments/params.js';
import type { RunRecord } from '../../src/experiments/run-plan.js';
import { SOBOL_FILES, replicatesOf, runSobol, sobolPoints } from '../../src/experiments/sobol.js';
import { writeSobol } from '../../src/experiments/outputs.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { runCli } from '../render/cli-io.js';
import { tempFolder } from '../helpers/temp.js';

const tiny = (extra: object = {}) =>
  scenarioSchema.parse({ name: 'tiny', steps: 6, population: { scale: 0.05, regions: ['gangwon'] }, ...extra });
let root: string;
let count = 0;
const fresh = () => join(root, `case-${count++}`);

beforeAll(() => {
  root = tempFolder('clustersim-sobol-');
});

describe('runSobol on bad input', () => {
  it('refuses more than 16 parameters, a list of one value, and an unknown outcome', async () => {
    const paths = [
      'decay.ratePerMonth',
      'decay.crossMcRatePerMonth',
      'events.attendProb',
      'events.ratePerMcMonth',
      'search.probPerMonth',
      'trust.gain',
      'tasks.successBase',
      'tasks.probPerFirmMonth',
      'membership.joinPerMonth',
      'membership.feeTolerance',
      'tieFormation.intercept',
      'tieFormation.benefitWeight',
      'tieFormation.trustWeight',
      'satisfaction.skilledScale',
      'levers.openEventShare',
      'levers.guestsPerOpenEvent',
      'budget.subsidyLevel',
    ];
    const many = parseParams(paths.map((p) => `${p}=0.1:0.2`));
    await expect(runSobol(tiny(), many, fresh())).rejects.toThrow(
      new UserError('--param: Sobol takes at most 16 parameters, got 17; screen them with Morris first'),
    );
    await expect(runSobol(tiny(), parseParams(['levers.scope=park']), fresh())).rejects.toThrow('Sobol needs a range');
    await expect(
      runSobol(tiny(), parseParams(['decay.ratePerMonth=0.01:0.1']), fresh(), { outcomes: ['densty'] }),
    ).rejects.toThrow('--outcome "densty": unknown outcome: did you mean "density"?');
  });
});

describe('replicatesOf', () => {
  const record = (point: number, run: number, density: number): RunRecord => ({
    point,
    run,
    seed: String(run),
    params: {},
    values: { density },
  });
  // Two points x two seeds, then the same two points under the policy.
  const records = [
    record(0, 0, 1),
    record(0, 1, 2),
    record(1, 0, 3),
    record(1, 1, 5),
    record(2, 0, 4),
    record(2, 1, 4),
    record(3, 0, 3),
    record(3, 1, 9),
  ];

  it("gives each point's values per seed, and the policy's minus the base's paired by seed", () => {
    expect(replicatesOf(records.slice(0, 4), 2, 2, 'density', false)).toEqual([
      [1, 2],
      [3, 5],
    ]);
    expect(replicatesOf(records, 2, 2, 'density', true)).toEqual([
      [3, 2],
      [0, 4],
    ]);
  });

  it('gives NaN where a run is missing', () => {
    expect(replicatesOf(records.slice(0, 3), 2, 2, 'density', false)[1][1]).toBeNaN();
  });
});

describe('sobolPoints', () => {
  it('makes N (k + 2) points inside the ranges, N (2k + 2) with second order', () => {
    const specs = parseParams(['decay.ratePerMonth=0.02:0.06', 'events.attendProb=0.1:0.2', 'search.maxTries=1:9']);
    const points = sobolPoints(specs, 8, false);
    expect(points).toHaveLength(8 * 5);
    expect(sobolPoints(specs, 8, true)).toHaveLength(8 * 8);
    for (const p of points) {
      expect(p['decay.ratePerMonth']).toBeGreaterThanOrEqual(0.02);
      expect(p['decay.ratePerMonth']).toBeLessThanOrEqual(0.06);
      expect(Number.isInteger(p['search.maxTries'])).toBe(true);
    }
  });
});

describe('runSobol', () => {
  it('writes its files, reports levels and the policy effect, and resumes to the same indices', async () => {
    const dir = fresh();
    const specs = parseParams(['decay.ratePerMonth=0.02:0.06', 'events.attendProb=0.08:0.25']);
    const options = {
      samples: 4,
      runs: 2,
      workers: 1,
      bootstrap: 50,
      outcomes: ['density'],
      effect: tiny({ name: 'no-subsidy', budget: { subsidyLevel: 0 } }),
    };
    const first = await runSobol(tiny(), specs, dir, options);
    expect(first.points).toBe(2 * 4 * 4);
    expect(first.resumed).toBe(0);
    expect(first.effect).toEqual({ base: 'tiny', policy: 'no-subsidy' });
    expect(first.rows.map((r) => `${r.measure} ${r.outcome} ${r.parameter}`)).toEqual([
      'level density decay.ratePerMonth',
      'level density events.attendProb',
      'effect density decay.ratePerMonth',
      'effect density events.attendProb',
    ]);
    for (const r of first.rows) {
      expect(r.S1Lo).toBeLessThanOrEqual(r.S1Hi);
      expect(r.STLo).toBeLessThanOrEqual(r.STHi);
    }
    await writeSobol(dir, first);
    expect(readdirSync(dir).sort()).toEqual([
      '.clustersim.json',
      'experiment.json',
      'runs.csv',
      'runs.parquet',
      'sobol-noise.csv',
      'sobol.csv',
      'sobol.vl.json',
    ]);
    expect(SOBOL_FILES).toContain('sobol.vl.json');
    const again = await runSobol(tiny(), specs, dir, options);
    expect(again.resumed).toBe(first.points * 2);
    expect(again.rows).toEqual(first.rows);
  });
});

describe('clustersim sensitivity --method sobol on bad options', () => {
  it('exits 2 for an unknown method, a sample size that is not a power of 2, and --effect without sobol', async () => {
    const method = await runCli(['sensitivity', '--param', 'decay.ratePerMonth=0.02:0.06', '--method', 'sobel']);
    expect(method).toMatchObject({ code: 2, stderr: '--method: expected one of morris, sobol, got "sobel"\n' });
    const samples = await runCli([
      'sensitivity',
      '--param',
      'decay.ratePerMonth=0.02:0.06',
      '--method',
      'sobol',
      '--samples',
      '6',
    ]);
    expect(samples).toMatchObject({
      code: 2,
      stderr: '--samples: a Sobol sequence is balanced at powers of 2; use 8, not 6\n',
    });
    const effect = await runCli([
      'sensitivity',
      '--param',
      'decay.ratePerMonth=0.02:0.06',
      '--effect',
      'scenarios/fees.yaml',
    ]);
    expect(effect).toMatchObject({ code: 2, stderr: '--effect and --second-order go with --method sobol\n' });
  });
});
