// clustersim sensitivity [scenario] --param path=min:max ... [--outcome density ...] [--method morris|sobol] [--runs 2]:
// Morris elementary effects (mu*, sigma; --trajectories, --levels) or Sobol indices (S1, ST, S2 with bootstrap
// intervals; --samples, --second-order, --effect POLICY.yaml for a policy effect) with replicate seeds at every point; a
// table and a chart; rerun to resume.
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import { executionOf, SHARD_OPTIONS, shardOrMergePlan, type ShardArgs } from '../shard-arg.js';
import {
  SENSITIVITY_FILES,
  formatMorrisTable,
  formatSobolTable,
  writeSensitivity,
  writeSobol,
} from '../../experiments/outputs.js';
import { SOBOL_FILES, runSobol, sobolPlan } from '../../experiments/sobol.js';
import { UserError } from '../../errors.js';
import { parseParams } from '../../experiments/params.js';
import { DEFAULT_OUTCOMES, checkOutcomes, morrisPlan, runSensitivity } from '../../experiments/sensitivity.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { ensembleSeeds } from '../../ensemble/compare.js';
import { writeExperimentManifest } from '../experiment-manifest.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { largestPopulation } from '../design-size.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';

export interface SensitivityArgs extends LimitArgs, ShardArgs {
  scenario?: string;
  param: string[];
  outcome?: string[];
  trajectories: number;
  levels: number;
  runs: number;
  workers?: number;
  seed?: number;
  steps?: number;
  set?: string[];
  out?: string;
  force?: boolean;
  method: string;
  samples: number;
  secondOrder: boolean;
  effect?: string;
  bootstrap: number;
}

export const SENSITIVITY_METHODS = ['morris', 'sobol'] as const;

export const sensitivityCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('param', { type: 'string', array: true, demandOption: true, describe: 'path=min:max (repeatable)' })
      .option('outcome', {
        type: 'string',
        array: true,
        describe: `outcome at the horizon (repeatable; default: ${DEFAULT_OUTCOMES.join(', ')})`,
      })
      .option('method', { type: 'string', default: 'morris', describe: `method: ${SENSITIVITY_METHODS.join(' | ')}` })
      .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories r (r (k + 1) points)' })
      .option('samples', {
        type: 'number',
        default: 64,
        describe: 'Sobol base sample N, a power of 2 (N (k + 2) points; N (2k + 2) with --second-order)',
      })
      .option('second-order', {
        type: 'boolean',
        default: false,
        describe: 'Sobol: also the indices of parameter pairs',
      })
      .option('effect', {
        type: 'string',
        describe:
          "Sobol: a policy scenario; the outcomes become its value minus the scenario's, paired by point and seed",
      })
      .option('bootstrap', { type: 'number', default: 1000, describe: 'Sobol: bootstrap resamples of the intervals' })
      .option('levels', { type: 'number', default: 4, describe: 'grid levels p (even)' })
      .option('runs', { type: 'number', default: 2, describe: 'seeds at every point' })
      .option('workers', {
        type: 'number',
        describe: 'threads that run simulations, this one included (default: all cores)',
      })
      .option('seed', { type: 'number', describe: "base seed of the runs and of the design (default: the scenario's)" })
      .option('steps', { type: 'number', describe: "override the scenario's steps" })
      .option('set', { type: 'string', array: true, describe: 'override a parameter at every point: path=value' })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or this analysis to resume (default: out/sensitivity-<scenario>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS)
      .options(SHARD_OPTIONS),
  handler: async (args: SensitivityArgs) => {
    if (!(SENSITIVITY_METHODS as readonly string[]).includes(args.method)) {
      throw new UserError(
        `--method: expected one of ${SENSITIVITY_METHODS.join(', ')}, got ${JSON.stringify(args.method)}`,
      );
    }
    if (args.method === 'sobol') return sobolHandler(args);
    if (args.effect !== undefined || args.secondOrder)
      throw new UserError('--effect and --second-order go with --method sobol');
    checkCount('trajectories', args.trajectories, 1, LIMITS.trajectories);
    checkCount('levels', args.levels, 2, LIMITS.levels);
    checkCount('runs', args.runs, 1, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const specs = parseParams(args.param);
    if (args.outcome) checkOutcomes(args.outcome);
    const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
    const scenario = resolveScenario(args.scenario, sets);
    const morrisOptions = {
      outcomes: args.outcome,
      trajectories: args.trajectories,
      levels: args.levels,
      runs: args.runs,
      seed: args.seed,
    };
    const execution = executionOf(args);
    // Refused before the plan is made: a design past the limit would not fit in memory.
    checkJobs('this analysis', args.trajectories * (specs.length + 1) * args.runs);
    if (execution.kind === 'shard') {
      checkMemory(
        [scenario, ...largestPopulation(scenario, specs)],
        args.workers ?? defaultWorkers(),
        args.memoryCheck,
      );
    }
    const shard = await shardOrMergePlan(
      execution,
      'sensitivity',
      args,
      [scenario],
      morrisPlan(scenario, specs, morrisOptions).plan,
    );
    if (shard.done) return;
    const output = await chooseOutput('sensitivity', args.out, defaultOut('sensitivity-', scenario.name), args.force, [
      args.scenario,
    ]);
    try {
      const out = output.out;
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this analysis', args.trajectories * (specs.length + 1) * args.runs);
      checkMemory([scenario, ...largestPopulation(scenario, specs)], workers, args.memoryCheck);
      let progress: Progress | undefined;
      const started = performance.now();
      const result = await runSensitivity(scenario, specs, out, {
        ...morrisOptions,
        workers,
        merged: shard.merged,
        output,
        onProgress: (done, total) => (progress ??= createProgress(total, 'sensitivity')).update(done),
      });
      progress?.stop();
      await writeSensitivity(out, result);
      const seed = args.seed ?? scenario.seed;
      await writeExperimentManifest(out, 'sensitivity', {
        scenarios: [scenario],
        sets,
        seed,
        seeds: ensembleSeeds(seed, result.runs),
        started,
        details: {
          method: 'morris',
          params: args.param,
          outcomes: args.outcome,
          trajectories: args.trajectories,
          levels: args.levels,
        },
      });
      process.stdout.write(formatMorrisTable(result));
      console.log(
        `clustersim: ${result.points} points x ${result.runs} runs (${result.resumed} resumed) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${SENSITIVITY_FILES.join(', ')})`,
      );
    } finally {
      output.release();
    }
  },
};

