// clustersim sensitivity [scenario] --param path=min:max ... [--outcome density ...] [--trajectories 10] [--levels 4] [--runs 2]:
// Morris elementary effects (mu*, sigma) with replicate seeds at every point; a table and a chart; rerun to resume.
import type { Argv } from 'yargs';
import { SENSITIVITY_FILES, formatMorrisTable, writeSensitivity } from '../../experiments/outputs.js';
import { parseParams } from '../../experiments/params.js';
import { DEFAULT_OUTCOMES, checkOutcomes, runSensitivity } from '../../experiments/sensitivity.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { createProgress, type Progress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { checkCount } from './check.js';

export interface SensitivityArgs {
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
}

export const sensitivityCommand = {
  command: 'sensitivity [scenario]',
  describe: 'Morris elementary effects of parameters on outcomes (mu*, sigma), with replicate seeds; resumable',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('param', { type: 'string', array: true, demandOption: true, describe: 'path=min:max (repeatable)' })
      .option('outcome', { type: 'string', array: true, describe: `outcome at the horizon (repeatable; default: ${DEFAULT_OUTCOMES.join(', ')})` })
      .option('trajectories', { type: 'number', default: 10, describe: 'Morris trajectories r (r (k + 1) points)' })
      .option('levels', { type: 'number', default: 4, describe: 'grid levels p (even)' })
      .option('runs', { type: 'number', default: 2, describe: 'seeds at every point' })
      .option('workers', { type: 'number', describe: 'threads that run simulations, this one included (default: all cores)' })
      .option('seed', { type: 'number', describe: 'base seed of the runs and of the design (default: the scenario\'s)' })
      .option('steps', { type: 'number', describe: 'override the scenario\'s steps' })
      .option('set', { type: 'string', array: true, describe: 'override a parameter at every point: path=value' })
      .option('out', { type: 'string', describe: 'output folder (default: out/sensitivity-<scenario>)' }),
  handler: async (args: SensitivityArgs) => {
    checkCount('trajectories', args.trajectories, 1);
    checkCount('levels', args.levels, 2);
    checkCount('runs', args.runs, 1);
    checkCount('workers', args.workers, 1);
    const specs = parseParams(args.param);
    if (args.outcome) checkOutcomes(args.outcome);
    const scenario = resolveScenario(args.scenario, [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])]);
    const out = args.out ?? `out/sensitivity-${scenario.name}`;
    const workers = args.workers ?? defaultWorkers();
    let progress: Progress | undefined;
    const started = performance.now();
    const result = await runSensitivity(scenario, specs, out, {
      outcomes: args.outcome, trajectories: args.trajectories, levels: args.levels, runs: args.runs, seed: args.seed, workers,
      onProgress: (done, total) => (progress ??= createProgress(total, 'sensitivity')).update(done),
    });
    progress?.stop();
    await writeSensitivity(out, result);
    process.stdout.write(formatMorrisTable(result));
    console.log(`clustersim: ${result.points} points x ${result.runs} runs (${result.resumed} resumed) on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${SENSITIVITY_FILES.join(', ')})`);
  },
};
