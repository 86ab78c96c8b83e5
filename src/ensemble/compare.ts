// Compares scenarios over the same seeds (common random numbers): per outcome, the mean and 95% interval of each
// scenario and the paired difference to the first scenario, with its paired t-test adjusted for the number of
// differences tested (Holm by default); per step, the ensemble mean and interval of every series. With a posterior
// sample, run k of every scenario also takes the same parameter draw, and each difference carries the share of runs in
// which it has the sign of its mean (its robustness to the parameters' uncertainty).
import { deriveSeed } from '../random/rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { NetworkSnapshot, OutcomeRow } from '../charts/types.js';

export type { OutcomeRow };
import { UserError } from '../errors.js';
import { suggest } from '../scenario/suggest.js';
import { adjustPValues, type Adjustment } from '../stats/adjust.js';
import { meanInterval } from '../stats/interval.js';
import { pairedTTest } from '../stats/paired-test.js';
import { COMPARED_OUTCOME_NAMES, type Job, type JobResult } from './job.js';
import { mismatchWarnings } from './mismatch.js';
import { runJobs, type PoolOptions } from './pool.js';
import {
  posteriorDraws,
  posteriorOverrideWarnings,
  posteriorUse,
  scenariosOfRuns,
  type Posterior,
  type PosteriorUse,
} from './posterior.js';

/** The level at which an adjusted p-value is significant. */
export const ALPHA = 0.05;
/** An effect is robust when at least this share of the runs (draws) give a difference of its mean's sign. */
export const ROBUST_SHARE = 0.9;

export interface CompareOptions extends PoolOptions {
  runs?: number;
  /**
   * Base seed of the ensemble; run k of every scenario uses deriveSeed(seed, 'run', k). Default: the first scenario's
   * seed.
   */
  seed?: number | string;
  /** A posterior sample: run k of every scenario takes draw d_k (see ensemble/posterior.ts). */
  posterior?: Posterior;
  /** Adjustment of the p-values for the family of differences: holm (default), bh, none. */
  adjust?: Adjustment;
  /** The outcomes of interest: the only ones reported and tested (default: every compared outcome). */
  outcomes?: readonly string[];
  /** Names to show instead of the scenarios' own (e.g. marked as modified by --set). */
  labels?: readonly string[];
}

export interface SeriesRow {
  scenario: string;
  step: number;
  date: string;
  metric: string;
  mean: number;
  lo: number;
  hi: number;
}

/**
 * One outcome of one scenario: OutcomeRow, and the test of its difference to the reference. The reference's own rows
 * have p and pAdjusted NaN (null in JSON) and are never significant.
 */
export interface CompareRow extends OutcomeRow {
  /** diff / the reference's mean; NaN when that mean is 0. */
  relDiff: number;
  /** Two-sided p-value of the paired t-test of the runs' differences; 1 when they do not vary. */
  p: number;
  /** p adjusted over the family of differences (every scenario but the reference, every outcome of interest). */
  pAdjusted: number;
  /** pAdjusted <= ALPHA. */
  significant: boolean;
  /** With a posterior: the share of runs (draws) whose difference has the sign of the mean difference. */
  signShare?: number;
  /** With a posterior: signShare >= ROBUST_SHARE. */
  robust?: boolean;
}

export interface CompareResult {
  scenarios: string[];
  runs: number;
  seeds: string[];
  outcomes: CompareRow[];
  /** One row per scenario and run: its seed, its posterior draw (with a posterior) and outcomes. */
  perRun: { scenario: string; run: number; seed: string; draw?: number; outcomes: Record<string, number> }[];
  series: SeriesRow[];
  /** The final member network of each scenario's first run, for the degree and network charts. */
  snapshots: { scenario: string; snapshot: NetworkSnapshot }[];
  /** The adjustment of the p-values, the level and the number of differences tested (the family). */
  adjust: Adjustment;
  alpha: number;
  tests: number;
  /** The outcomes of interest, when they were declared. */
  outcomesOfInterest?: string[];
  /** Differences between the scenarios that are not the policy (population, horizon, calendar, posterior paths). */
  warnings: string[];
  /** The posterior sample used, with the draw of every run and the robustness threshold. */
  posterior?: PosteriorUse & { robustShare: number };
}

