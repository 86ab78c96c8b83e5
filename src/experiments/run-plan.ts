// Runs an experiment's plan: every design point times every seed (common random numbers across points), on worker
// threads, each run's tidy row appended in job order as soon as the runs before it are done; resumes from the rows
// already on disk.
import { COMPARED_OUTCOME_NAMES, type Job, type JobResult } from '../ensemble/job.js';
import { runJobs, type PoolOptions } from '../ensemble/pool.js';
import type { SurveyPlan } from '../metrics/survey.js';
import type { Scenario } from '../scenario/schema.js';
import { applyDraw, type Posterior } from '../ensemble/posterior.js';
import { applyPoints, type Point } from './apply-point.js';
import type { MeasureSpec } from '../metrics/measures.js';
import type { ParamValue } from './params.js';
import { openRowStream, readRows } from './stream-rows.js';
import { csvCell, splitCsvLine } from '../output/csv.js';
import { UserError } from '../errors.js';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../output/atomic.js';
import { csvToParquet } from '../output/parquet.js';

/** Costly metrics only at the last step: experiments read final values and flows, not the costly series. */
const COSTLY_NEVER = 1_000_000;

export interface Plan {
  /** The scenario of each design point, its parameters already set. */
  scenarios: readonly Scenario[];
  points: readonly Point[];
  /** Parameter paths, in --param order: the rows' parameter columns. */
  paths: readonly string[];
  seeds: readonly string[];
  survey?: SurveyPlan;
  /** Named measures evaluated on every run (a column each, after the outcomes). */
  measures?: readonly { name: string; spec: MeasureSpec }[];
  /** A posterior sample, and the draw of run k at every point (a `draw` column after the seed). */
  posterior?: Posterior;
  draws?: readonly number[];
}

/** One finished run, read back from the rows file. */
export interface RunRecord {
  point: number;
  run: number;
  seed: string;
  /** The posterior draw of the run, when the plan has a posterior. */
  draw?: number;
  params: Record<string, string>;
  /** The outcomes, then the measures, by column name (NaN where empty). */
  values: Record<string, number>;
}

export interface PlanRunOptions extends Pick<PoolOptions, 'workers'> {
  /** Called with runs done (resumed ones included) and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stop after this many runs in all (for tests of resumption); default: all. */
  limit?: number;
  /**
   * The line of every run of the plan, gathered from its shards by `clustersim merge`: appended to the rows file in
   * place of running the runs (the same lines a run here appends), so that every output follows by the same code.
   */
  merged?: readonly string[];
}

/** The columns before the parameters: point, run, seed and, with a posterior, draw. */
const keyColumns = (plan: Plan) => ['point', 'run', 'seed', ...(plan.draws ? ['draw'] : [])];

export function planColumns(plan: Plan): string[] {
  return [...keyColumns(plan), ...plan.paths, ...COMPARED_OUTCOME_NAMES, ...(plan.measures ?? []).map((m) => m.name)];
}

function rowOf(plan: Plan, result: JobResult, point: number, run: number): (number | ParamValue)[] {
  return [
    point,
    run,
    result.seed,
    ...(plan.draws ? [plan.draws[run]] : []),
    ...plan.paths.map((p) => plan.points[point][p]),
    ...COMPARED_OUTCOME_NAMES.map((o) => result.outcomes[o]),
    ...(result.measures ?? []),
  ];
}

/** The number of runs of a plan: every point times every seed. */
export const planSize = (plan: Plan) => plan.points.length * plan.seeds.length;

/** The header line of a plan's rows file. */
export const planHeader = (plan: Plan) => planColumns(plan).map(csvCell).join(',');

/** A function that gives the job of run i of the plan (point i / runs, seed i % runs), its drawn scenarios cached. */
export function planJobs(plan: Plan): (i: number) => Job {
  const runs = plan.seeds.length;
  const drawn = new Map<string, Scenario>();
  const scenarioOf = (point: number, run: number): Scenario => {
    if (!plan.posterior || !plan.draws) return plan.scenarios[point];
    const key = `${point}/${plan.draws[run]}`;
    let s = drawn.get(key);
    if (!s) drawn.set(key, (s = applyDraw(plan.scenarios[point], plan.posterior, plan.draws[run])));
    return s;
  };
  return (i) => {
    const point = Math.floor(i / runs);
    const job: Job = {
      index: i,
      scenario: scenarioOf(point, i % runs),
      seed: plan.seeds[i % runs],
      keepRows: false,
      costlyEvery: COSTLY_NEVER,
    };
    if (plan.survey) job.survey = plan.survey;
    if (plan.measures) job.measures = plan.measures.map((m) => m.spec);
    return job;
  };
}

