// clustersim sensitivity [scenario] --param path=min:max ... [--outcome density ...] [--trajectories 10] [--levels 4]
// [--runs 2]: Morris elementary effects (mu*, sigma) with replicate seeds at every point; a table and a chart; rerun to
// resume.
import type { Argv } from 'yargs';
import { SENSITIVITY_FILES, formatMorrisTable, writeSensitivity } from '../../experiments/outputs.js';
import { parseParams } from '../../experiments/params.js';
import { DEFAULT_OUTCOMES, checkOutcomes, runSensitivity } from '../../experiments/sensitivity.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { largestPopulation } from '../design-size.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';

export interface SensitivityArgs extends LimitArgs {
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
}

export const sensitivityCommand = {
  command: 'sensitivity [scenario]',
  describe: 'Morris elementary effects of parameters on outcomes (mu*, sigma), with replicate seeds; resumable',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('param', { type: 'string', array: true, demandOption: true, describe: 'path=min:max (repeatable)' })
      .option('outcome', {
        type: 'string',
        array: true,
        describe: `outcome at the horizon (repeatable; default: ${DEFAULT_OUTCOMES.join(', ')})`,
      })
      .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories r (r (k + 1) points)' })
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
      .options(LIMIT_OPTIONS),
  handler: async (args: SensitivityArgs) => {
    checkCount('trajectories', args.trajectories, 1, LIMITS.trajectories);
    checkCount('levels', args.levels, 2, LIMITS.levels);
    checkCount('runs', args.runs, 1, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const specs = parseParams(args.param);
    if (args.outcome) checkOutcomes(args.outcome);
    const scenario = resolveScenario(args.scenario, [
      ...(args.set ?? []),
      ...(args.steps !== undefined ? [`steps=${args.steps}`] : []),
    ]);
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
        outcomes: args.outcome,
        trajectories: args.trajectories,
        levels: args.levels,
        runs: args.runs,
        seed: args.seed,
        workers,
        output,
        onProgress: (done, total) => (progress ??= createProgress(total, 'sensitivity')).update(done),
      });
      progress?.stop();
      await writeSensitivity(out, result);
      process.stdout.write(formatMorrisTable(result));
      console.log(
        `clustersim: ${result.points} points x ${result.runs} runs (${result.resumed} resumed) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${SENSITIVITY_FILES.join(', ')})`,
      );
    } finally {
      output.release();
    }
  },
};
