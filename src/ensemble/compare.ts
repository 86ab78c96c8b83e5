// Compares scenarios over the same seeds (common random numbers): per outcome, the mean and 95% interval of each
// scenario and the paired difference to the first scenario; per step, the ensemble mean and interval of every series.
import { deriveSeed } from '../random/rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { NetworkSnapshot, OutcomeRow } from '../charts/types.js';

export type { OutcomeRow };
import { meanInterval, pairedDifference } from '../stats/interval.js';
import { COMPARED_OUTCOME_NAMES, type Job, type JobResult } from './job.js';
import { runJobs, type PoolOptions } from './pool.js';

export interface CompareOptions extends PoolOptions {
  runs?: number;
  /**
   * Base seed of the ensemble; run k of every scenario uses deriveSeed(seed, 'run', k). Default: the first scenario's
   * seed.
   */
  seed?: number | string;
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

export interface CompareResult {
  scenarios: string[];
  runs: number;
  seeds: string[];
  outcomes: OutcomeRow[];
  /** One row per scenario and run: its seed and outcomes. */
  perRun: { scenario: string; run: number; seed: string; outcomes: Record<string, number> }[];
  series: SeriesRow[];
  /** The final member network of each scenario's first run, for the degree and network charts. */
  snapshots: { scenario: string; snapshot: NetworkSnapshot }[];
}

/** The seeds of an ensemble: the same for every scenario, so that differences are paired. */
export function ensembleSeeds(seed: number | string, runs: number): string[] {
  return Array.from({ length: runs }, (_, k) => deriveSeed(seed, 'run', k));
}

/** Unique display names: a scenario's name, numbered where two share one. */
export function scenarioNames(scenarios: readonly Scenario[]): string[] {
  return scenarios.map((s, k) =>
    scenarios.filter((t) => t.name === s.name).length > 1 ? `${s.name}#${k + 1}` : s.name,
  );
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

export async function compareScenarios(
  scenarios: readonly Scenario[],
  options: CompareOptions = {},
): Promise<CompareResult> {
  const runs = options.runs ?? 30;
  const seeds = ensembleSeeds(options.seed ?? scenarios[0].seed, runs);
  const names = scenarioNames(scenarios);
  const jobs: Job[] = scenarios.flatMap((scenario, s) =>
    seeds.map((seed, k) => ({ index: s * runs + k, scenario, seed, snapshot: k === 0 })),
  );
  const results = await runJobs(jobs, options);
  const byScenario = scenarios.map((_, s) => results.slice(s * runs, (s + 1) * runs));
  const outcomes: OutcomeRow[] = [];
  for (const outcome of COMPARED_OUTCOME_NAMES) {
    const base = byScenario[0].map((r) => r.outcomes[outcome]);
    byScenario.forEach((group, s) => {
      const values = group.map((r) => r.outcomes[outcome]);
      const own = meanInterval(values);
      const diff = pairedDifference(base, values);
      outcomes.push({
        outcome,
        scenario: names[s],
        mean: own.mean,
        lo: own.lo,
        hi: own.hi,
        diff: diff.mean,
        diffLo: diff.lo,
        diffHi: diff.hi,
      });
    });
  }
  return {
    scenarios: names,
    runs,
    seeds,
    outcomes,
    perRun: byScenario.flatMap((group, s) =>
      group.map((r, k) => ({ scenario: names[s], run: k, seed: r.seed, outcomes: r.outcomes })),
    ),
    series: byScenario.flatMap((group, s) => ensembleSeries(names[s], group)),
    snapshots: byScenario.map((group, s) => ({ scenario: names[s], snapshot: group[0].snapshot! })),
  };
}
