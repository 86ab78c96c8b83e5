// `sweep`: a design's points (full factorial or Latin hypercube) times R seeds, streamed to runs.csv as tidy rows (one
// per run, with the point's parameters and seed) and resumable; then points.csv, the mean of every outcome at each
// point.
import { join } from 'node:path';
import { ensembleSeeds } from '../ensemble/compare.js';
import { posteriorDraws, type Posterior } from '../ensemble/posterior.js';
import { writeFileAtomically } from '../output/atomic.js';
import { toCsv } from '../output/csv.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import type { Point } from './apply-point.js';
import { factorialDesign } from './design/factorial.js';
import { lhsDesign } from './design/lhs.js';
import { claimFolder, type ExperimentOutput } from './manifest.js';
import { formatParam, type ParamSpec } from './params.js';
import {
  buildPlan,
  planColumns,
  pointMeans,
  runPlan,
  type Plan,
  type PlanRunOptions,
  type RunRecord,
} from './run-plan.js';
import type { ResolvedTargets } from './targets/resolve.js';

export const DESIGNS = ['factorial', 'lhs'] as const;
export type DesignName = (typeof DESIGNS)[number];

export interface SweepOptions extends PlanRunOptions {
  design?: DesignName;
  /** Points of a Latin hypercube. */
  samples?: number;
  /** Levels of a range in a factorial design (unless the spec gives its own). */
  levels?: number;
  runs?: number;
  /** Base seed of the runs (run k of every point uses deriveSeed(seed, 'run', k)) and of the design. */
  seed?: number | string;
  /** Targets whose simulated measures become columns of the rows. */
  targets?: ResolvedTargets;
  /** A posterior sample: run k of every point takes draw d_k (the k-th draw of deriveSeed(seed, 'posterior')). */
  posterior?: Posterior;
  /** What the folder may replace (--force), the inputs it may not hold, and where notes go. */
  output?: ExperimentOutput;
}

export interface SweepResult {
  points: Point[];
  /** The seed of run k at every point, and its posterior draw (with a posterior). */
  seeds: string[];
  draws?: number[];
  records: RunRecord[];
  /** Runs found on disk and not run again. */
  resumed: number;
  columns: string[];
}

export const SWEEP_FILES = ['experiment.json', 'runs.csv', 'runs.parquet', 'points.csv', 'manifest.json'] as const;

/** The design's points. */
export function sweepDesign(specs: readonly ParamSpec[], options: SweepOptions, seed: number | string): Point[] {
  const design = options.design ?? 'factorial';
  if (design === 'lhs') return lhsDesign(specs, options.samples ?? 20, seed);
  return factorialDesign(specs, options.levels ?? 3);
}

/** A sweep's plan of runs, and what its folder's experiment.json says it is. */
export interface SweepPlan {
  plan: Plan;
  points: Point[];
  seeds: string[];
  draws?: number[];
  runs: number;
  experiment: Record<string, unknown>;
}

export function sweepPlan(scenario: Scenario, specs: readonly ParamSpec[], options: SweepOptions = {}): SweepPlan {
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? 10;
  const points = sweepDesign(specs, options, seed);
  const seeds = ensembleSeeds(seed, runs);
  const targets = options.targets;
  const posterior = options.posterior;
  const draws = posterior ? posteriorDraws(posterior.draws.length, seed, runs) : undefined;
  const plan = buildPlan(
    scenario,
    specs.map((s) => s.path),
    points,
    seeds,
    {
      ...(targets?.survey ? { survey: targets.survey } : {}),
      ...(targets ? { measures: targets.targets.map((t) => ({ name: `target:${t.id}`, spec: t.spec })) } : {}),
      ...(posterior && draws ? { posterior, draws } : {}),
    },
  );
  const experiment = {
    command: 'sweep',
    version: VERSION,
    design: options.design ?? 'factorial',
    samples: options.samples,
    levels: options.levels,
    params: specs.map(formatParam),
    runs,
    seed: String(seed),
    targets: targets?.name,
    // The posterior is part of what the experiment is (its hash and draws, not the file's name): a rerun with another
    // sample is another experiment.
    ...(posterior && draws
      ? {
          posterior: {
            sha256: posterior.sha256,
            draws: posterior.draws.length,
            paths: posterior.paths,
            perRun: draws,
          },
        }
      : {}),
    scenario,
  };
  return { plan, points, seeds, ...(draws ? { draws } : {}), runs, experiment };
}

export async function runSweep(
  scenario: Scenario,
  specs: readonly ParamSpec[],
  dir: string,
  options: SweepOptions = {},
): Promise<SweepResult> {
  const { plan, points, seeds, draws, runs, experiment } = sweepPlan(scenario, specs, options);
  const folder = await claimFolder(dir, 'sweep', SWEEP_FILES, experiment, options.output);
  try {
    const { records, resumed } = await runPlan(plan, join(dir, 'runs.csv'), options);
    const columns = planColumns(plan);
    if (records.length === points.length * runs) {
      const outcomes = columns.slice(columns.indexOf('seed') + 1 + (draws ? 1 : 0) + specs.length);
      const means = outcomes.map((c) => pointMeans(records, points.length, c));
      const rows = points.map((point, p) => ({
        point: p,
        runs,
        ...point,
        ...Object.fromEntries(outcomes.map((c, k) => [c, means[k][p]])),
      }));
      await writeFileAtomically(
        join(dir, 'points.csv'),
        toCsv(rows, ['point', 'runs', ...specs.map((s) => s.path), ...outcomes]),
      );
    }
    return { points, seeds, ...(draws ? { draws } : {}), records, resumed, columns };
  } finally {
    folder.release();
  }
}
