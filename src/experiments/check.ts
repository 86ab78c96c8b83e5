// `check`: the scenario over N seeds against every target: observed, simulated mean and 95% interval, tolerance, pass
// or fail. A target passes when the mean of the runs lies within the tolerance of the observed figure. Inputs (figures a
// parameter is set to) are shown and never counted; fitted and held-out targets are the tests. Figures compared but not
// tested are measured on the same runs and shown beside their observed value.
import { ensembleSeeds } from '../ensemble/compare.js';
import type { Job, JobResult } from '../ensemble/job.js';
import { runJobs, type PoolOptions } from '../ensemble/pool.js';
import {
  posteriorDraws,
  posteriorUse,
  scenariosOfRuns,
  type Posterior,
  type PosteriorUse,
} from '../ensemble/posterior.js';
import type { Scenario } from '../scenario/schema.js';
import { meanInterval } from '../stats/interval.js';
import type { TargetRole } from './targets/schema.js';
import type { ComparedFigure, ResolvedTarget, ResolvedTargets } from './targets/resolve.js';

export interface CheckOptions extends PoolOptions {
  runs?: number;
  /** Base seed; run k uses deriveSeed(seed, 'run', k). Default: the scenario's seed. */
  seed?: number | string;
  /** A posterior sample: run k takes draw d_k (the k-th draw of deriveSeed(seed, 'posterior')), so the intervals cover it. */
  posterior?: Posterior;
  /** The scenario's name in outputs (default: its name). */
  label?: string;
}

export interface CheckRow
  extends Pick<ResolvedTarget, 'id' | 'description' | 'source' | 'observed' | 'tolerance' | 'toleranceText'> {
  role: TargetRole;
  mean: number;
  lo: number;
  hi: number;
  sd: number;
  /** Runs where the measure could be taken. */
  n: number;
  /** (mean - observed) / tolerance: within [-1, 1] passes. */
  deviation: number;
  /** Within tolerance; for an input this is bookkeeping, never a test. */
  pass: boolean;
}

/** A figure compared, not tested: the model's mean beside the observed figure. */
export interface ComparedRow extends Pick<ComparedFigure, 'figure' | 'source' | 'reason' | 'observed'> {
  mean: number;
  lo: number;
  hi: number;
  sd: number;
  n: number;
}

export interface CheckResult {
  targets: string;
  scenario: string;
  runs: number;
  seeds: string[];
  steps: number;
  rows: CheckRow[];
  compared: ComparedRow[];
  /** Each run's value of each target, then of each compared figure: perRun[run][target or rows.length + figure]. */
  perRun: number[][];
  untargeted: ResolvedTargets['untargeted'];
  /** The posterior sample the runs drew their parameters from, with the draw of every run. */
  posterior?: PosteriorUse;
}

/** The roles that are tests, in the order check prints them; inputs come after, shown only. */
export const TESTED_ROLES: readonly TargetRole[] = ['fitted', 'heldout'];

/** Whether a row counts as a test (fitted or held out), not an input. */
export const isTest = (row: { role: TargetRole }) => row.role !== 'input';

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
    role: target.role,
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

/** The row of a figure compared, not tested. */
export function comparedRow(figure: ComparedFigure, values: readonly number[]): ComparedRow {
  const interval = meanInterval(values.filter(Number.isFinite));
  return {
    figure: figure.figure,
    source: figure.source,
    reason: figure.reason,
    observed: figure.observed,
    mean: interval.mean,
    lo: interval.lo,
    hi: interval.hi,
    sd: interval.sd,
    n: interval.n,
  };
}

/**
 * The runs of a check, one per seed, each measuring the targets then the compared figures; `index` from `first`. Run k
 * simulates perRun[k] when given (the scenario with its posterior draw), else the scenario.
 */
export function checkJobs(
  scenario: Scenario,
  targets: ResolvedTargets,
  seeds: readonly string[],
  first = 0,
  perRun?: readonly Scenario[],
): Job[] {
  const cut = atHorizon(scenario, targets.horizon);
  const measures = [...targets.targets, ...targets.compared].map((t) => t.spec);
  return seeds.map((seed, k) => ({
    index: first + k,
    scenario: perRun ? atHorizon(perRun[k], targets.horizon) : cut,
    seed,
    measures,
    keepRows: false,
    costlyEvery: 1_000_000,
    ...(targets.survey ? { survey: targets.survey } : {}),
  }));
}

/** The check's result from its runs' results (in seed order). */
export function checkResultOf(
  scenario: Scenario,
  targets: ResolvedTargets,
  seeds: readonly string[],
  results: readonly JobResult[],
  extras: { label?: string; posterior?: PosteriorUse } = {},
): CheckResult {
  const perRun = results.map((r) => r.measures ?? []);
  const n = targets.targets.length;
  return {
    targets: targets.name,
    scenario: extras.label ?? scenario.name,
    runs: seeds.length,
    seeds: [...seeds],
    steps: targets.horizon,
    rows: targets.targets.map((t, i) =>
      checkRow(
        t,
        perRun.map((values) => values[i]),
      ),
    ),
    compared: targets.compared.map((f, i) =>
      comparedRow(
        f,
        perRun.map((values) => values[n + i]),
      ),
    ),
    perRun,
    untargeted: targets.untargeted,
    ...(extras.posterior ? { posterior: extras.posterior } : {}),
  };
}

/** The seeds of a check's runs and, with a posterior, each run's draw and scenario. */
export function checkRuns(scenario: Scenario, options: CheckOptions = {}) {
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? 10;
  const seeds = ensembleSeeds(seed, runs);
  const posterior = options.posterior;
  if (!posterior) return { seeds };
  const draws = posteriorDraws(posterior.draws.length, seed, runs);
  return { seeds, perRun: scenariosOfRuns(scenario, posterior, draws), use: posteriorUse(posterior, draws) };
}

/** The jobs of a batch, and what its result is once they ran (here, or on shards that merge gathers). */
export interface Batch<R> {
  jobs: Job[];
  finish(results: readonly JobResult[]): R;
}

export function checkBatch(
  scenario: Scenario,
  targets: ResolvedTargets,
  options: CheckOptions = {},
): Batch<CheckResult> {
  const { seeds, perRun, use } = checkRuns(scenario, options);
  return {
    jobs: checkJobs(scenario, targets, seeds, 0, perRun),
    finish: (results) => checkResultOf(scenario, targets, seeds, results, { label: options.label, posterior: use }),
  };
}

export async function checkTargets(
  scenario: Scenario,
  targets: ResolvedTargets,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const batch = checkBatch(scenario, targets, options);
  return batch.finish(await runJobs(batch.jobs, options));
}

/** How many fitted and held-out targets pass, and how many inputs are shown. */
export function checkCounts(rows: readonly CheckRow[]) {
  const of = (role: TargetRole) => rows.filter((r) => r.role === role);
  const tally = (role: TargetRole) => ({ pass: of(role).filter((r) => r.pass).length, total: of(role).length });
  return { fitted: tally('fitted'), heldout: tally('heldout'), inputs: of('input').length };
}
