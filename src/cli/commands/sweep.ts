// clustersim sweep [scenario] --param path=values|min:max ... [--design factorial|lhs] [--samples N] [--runs R] [--out
// DIR]: the design's points times R seeds on all cores, streamed to DIR/runs.csv (one tidy row per run); rerun to
// resume.
import type { Argv } from 'yargs';
import { parseParams } from '../../experiments/params.js';
import { DESIGNS, SWEEP_FILES, runSweep, sweepPlan, type DesignName } from '../../experiments/sweep.js';
import { executionOf, SHARD_OPTIONS, shardOrMergePlan, type ShardArgs } from '../shard-arg.js';
import { loadTargets } from '../../experiments/targets/load.js';
import { resolveTargets } from '../../experiments/targets/resolve.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { checkPosteriorOverlap, loadPosterior, posteriorUse } from '../../ensemble/posterior.js';
import { writeExperimentManifest } from '../experiment-manifest.js';
import { UserError } from '../../errors.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { designSize, largestPopulation } from '../design-size.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import type { CommandBody } from './index.js';

export interface SweepArgs extends LimitArgs, ShardArgs {
  scenario?: string;
  param: string[];
  design: string;
  samples: number;
  levels: number;
  runs: number;
  workers?: number;
  seed?: number;
  steps?: number;
  set?: string[];
  targets?: string;
  posterior?: string;
  out?: string;
  force?: boolean;
}

export const sweepCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('param', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'path=v1,v2,... or path=min:max[:levels] (repeatable)',
      })
      .option('design', { type: 'string', default: 'factorial', describe: `design: ${DESIGNS.join(' | ')}` })
      .option('samples', { type: 'number', default: 20, describe: 'points of a Latin hypercube (--design lhs)' })
      .option('levels', { type: 'number', default: 3, describe: 'levels of a min:max range in a factorial design' })
      .option('runs', { type: 'number', default: 10, describe: 'seeds per point (the same seeds at every point)' })
      .option('workers', {
        type: 'number',
        describe: 'threads that run simulations, this one included (default: all cores)',
      })
      .option('seed', { type: 'number', describe: "base seed of the runs and of the design (default: the scenario's)" })
      .option('steps', { type: 'number', describe: "override the scenario's steps" })
      .option('set', { type: 'string', array: true, describe: 'override a parameter at every point: path=value' })
      .option('targets', { type: 'string', describe: "targets file: add each target's simulated measure as a column" })
      .option('posterior', {
        type: 'string',
        describe:
          "posterior sample (calibrate's accepted.csv): run k of every point takes the same seeded draw of the parameters it holds (a draw column in runs.csv)",
      })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or this sweep to resume (default: out/sweep-<scenario>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS)
      .options(SHARD_OPTIONS),
  handler: async (args: SweepArgs) => {
    const execution = executionOf(args);
    if (!(DESIGNS as readonly string[]).includes(args.design))
      throw new UserError(`--design: expected one of ${DESIGNS.join(', ')}, got ${JSON.stringify(args.design)}`);
    checkCount('samples', args.samples, 1, LIMITS.samples);
    checkCount('levels', args.levels, 2, LIMITS.levels);
    checkCount('runs', args.runs, 1, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const specs = parseParams(args.param);
    const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
    const scenario = resolveScenario(args.scenario, sets);
    const posterior = args.posterior !== undefined ? loadPosterior(args.posterior) : undefined;
    if (posterior) {
      checkPosteriorOverlap(posterior, '--set', sets);
      checkPosteriorOverlap(
        posterior,
        '--param',
        specs.map((s) => s.path),
      );
    }
    const targets = args.targets ? resolveTargets(loadTargets(args.targets), scenario.startYear) : undefined;
    if (targets && scenario.steps < targets.horizon)
      throw new UserError(`the targets read step ${targets.horizon}, but the scenario runs ${scenario.steps} steps`);
    const sweepOptions = {
      design: args.design as DesignName,
      samples: args.samples,
      levels: args.levels,
      runs: args.runs,
      seed: args.seed,
      targets,
      posterior,
    };
    // Refused before the plan is made: a design past the limit would not fit in memory.
    checkJobs('this sweep', designSize(specs, args.design, args.samples, args.levels) * args.runs);
    if (execution.kind === 'shard') {
      checkMemory(
        [scenario, ...largestPopulation(scenario, specs)],
        args.workers ?? defaultWorkers(),
        args.memoryCheck,
      );
    }
    const { plan } = sweepPlan(scenario, specs, sweepOptions);
    const shard = await shardOrMergePlan(execution, 'sweep', args, [scenario], plan);
    if (shard.done) return;
    const output = await chooseOutput('sweep', args.out, defaultOut('sweep-', scenario.name), args.force, [
      args.scenario,
      args.targets,
      args.posterior,
    ]);
    try {
      const out = output.out;
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this sweep', designSize(specs, args.design, args.samples, args.levels) * args.runs);
      checkMemory([scenario, ...largestPopulation(scenario, specs)], workers, args.memoryCheck);
      let progress: Progress | undefined;
      const started = performance.now();
      const result = await runSweep(scenario, specs, out, {
        ...sweepOptions,
        workers,
        merged: shard.merged,
        onProgress: (done, total) => (progress ??= createProgress(total, 'sweep')).update(done),
        output,
      });
      progress?.stop();
      await writeExperimentManifest(out, 'sweep', {
        scenarios: [scenario],
        sets,
        seed: args.seed ?? scenario.seed,
        seeds: result.seeds,
        started,
        posterior: posterior && result.draws ? posteriorUse(posterior, result.draws) : undefined,
        details: { params: args.param, design: args.design, points: result.points.length, targets: args.targets },
      });
      const ran = result.records.length - result.resumed;
      console.log(
        `clustersim: ${result.points.length} points x ${args.runs} runs (${result.resumed} resumed, ${ran} run) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${SWEEP_FILES.join(', ')})`,
      );
    } finally {
      output.release();
    }
  },
};