/** The seeds of an ensemble: the same for every scenario, so that differences are paired. */
export function ensembleSeeds(seed: number | string, runs: number): string[] {
  return Array.from({ length: runs }, (_, k) => deriveSeed(seed, 'run', k));
}

/** Unique display names: a scenario's name (or its label), numbered where two share one. */
export function scenarioNames(scenarios: readonly Scenario[], labels?: readonly string[]): string[] {
  const shown = scenarios.map((s, k) => labels?.[k] ?? s.name);
  return shown.map((name, k) => (shown.filter((t) => t === name).length > 1 ? `${name}#${k + 1}` : name));
}

/** Checks outcome names against the compared outcomes; throws a UserError with "did you mean" otherwise. */
export function checkOutcomeNames(names: readonly string[], option = '--outcomes'): void {
  if (names.length === 0) throw new UserError(`${option}: name at least one outcome`);
  for (const name of names) {
    if (COMPARED_OUTCOME_NAMES.includes(name)) continue;
    const hint = suggest(name, COMPARED_OUTCOME_NAMES);
    throw new UserError(
      `${option} ${JSON.stringify(name)}: unknown outcome` +
        (hint ? `: did you mean ${JSON.stringify(hint)}?` : `; known: ${COMPARED_OUTCOME_NAMES.join(', ')}`),
    );
  }
}

function ensembleSeries(name: string, results: readonly JobResult[]): SeriesRow[] {
  const rows: SeriesRow[] = [];
  const first = results[0].rows;
  const metrics = Object.keys(first[0]).filter((k) => k !== 'step' && k !== 'date');
  first.forEach((row, t) => {
    for (const metric of metrics) {
      const values = results.map((r) => r.rows[t]?.[metric]);
      if (values.some((v) => typeof v !== 'number')) continue;
      const interval = meanInterval(values as number[]);
      rows.push({
        scenario: name,
        step: Number(row.step),
        date: String(row.date),
        metric,
        mean: interval.mean,
        lo: interval.lo,
        hi: interval.hi,
      });
    }
  });
  return rows;
}

/** The share of finite differences with the sign of their mean (0 counts as its own sign); NaN when none is finite. */
export function signShare(differences: readonly number[]): number {
  const d = differences.filter(Number.isFinite);
  if (d.length === 0) return NaN;
  const sign = Math.sign(d.reduce((a, b) => a + b, 0) / d.length);
  return d.filter((x) => Math.sign(x) === sign).length / d.length;
}

export interface ComparePlan {
  jobs: Job[];
  seeds: string[];
  /** The posterior draw of run k, the same for every scenario (with a posterior). */
  draws?: number[];
}

/** The jobs of a comparison: scenario s, run k uses seed k and, with a posterior, draw k, paired across scenarios. */
export function compareJobs(scenarios: readonly Scenario[], options: CompareOptions = {}): ComparePlan {
  const runs = options.runs ?? 30;
  const seed = options.seed ?? scenarios[0].seed;
  const seeds = ensembleSeeds(seed, runs);
  const posterior = options.posterior;
  const draws = posterior ? posteriorDraws(posterior.draws.length, seed, runs) : undefined;
  const jobs: Job[] = scenarios.flatMap((scenario, s) => {
    const perRun = posterior && draws ? scenariosOfRuns(scenario, posterior, draws) : undefined;
    return seeds.map((seed, k) => ({
      index: s * runs + k,
      scenario: perRun?.[k] ?? scenario,
      seed,
      snapshot: k === 0,
    }));
  });
  return { jobs, seeds, ...(draws ? { draws } : {}) };
}

