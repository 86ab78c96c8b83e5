// clustersim calibrate [scenario] --targets FILE --param path=min:max ... [--samples 60] [--runs 2] [--accept 0.1]
// [--out DIR]: simulated minimum distance and rejection ABC over a Latin hypercube, in parallel and resumable; writes
// the best set, the accepted sample and the fit table.
import type { Argv } from 'yargs';
import { executionOf, SHARD_OPTIONS, shardOrMergePlan, type ShardArgs } from '../shard-arg.js';
import { calibrationPlan, runCalibration } from '../../experiments/calibrate.js';
import { CALIBRATION_FILES, formatFitTable, writeCalibration } from '../../experiments/outputs.js';
import { parseParams } from '../../experiments/params.js';
import { loadTargets } from '../../experiments/targets/load.js';
import { fittedTargets, resolveTargets } from '../../experiments/targets/resolve.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { ensembleSeeds } from '../../ensemble/compare.js';
import { writeExperimentManifest } from '../experiment-manifest.js';
import { UserError } from '../../errors.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { largestPopulation } from '../design-size.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import type { CommandBody } from './index.js';

export interface CalibrateArgs extends LimitArgs, ShardArgs {
  scenario?: string;
  targets: string;
  param: string[];
  samples: number;
  runs: number;
  accept: number;
  workers?: number;
  seed?: number;
  set?: string[];
  only?: string[];
  out?: string;
  force?: boolean;
}

export const calibrateCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('targets', {
        type: 'string',
        demandOption: true,
        describe: 'targets file, e.g. scenarios/targets/korea-2005-2010.yaml',
      })
      .option('param', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'path=min:max to fit (repeatable)',
      })
      .option('samples', { type: 'number', default: 60, describe: 'points of the Latin hypercube' })
      .option('runs', { type: 'number', default: 2, describe: 'seeds at every point' })
      .option('accept', { type: 'number', default: 0.1, describe: 'share of points accepted, the closest first' })
      .option('workers', {
        type: 'number',
        describe: 'threads that run simulations, this one included (default: all cores)',
      })
      .option('seed', { type: 'number', describe: "base seed of the runs and of the design (default: the scenario's)" })
      .option('set', { type: 'string', array: true, describe: 'override a parameter at every point: path=value' })
      .option('only', {
        type: 'string',
        array: true,
        describe:
          'fit only the fitted targets whose id starts with one of these (repeatable); inputs and held-out targets are never fitted',
      })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or this calibration to resume (default: out/calibrate-<targets>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS)
      .options(SHARD_OPTIONS),
  handler: async (args: CalibrateArgs) => {
    const execution = executionOf(args);
    checkCount('samples', args.samples, 2, LIMITS.samples);
    checkCount('runs', args.runs, 1, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    if (!(args.accept > 0 && args.accept <= 1))
      throw new UserError(`--accept: expected a share in (0, 1], got ${args.accept}`);
    const specs = parseParams(args.param);
    const sets = args.set ?? [];
    const scenario = resolveScenario(args.scenario, sets);
    const all = resolveTargets(loadTargets(args.targets), scenario.startYear);
    const targets = fittedTargets(all, args.only, args.targets);
    if (scenario.steps < targets.horizon)
      throw new UserError(`the targets read step ${targets.horizon}, but the scenario runs ${scenario.steps} steps`);
    const calibrateOptions = {
      only: args.only,
      targetsFile: args.targets,
      samples: args.samples,
      runs: args.runs,
      accept: args.accept,
      seed: args.seed,
    };
    // Refused before the plan is made: a design past the limit would not fit in memory.
    checkJobs('this calibration', args.samples * args.runs);
    if (execution.kind === 'shard') {
      checkMemory(
        [scenario, ...largestPopulation(scenario, specs)],
        args.workers ?? defaultWorkers(),
        args.memoryCheck,
      );
    }
    // One round of rejection: every point of the design is independent of the others, so the runs shard like a sweep's.
    const { plan } = calibrationPlan(scenario, all, specs, calibrateOptions);
    const shard = await shardOrMergePlan(execution, 'calibrate', args, [scenario], plan);
    if (shard.done) return;
    const output = await chooseOutput('calibrate', args.out, defaultOut('calibrate-', targets.name), args.force, [
      args.scenario,
      args.targets,
    ]);
    try {
      const out = output.out;
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this calibration', args.samples * args.runs);
      checkMemory([scenario, ...largestPopulation(scenario, specs)], workers, args.memoryCheck);
      let progress: Progress | undefined;
      const started = performance.now();
      const result = await runCalibration(scenario, all, specs, out, {
        ...calibrateOptions,
        workers,
        merged: shard.merged,
        output,
        onProgress: (done, total) => (progress ??= createProgress(total, 'calibrate')).update(done),
      });
      progress?.stop();
      await writeCalibration(out, result);
      const seed = args.seed ?? scenario.seed;
      await writeExperimentManifest(out, 'calibrate', {
        scenarios: [scenario],
        sets,
        seed,
        seeds: ensembleSeeds(seed, result.runs),
        started,
        details: {
          params: args.param,
          samples: args.samples,
          accept: args.accept,
          targetsFile: args.targets,
          only: args.only,
        },
      });
      process.stdout.write(formatFitTable(result));
      console.log(
        `clustersim: ${result.points.length} points x ${result.runs} runs (${result.resumed} resumed) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${CALIBRATION_FILES.join(', ')})`,
      );
    } finally {
      output.release();
    }
  },
};
