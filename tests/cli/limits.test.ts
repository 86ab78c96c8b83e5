// Limits of the command line: counts out of range and more threads than cores are refused with the limit named; a run
// that would not fit in memory is refused with the estimate, unless the check is turned off.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  agentsOf,
  checkCount,
  checkJobs,
  checkMemory,
  checkWorkers,
  LIMITS,
  machineMemory,
  MEMORY_MODEL,
} from '../../src/cli/limits.js';
import { defaultScenario } from '../../src/cli/scenario-arg.js';
import { runCli } from '../render/cli-io.js';
import { tempFolder } from '../helpers/temp.js';

describe('limits on bad counts', () => {
  it('refuses a count below its minimum, above its maximum, or not an integer', () => {
    expect(() => checkCount('runs', 1, 2, LIMITS.runs)).toThrow(
      new UserError('--runs: expected an integer >= 2, got 1'),
    );
    expect(() => checkCount('runs', 2.5, 2, LIMITS.runs)).toThrow('--runs: expected an integer >= 2, got 2.5');
    expect(() => checkCount('runs', 3_000_000, 2, LIMITS.runs)).toThrow(
      '--runs: expected an integer <= 10,000, got 3000000',
    );
    expect(() => checkCount('runs', Number.NaN, 2, LIMITS.runs)).toThrow('--runs: expected an integer >= 2, got NaN');
    expect(() => checkCount('runs', undefined, 2, LIMITS.runs)).not.toThrow();
  });

  it('refuses more workers than cores unless oversubscribing was asked for', () => {
    const cores = availableParallelism();
    expect(() => checkWorkers(cores + 1)).toThrow(
      `--workers: this machine has ${cores} cores, and ${cores + 1} threads would only slow each other down; add --oversubscribe to use ${cores + 1} anyway`,
    );
    expect(() => checkWorkers(cores + 1, true)).not.toThrow();
    expect(() => checkWorkers(LIMITS.workers + 1, true)).toThrow('--workers: expected an integer <= 256');
    expect(() => checkWorkers(0)).toThrow('--workers: expected an integer >= 1, got 0');
  });

  it('refuses an experiment of more runs than the limit', () => {
    expect(() => checkJobs('this sweep', 1e20)).toThrow(
      'this sweep makes 100,000,000,000,000,000,000 runs, more than the limit of 10,000,000: use fewer points, levels or runs',
    );
    expect(() => checkJobs('this sweep', Number.POSITIVE_INFINITY)).toThrow('this sweep makes too many runs');
    expect(() => checkJobs('this sweep', 100)).not.toThrow();
  });

  it('refuses what would not fit in memory, with the estimate, unless the check is off', () => {
    const scenario = defaultScenario();
    const concurrent = Math.ceil(machineMemory() / (agentsOf(scenario) * MEMORY_MODEL.perAgent)) + 1;
    expect(() => checkMemory([scenario], concurrent)).toThrow(
      /^this would need about [\d.]+ GB of memory \(8,472 agents x \d+ at once\), more than the [\d.]+ GB this machine can give .*add --no-memory-check to try anyway$/,
    );
    expect(() => checkMemory([scenario], concurrent, false)).not.toThrow();
    expect(() => checkMemory([scenario], 1)).not.toThrow();
  });
});

describe('limits through the command line', () => {
  it('exit 2 with the limit for --runs, --workers and a factorial too large, before anything is written', async () => {
    const runs = await runCli(['compare', 'scenarios/baseline.yaml', 'scenarios/fees.yaml', '--runs', '100000']);
    expect(runs).toMatchObject({ code: 2, stdout: '' });
    expect(runs.stderr).toBe('--runs: expected an integer <= 10,000, got 100000\n');
    const workers = await runCli(['check', '--targets', 'scenarios/targets/korea-2005-2010.yaml', '--workers', '9999']);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/^--workers: expected an integer <= 256, got 9999\n$/);
    const design = await runCli([
      'sweep',
      '--param',
      'decay.ratePerMonth=0:1:1000',
      '--param',
      'trust.gain=0:1:1000',
      '--param',
      'events.ratePerMcMonth=1:9:1000',
      '--runs',
      '2',
    ]);
    expect(design.code).toBe(2);
    expect(design.stderr).toBe(
      'this sweep makes 2,000,000,000 runs, more than the limit of 10,000,000: use fewer points, levels or runs\n',
    );
  });

  it('run refuses, before it starts, a scale the schema allows but the memory does not', async () => {
    const out = join(tempFolder('clustersim-limits-'), 'never');
    const sets = ['--set', 'population.firmMembers=1000000', '--set', 'population.scale=1000'];
    const huge = await runCli(['run', ...sets, '--out', out]);
    expect(huge.code).toBe(2);
    expect(huge.stdout).toBe('');
    expect(huge.stderr).toMatch(
      /^this would need about [\d.]+ GB of memory \([\d,]+ agents x 1 at once\), more than the [\d.]+ GB this machine can give/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
