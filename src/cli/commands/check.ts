// clustersim check [scenario] --targets FILE [--runs 10] [--set path=value] [--knockouts] [--out DIR]: the scenario
// over N seeds against the paper's observed figures: observed, simulated mean and 95% interval, tolerance, pass or fail;
// writes the table and a chart. With --knockouts, also once with each core mechanism switched off, on the same seeds.
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import { checkBatch, isTest, type Batch, type CheckResult } from '../../experiments/check.js';
import { defaultWorkers, runJobs } from '../../ensemble/pool.js';
import { executionOf, SHARD_OPTIONS, shardOrMergeJobs, type ShardArgs } from '../shard-arg.js';
import { CHECK_FILES, formatCheckTable, writeCheck } from '../../experiments/check-output.js';
import {
  formatKnockoutTable,
  KNOCKOUT_FILES,
  knockoutFiles,
  knockoutBatch,
  type KnockoutResult,
} from '../../experiments/knockout-check.js';
import { KNOCKOUTS } from '../../experiments/knockouts.js';
import { loadTargets } from '../../experiments/targets/load.js';
import { resolveTargets } from '../../experiments/targets/resolve.js';
import { checkPosteriorOverlap, loadPosterior } from '../../ensemble/posterior.js';
import { ensembleSeeds } from '../../ensemble/compare.js';
import { buildCommandManifest, manifestText } from '../../output/manifest.js';
import { scenarioLabel } from '../../scenario/label.js';
import { provenance } from '../invocation.js';
import { UserError } from '../../errors.js';
import { failWith } from '../exit-status.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { checkCount, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';

export interface CheckArgs extends LimitArgs, ShardArgs {
  scenario?: string;
  targets: string;
  runs: number;
  workers?: number;
  seed?: number;
  set?: string[];
  knockouts?: boolean;
  posterior?: string;
  out?: string;
  force?: boolean;
}

export const checkCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('targets', {
        type: 'string',
        demandOption: true,
        describe: 'targets file, e.g. scenarios/targets/korea-2005-2010.yaml',
      })
      .option('runs', { type: 'number', default: 10, describe: 'runs (seeds)' })
      .option('workers', {
        type: 'number',
        describe: 'threads that run simulations, this one included (default: all cores)',
      })
      .option('seed', { type: 'number', describe: "base seed (default: the scenario's)" })
      .option('set', { type: 'string', array: true, describe: 'override a parameter: path=value (repeatable)' })
      .option('knockouts', {
        type: 'boolean',
        default: false,
        describe: `also run with each core mechanism switched off in turn (${KNOCKOUTS.length}: ${KNOCKOUTS.map((k) => k.id).join(', ')}), --runs runs each on the same seeds; prints which fitted and held-out targets then fail and writes ${KNOCKOUT_FILES.join(', ')}`,
      })
      .option('posterior', {
        type: 'string',
        describe:
          "posterior sample (calibrate's accepted.csv): run k takes a seeded draw of its parameters, so the intervals cover them as well as the seeds",
      })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a check clustersim wrote (default: out/check-<targets>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS)
      .options(SHARD_OPTIONS),
  handler: async (args: CheckArgs) => {
    const execution = executionOf(args);
    checkCount('runs', args.runs, 2, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const sets = args.set ?? [];
    const scenario = resolveScenario(args.scenario, sets);
    const label = scenarioLabel(scenario.name, sets);
    const targets = resolveTargets(loadTargets(args.targets), scenario.startYear);
    const posterior = args.posterior !== undefined ? loadPosterior(args.posterior) : undefined;
    if (posterior) checkPosteriorOverlap(posterior, '--set', sets);
    if (scenario.steps < targets.horizon) {
      throw new UserError(
        `the targets read step ${targets.horizon}, but ${scenario.name} runs ${scenario.steps} steps: raise steps (--set steps=${targets.horizon})`,
      );
    }
    const checkOptions = { runs: args.runs, seed: args.seed, posterior, label };
    const batch: Batch<CheckResult | KnockoutResult> = args.knockouts
      ? knockoutBatch(scenario, targets, checkOptions)
      : checkBatch(scenario, targets, checkOptions);
    if (execution.kind === 'shard')
      checkMemory([scenario], Math.min(args.workers ?? defaultWorkers(), batch.jobs.length), args.memoryCheck);
    const shard = await shardOrMergeJobs(execution, 'check', args, [scenario], batch.jobs, ['measures']);
    if (shard.done) return;
    const output = await chooseOutput('check', args.out, defaultOut('check-', targets.name), args.force, [
      args.scenario,
      args.targets,
      args.posterior,
    ]);
    try {
      const workers = args.workers ?? defaultWorkers();
      const jobs = args.runs * (args.knockouts ? 1 + KNOCKOUTS.length : 1);
      checkMemory([scenario], Math.min(workers, jobs), args.memoryCheck);
      let progress: Progress | undefined;
      const started = performance.now();
      const results =
        shard.results ??
        (await runJobs(batch.jobs, {
          workers,
          onProgress: (done: number, total: number) => (progress ??= createProgress(total, 'check')).update(done),
        }));
      const finished = batch.finish(results);
      const knockouts = args.knockouts ? (finished as KnockoutResult) : undefined;
      const result = knockouts ? knockouts.intact : (finished as CheckResult);
      progress?.stop();
      const seconds = (performance.now() - started) / 1000;
      const out = output.out;
      const seed = args.seed ?? scenario.seed;
      const manifest = buildCommandManifest({
        command: 'check',
        scenarios: [{ scenario, label }],
        seed,
        seeds: ensembleSeeds(seed, args.runs),
        wallTimeSeconds: seconds,
        provenance: provenance(sets),
        posterior: result.posterior,
        details: {
          targets: targets.name,
          targetsFile: args.targets,
          horizon: targets.horizon,
          knockouts: !!args.knockouts,
        },
      });
      await writeCheck(out, result, output, {
        ...(knockouts ? knockoutFiles(knockouts) : {}),
        'manifest.json': manifestText(manifest),
      });
      process.stdout.write(formatCheckTable(result));
      if (knockouts) process.stdout.write(`\n${formatKnockoutTable(knockouts)}`);
      const variants = knockouts ? 1 + knockouts.variants.filter((v) => v.status === 'ran').length : 1;
      const files = [...CHECK_FILES, ...(knockouts ? KNOCKOUT_FILES : []), 'manifest.json'];
      console.log(
        `clustersim: ${variants > 1 ? `${variants} variants x ` : ''}${args.runs} runs on ${workers} worker(s) in ${seconds.toFixed(1)} s; wrote ${out}/ (${files.join(', ')})`,
      );
      const tests = result.rows.filter(isTest);
      const failed = tests.filter((row) => !row.pass).length;
      if (failed > 0) {
        console.log(`clustersim: ${failed} of ${tests.length} fitted and held-out targets failed`);
        failWith(1);
      }
    } finally {
      output.release();
    }
  },
};