/** --method sobol: Saltelli design, Sobol indices with bootstrap intervals, of outcomes or of a policy effect. */
async function sobolHandler(args: SensitivityArgs): Promise<void> {
  checkCount('samples', args.samples, 2, LIMITS.samples);
  checkCount('runs', args.runs, 1, LIMITS.runs);
  checkCount('bootstrap', args.bootstrap, 10, 100_000);
  checkWorkers(args.workers, args.oversubscribe);
  if ((args.samples & (args.samples - 1)) !== 0) {
    throw new UserError(
      `--samples: a Sobol sequence is balanced at powers of 2; use ${2 ** Math.ceil(Math.log2(args.samples))}, not ${args.samples}`,
    );
  }
  const specs = parseParams(args.param);
  if (args.outcome) checkOutcomes(args.outcome);
  const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
  const scenario = resolveScenario(args.scenario, sets);
  const effect = args.effect !== undefined ? resolveScenario(args.effect, sets) : undefined;
  const name = effect ? `${scenario.name}-${effect.name}` : scenario.name;
  const sobolOptions = {
    outcomes: args.outcome,
    samples: args.samples,
    secondOrder: args.secondOrder,
    runs: args.runs,
    seed: args.seed,
    bootstrap: args.bootstrap,
    effect,
  };
  const execution = executionOf(args);
  // Refused before the plan is made: a design past the limit would not fit in memory.
  const k = specs.length;
  checkJobs('this analysis', args.samples * (args.secondOrder ? 2 * k + 2 : k + 2) * args.runs * (effect ? 2 : 1));
  if (execution.kind === 'shard') {
    checkMemory(
      [scenario, ...(effect ? [effect] : []), ...largestPopulation(scenario, specs)],
      args.workers ?? defaultWorkers(),
      args.memoryCheck,
    );
  }
  const shard = await shardOrMergePlan(
    execution,
    'sensitivity',
    args,
    effect ? [scenario, effect] : [scenario],
    sobolPlan(scenario, specs, sobolOptions).plan,
  );
  if (shard.done) return;
  const output = await chooseOutput('sensitivity', args.out, defaultOut('sobol-', name), args.force, [
    args.scenario,
    args.effect,
  ]);
  try {
    const out = output.out;
    const workers = args.workers ?? defaultWorkers();
    const k = specs.length;
    checkJobs('this analysis', args.samples * (args.secondOrder ? 2 * k + 2 : k + 2) * args.runs * (effect ? 2 : 1));
    checkMemory(
      [scenario, ...(effect ? [effect] : []), ...largestPopulation(scenario, specs)],
      workers,
      args.memoryCheck,
    );
    let progress: Progress | undefined;
    const started = performance.now();
    const result = await runSobol(scenario, specs, out, {
      ...sobolOptions,
      workers,
      merged: shard.merged,
      output,
      onProgress: (done, total) => (progress ??= createProgress(total, 'sobol')).update(done),
    });
    progress?.stop();
    await writeSobol(out, result);
    const seed = args.seed ?? scenario.seed;
    await writeExperimentManifest(out, 'sensitivity', {
      scenarios: effect ? [scenario, effect] : [scenario],
      sets,
      seed,
      seeds: ensembleSeeds(seed, result.runs),
      started,
      details: {
        method: 'sobol',
        params: args.param,
        outcomes: args.outcome,
        samples: args.samples,
        secondOrder: args.secondOrder,
        bootstrap: args.bootstrap,
      },
    });
    process.stdout.write(formatSobolTable(result));
    console.log(
      `clustersim: ${result.points} points x ${result.runs} runs (${result.resumed} resumed) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${SOBOL_FILES.filter((f) => result.pairs.length > 0 || f !== 'sobol-second-order.csv').join(', ')})`,
    );
  } finally {
    output.release();
  }
}