/** The rows-file line of run i (no newline). */
export function planLine(plan: Plan, result: JobResult, i: number): string {
  const runs = plan.seeds.length;
  return rowOf(plan, result, Math.floor(i / runs), i % runs)
    .map(csvCell)
    .join(',');
}

/** The Parquet copy of a rows file (runs.csv -> runs.parquet), written once every run of the plan is in it. */
export const parquetOf = (file: string) => file.replace(/\.csv$/, '') + '.parquet';

async function finishRows(
  plan: Plan,
  file: string,
  resumed: number,
): Promise<{ records: RunRecord[]; resumed: number }> {
  const records = readRecords(plan, file);
  if (records.length === planSize(plan))
    await writeFileAtomically(parquetOf(file), csvToParquet(readFileSync(file, 'utf8')));
  return { records, resumed };
}

/**
 * Runs what the rows file does not hold yet, then reads every run back from it; once every run is there, writes the
 * rows as Parquet beside it.
 */
export async function runPlan(
  plan: Plan,
  file: string,
  options: PlanRunOptions = {},
): Promise<{ records: RunRecord[]; resumed: number }> {
  const runs = plan.seeds.length;
  const total = planSize(plan);
  const keyOf = (i: number) =>
    i < total ? [String(Math.floor(i / runs)), String(i % runs), plan.seeds[i % runs]] : undefined;
  const stream = openRowStream(file, planColumns(plan), keyOf);
  const resumed = stream.done;
  if (options.merged) {
    if (options.merged.length !== total)
      throw new Error(`runPlan: ${options.merged.length} merged runs for a plan of ${total}`);
    for (let i = resumed; i < total; i++) {
      const cells = splitCsvLine(options.merged[i]);
      if (keyOf(i)!.some((k, c) => cells[c] !== k))
        throw new UserError(
          `merged run ${i} (${cells.slice(0, 3).join(', ')}) is not the plan's run ${keyOf(i)!.join(', ')}`,
        );
      stream.appendLine(options.merged[i]);
    }
    return finishRows(plan, file, resumed);
  }
  const end = Math.min(total, options.limit ?? total);
  const jobs: Job[] = [];
  const jobOf = planJobs(plan);
  for (let i = resumed; i < end; i++) jobs.push({ ...jobOf(i), index: i - resumed });
  const waiting = new Map<number, JobResult>();
  let next = 0;
  options.onProgress?.(resumed, total);
  await runJobs(jobs, {
    workers: options.workers,
    onResult: (result) => {
      waiting.set(result.index, result);
      while (waiting.has(next)) {
        const r = waiting.get(next)!;
        waiting.delete(next);
        stream.appendLine(planLine(plan, r, resumed + next));
        next++;
      }
    },
    onProgress: (done) => options.onProgress?.(resumed + done, total),
  });
  return finishRows(plan, file, resumed);
}

/** Every run in the rows file, parsed. */
export function readRecords(plan: Plan, file: string): RunRecord[] {
  const columns = planColumns(plan);
  const keys = keyColumns(plan).length;
  const first = keys + plan.paths.length;
  return readRows(file).map((cells) => ({
    point: Number(cells[0]),
    run: Number(cells[1]),
    seed: cells[2],
    ...(plan.draws ? { draw: Number(cells[3]) } : {}),
    params: Object.fromEntries(plan.paths.map((p, k) => [p, cells[keys + k]])),
    values: Object.fromEntries(
      columns.slice(first).map((c, k) => [c, cells[first + k] === '' ? NaN : Number(cells[first + k])]),
    ),
  }));
}

/** Mean of a column over each point's runs (NaN runs skipped), indexed by point. */
export function pointMeans(records: readonly RunRecord[], points: number, column: string): number[] {
  const sum = new Array<number>(points).fill(0);
  const n = new Array<number>(points).fill(0);
  for (const r of records) {
    const v = r.values[column];
    if (!Number.isFinite(v)) continue;
    sum[r.point] += v;
    n[r.point]++;
  }
  return sum.map((s, p) => (n[p] > 0 ? s / n[p] : NaN));
}

/**
 * A plan from a scenario and design points (each applied and validated up front), with common seeds for every point;
 * with a posterior, every draw the runs use is applied to every point up front too, so that a bad combination is
 * reported before anything runs.
 */
export function buildPlan(
  scenario: Scenario,
  paths: readonly string[],
  points: readonly Point[],
  seeds: readonly string[],
  extras: Pick<Plan, 'survey' | 'measures' | 'posterior' | 'draws'> = {},
): Plan {
  const scenarios = applyPoints(scenario, points);
  if (extras.posterior && extras.draws) {
    const used = [...new Set(extras.draws)];
    for (const s of scenarios) for (const d of used) applyDraw(s, extras.posterior, d);
  }
  return { scenarios, points, paths, seeds, ...extras };
}
