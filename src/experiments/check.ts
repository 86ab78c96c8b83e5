// `check`: the scenario over N seeds against every target: observed, simulated mean and 95% interval, tolerance, pass
// or fail. A target passes when the mean of the runs lies within the tolerance of the observed figure.
import { ensembleSeeds } from '../ensemble/compare.js';
import type { Job } from '../ensemble/job.js';
import { runJobs, type PoolOptions } from '../ensemble/pool.js';
import type { Scenario } from '../scenario/schema.js';
import { meanInterval } from '../stats/interval.js';
import type { ResolvedTarget, ResolvedTargets } from './targets/resolve.js';

export interface CheckOptions extends PoolOptions {
  runs?: number;
  /** Base seed; run k uses deriveSeed(seed, 'run', k). Default: the scenario's seed. */
  seed?: number | string;
}

export interface CheckRow
  extends Pick<ResolvedTarget, 'id' | 'description' | 'source' | 'observed' | 'tolerance' | 'toleranceText'> {
  mean: number;
  lo: number;
  hi: number;
  sd: number;
  /** Runs where the measure could be taken. */
  n: number;
  /** (mean - observed) / tolerance: within [-1, 1] passes. */
  deviation: number;
  pass: boolean;
}

export interface CheckResult {
  targets: string;
  scenario: string;
  runs: number;
  seeds: string[];
  steps: number;
  rows: CheckRow[];
  /** Each run's value of each target, perRun[run][target]. */
  perRun: number[][];
  untargeted: ResolvedTargets['untargeted'];
}

/** The scenario cut to the targets' horizon (what follows it cannot change them). */
export function atHorizon(scenario: Scenario, horizon: number): Scenario {
  if (scenario.steps < horizon)
    throw new Error(`clustersim/check: the targets read step ${horizon}, the scenario runs ${scenario.steps} steps`);
  return { ...scenario, steps: horizon };
}

/** One row of the check table from the runs' values of a target. */
export function checkRow(target: ResolvedTargets['targets'][number], values: readonly number[]): CheckRow {
  const finite = values.filter(Number.isFinite);
  const interval = meanInterval(finite);
  const miss = interval.mean - target.observed;
  const deviation = target.tolerance > 0 ? miss / target.tolerance : miss === 0 ? 0 : Math.sign(miss) * Infinity;
  return {
    id: target.id,
    description: target.description,
    source: target.source,
    observed: target.observed,
    tolerance: target.tolerance,
    toleranceText: target.toleranceText,
    mean: interval.mean,
    lo: interval.lo,
    hi: interval.hi,
    sd: interval.sd,
    n: interval.n,
    deviation,
    pass: finite.length === values.length && Math.abs(interval.mean - target.observed) <= target.tolerance + 1e-12,
  };
}

export async function checkTargets(
  scenario: Scenario,
  targets: ResolvedTargets,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const runs = options.runs ?? 10;
  const seeds = ensembleSeeds(options.seed ?? scenario.seed, runs);
  const cut = atHorizon(scenario, targets.horizon);
  const measures = targets.targets.map((t) => t.spec);
  const jobs: Job[] = seeds.map((seed, k) => ({
    index: k,
    scenario: cut,
    seed,
    measures,
    keepRows: false,
    costlyEvery: 1_000_000,
    ...(targets.survey ? { survey: targets.survey } : {}),
  }));
  const results = await runJobs(jobs, options);
  const perRun = results.map((r) => r.measures ?? []);
  return {
    targets: targets.name,
    scenario: scenario.name,
    runs,
    seeds,
    steps: cut.steps,
    rows: targets.targets.map((t, i) =>
      checkRow(
        t,
        perRun.map((values) => values[i]),
      ),
    ),
    perRun,
    untargeted: targets.untargeted,
  };
}