export async function compareScenarios(
  scenarios: readonly Scenario[],
  options: CompareOptions = {},
): Promise<CompareResult> {
  if (options.outcomes) checkOutcomeNames(options.outcomes);
  const { jobs } = compareJobs(scenarios, options);
  return summarizeComparison(scenarios, await runJobs(jobs, options), options);
}

/**
 * The comparison from the results of its jobs (compareJobs, in job order), wherever they ran: here, or on the shards
 * that `clustersim merge` gathers them from.
 */
export function summarizeComparison(
  scenarios: readonly Scenario[],
  results: readonly JobResult[],
  options: CompareOptions = {},
): CompareResult {
  const runs = options.runs ?? 30;
  const adjust = options.adjust ?? 'holm';
  if (options.outcomes) checkOutcomeNames(options.outcomes);
  const shown = options.outcomes
    ? COMPARED_OUTCOME_NAMES.filter((o) => options.outcomes!.includes(o))
    : COMPARED_OUTCOME_NAMES;
  const names = scenarioNames(scenarios, options.labels);
  const { seeds, draws } = compareJobs(scenarios, options);
  const byScenario = scenarios.map((_, s) => results.slice(s * runs, (s + 1) * runs));
  const outcomes: CompareRow[] = [];
  const family: CompareRow[] = [];
  for (const outcome of shown) {
    const base = byScenario[0].map((r) => r.outcomes[outcome]);
    const baseMean = meanInterval(base).mean;
    byScenario.forEach((group, s) => {
      const values = group.map((r) => r.outcomes[outcome]);
      const own = meanInterval(values);
      const differences = values.map((v, k) => v - base[k]);
      const diff = meanInterval(differences);
      const row: CompareRow = {
        outcome,
        scenario: names[s],
        mean: own.mean,
        lo: own.lo,
        hi: own.hi,
        diff: diff.mean,
        diffLo: diff.lo,
        diffHi: diff.hi,
        relDiff: baseMean !== 0 && Number.isFinite(baseMean) ? diff.mean / baseMean : NaN,
        p: s === 0 || !differences.every(Number.isFinite) ? NaN : pairedTTest(differences).p,
        pAdjusted: NaN,
        significant: false,
      };
      if (options.posterior && s > 0) {
        row.signShare = signShare(differences);
        row.robust = row.signShare >= ROBUST_SHARE;
      }
      outcomes.push(row);
      if (s > 0) family.push(row);
    });
  }
  const tested = family.filter((r) => !Number.isNaN(r.p));
  const adjusted = adjustPValues(
    tested.map((r) => r.p),
    adjust,
  );
  tested.forEach((r, k) => {
    r.pAdjusted = adjusted[k];
    r.significant = adjusted[k] <= ALPHA;
  });
  const warnings = [
    ...mismatchWarnings(scenarios, names),
    ...(options.posterior ? posteriorOverrideWarnings(scenarios, names, options.posterior) : []),
  ];
  return {
    scenarios: names,
    runs,
    seeds,
    outcomes,
    perRun: byScenario.flatMap((group, s) =>
      group.map((r, k) => ({
        scenario: names[s],
        run: k,
        seed: r.seed,
        ...(draws ? { draw: draws[k] } : {}),
        outcomes: r.outcomes,
      })),
    ),
    series: byScenario.flatMap((group, s) => ensembleSeries(names[s], group)),
    snapshots: byScenario.map((group, s) => ({ scenario: names[s], snapshot: group[0].snapshot! })),
    adjust,
    alpha: ALPHA,
    tests: tested.length,
    ...(options.outcomes ? { outcomesOfInterest: [...shown] } : {}),
    warnings,
    ...(options.posterior && draws
      ? { posterior: { ...posteriorUse(options.posterior, draws), robustShare: ROBUST_SHARE } }
      : {}),
  };
}
