// --shard and --shards of the experiment commands, and what a command does with them: run one shard of its plan into
// a shared folder (src/distributed), or, called back by `clustersim merge`, take its runs from the shards instead of
// running them, then write its outputs by the same code as on one machine.
import type { Job, JobResult } from '../ensemble/job.js';
import { UserError } from '../errors.js';
import { buildPlanFile, type PlanFile, type RunsFormat } from '../distributed/plan.js';
import { runShard } from '../distributed/run-shard.js';
import { resolveShard, SHARDS_ENV, type Shard } from '../distributed/shard.js';
import { createProgress, type Progress } from './progress.js';
import { planHeader, planJobs, planLine, planSize, type Plan } from '../experiments/run-plan.js';
import { scenarioHash } from '../output/manifest.js';
import { parseResultLine, resultLine, type ResultPart } from '../distributed/result-line.js';
import type { Scenario } from '../scenario/schema.js';

export const SHARD_OPTIONS = {
  shard: {
    type: 'string',
    describe:
      "run one shard of the plan into the shared --out folder: i/n (i from 0 to n-1), or auto: the scheduler's array index (Slurm; Kubernetes and AWS Batch with --shards); then clustersim merge",
  },
  shards: {
    type: 'number',
    describe: `the number of shards where the scheduler does not give it (Kubernetes, AWS Batch; or ${SHARDS_ENV})`,
  },
} as const;

/** Runs gathered from the shards by `clustersim merge`, handed to the command in place of running them. */
export interface MergedRuns {
  dir: string;
  plan: PlanFile;
  lines: string[];
}

export interface ShardArgs {
  shard?: string;
  shards?: number;
  /** Set by merge only (no option). */
  merged?: MergedRuns;
  /** Set by submit only (no option): the plan is reported here, and nothing runs. */
  planOnly?: (found: FoundPlan) => void;
  out?: string;
  workers?: number;
}

/** What submit learns of an experiment before it writes the job files: its plan and its scenarios (for memory). */
export interface FoundPlan {
  spec: PlanSpec;
  scenarios: readonly Scenario[];
}

export type Execution =
  | { kind: 'local' }
  | { kind: 'shard'; shard: Shard; dir: string }
  | { kind: 'merge'; merged: MergedRuns }
  | { kind: 'plan'; report: (found: FoundPlan) => void };

/** How this invocation runs: all here, one shard, or merging. */
export function executionOf(args: ShardArgs): Execution {
  if (args.merged) return { kind: 'merge', merged: args.merged };
  if (args.planOnly) return { kind: 'plan', report: args.planOnly };
  const shard = resolveShard(args.shard, args.shards);
  if (!shard) return { kind: 'local' };
  if (args.out === undefined)
    throw new UserError('--shard: name the shared folder with --out: every shard writes into it, and merge reads it');
  return { kind: 'shard', shard, dir: args.out };
}

export interface PlanSpec {
  command: string;
  args: object;
  scenarioHashes: readonly string[];
  runs: number;
  format: RunsFormat;
  header?: string;
}

export function planOf(spec: PlanSpec, shards: number): PlanFile {
  return buildPlanFile({ ...spec, shards });
}

/** In a merge: checks that the command, given the plan's arguments again, makes the same plan (the inputs unchanged). */
export function checkMergedPlan(merged: MergedRuns, spec: PlanSpec): void {
  const plan = planOf(spec, merged.plan.identity.shards);
  if (plan.hash === merged.plan.hash) return;
  const changed = Object.keys(plan.identity).filter(
    (k) =>
      JSON.stringify(plan.identity[k as keyof PlanFile['identity']]) !==
      JSON.stringify(merged.plan.identity[k as keyof PlanFile['identity']]),
  );
  throw new UserError(
    `clustersim merge: ${merged.dir}: the plan's inputs changed since the shards ran (${changed.join(', ') || 'the plan'} differ${changed.length === 1 ? 's' : ''}): restore them, or run the shards again into a new folder`,
  );
}

export interface ShardRun extends PlanSpec {
  shard: Shard;
  dir: string;
  jobOf: (index: number) => Job;
  lineOf: (result: JobResult, index: number) => string;
  workers?: number;
}

/** Runs one shard and says what it did. */
export async function runCommandShard(run: ShardRun): Promise<void> {
  const plan = planOf(run, run.shard.count);
  let progress: Progress | undefined;
  const started = performance.now();
  const outcome = await runShard({
    dir: run.dir,
    plan,
    shard: run.shard,
    jobOf: run.jobOf,
    lineOf: run.lineOf,
    workers: run.workers,
    onProgress: (done, total) =>
      (progress ??= createProgress(total, `shard ${run.shard.index}/${run.shard.count}`)).update(done),
  });
  progress?.stop();
  console.log(
    `clustersim: shard ${run.shard.index}/${run.shard.count} of ${run.command}: ${outcome.runs} runs (${outcome.resumed} resumed) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${outcome.folder}/; when every shard is done: clustersim merge ${run.dir}`,
  );
}

/**
 * For an experiment whose runs are a plan of points x seeds (experiments/run-plan.ts): in a shard, runs the shard's
 * runs (true: the handler is done); in a merge, checks that the plan is the one the shards ran, and gives the runs'
 * lines for runPlan to take in place of running them.
 */
export async function shardOrMergePlan(
  execution: Execution,
  command: string,
  args: ShardArgs,
  scenarios: readonly Scenario[],
  plan: Plan,
): Promise<{ done: true } | { done: false; merged?: string[] }> {
  if (execution.kind === 'local') return { done: false };
  const spec: PlanSpec = {
    command,
    args,
    scenarioHashes: scenarios.map(scenarioHash),
    runs: planSize(plan),
    format: 'csv',
    header: planHeader(plan),
  };
  if (execution.kind === 'plan') {
    execution.report({ spec, scenarios: [...scenarios, ...plan.scenarios] });
    return { done: true };
  }
  if (execution.kind === 'merge') {
    checkMergedPlan(execution.merged, spec);
    return { done: false, merged: execution.merged.lines };
  }
  await runCommandShard({
    ...spec,
    ...execution,
    jobOf: planJobs(plan),
    lineOf: (r, i) => planLine(plan, r, i),
    workers: args.workers,
  });
  return { done: true };
}

/**
 * For a command whose runs are a batch of jobs kept in memory (compare, check): in a shard, runs the shard's jobs,
 * each result a line of JSON holding `parts` (true: the handler is done); in a merge, checks the plan and gives the
 * results back in job order.
 */
export async function shardOrMergeJobs(
  execution: Execution,
  command: string,
  args: ShardArgs,
  scenarios: readonly Scenario[],
  jobs: readonly Job[],
  parts: readonly ResultPart[],
): Promise<{ done: true } | { done: false; results?: JobResult[] }> {
  if (execution.kind === 'local') return { done: false };
  const spec: PlanSpec = {
    command,
    args,
    scenarioHashes: scenarios.map(scenarioHash),
    runs: jobs.length,
    format: 'jsonl',
  };
  if (execution.kind === 'plan') {
    execution.report({ spec, scenarios: [...new Set([...scenarios, ...jobs.map((j) => j.scenario)])] });
    return { done: true };
  }
  if (execution.kind === 'merge') {
    checkMergedPlan(execution.merged, spec);
    return { done: false, results: execution.merged.lines.map(parseResultLine) };
  }
  await runCommandShard({
    ...spec,
    ...execution,
    jobOf: (i) => jobs[i],
    lineOf: (r) => resultLine(r, parts),
    workers: args.workers,
  });
  return { done: true };
}
