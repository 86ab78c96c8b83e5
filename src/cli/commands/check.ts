// clustersim check [scenario] --targets FILE [--runs 10] [--set path=value] [--out DIR]: the scenario over N seeds against the
// paper's observed figures: observed, simulated mean and 95% interval, tolerance, pass or fail; writes the table and a chart.
import type { Argv } from 'yargs';
import { checkTargets } from '../../experiments/check.js';
import { CHECK_FILES, formatCheckTable, writeCheck } from '../../experiments/check-output.js';
import { loadTargets } from '../../experiments/targets/load.js';
import { resolveTargets } from '../../experiments/targets/resolve.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { UserError } from '../errors.js';
import { failWith } from '../exit-status.js';
import { createProgress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';

export interface CheckArgs {
  scenario?: string;
  targets: string;
  runs: number;
  workers?: number;
  seed?: number;
  set?: string[];
  out?: string;
}

export function checkCount(name: string, value: number | undefined, min: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UserError(`--${name}: expected an integer >= ${min}, got ${value}`);
}

export const checkCommand = {
  command: 'check [scenario]',
  describe: 'Check a scenario (or the built-in default) against observed targets over N seeds: pass or fail per target (exit 1 if any fails)',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file; none: the built-in default' })
      .option('targets', { type: 'string', demandOption: true, describe: 'targets file, e.g. scenarios/targets/korea-2005-2010.yaml' })
      .option('runs', { type: 'number', default: 10, describe: 'runs (seeds)' })
      .option('workers', { type: 'number', describe: 'threads that run simulations, this one included (default: all cores)' })
      .option('seed', { type: 'number', describe: 'base seed (default: the scenario\'s)' })
      .option('set', { type: 'string', array: true, describe: 'override a parameter: path=value (repeatable)' })
      .option('out', { type: 'string', describe: 'output folder (default: out/check-<targets>)' }),
  handler: async (args: CheckArgs) => {
    checkCount('runs', args.runs, 2);
    checkCount('workers', args.workers, 1);
    const scenario = resolveScenario(args.scenario, args.set ?? []);
    const targets = resolveTargets(loadTargets(args.targets), scenario.startYear);
    if (scenario.steps < targets.horizon) {
      throw new UserError(`the targets read step ${targets.horizon}, but ${scenario.name} runs ${scenario.steps} steps: raise steps (--set steps=${targets.horizon})`);
    }
    const workers = args.workers ?? defaultWorkers();
    const progress = createProgress(args.runs, 'check');
    const started = performance.now();
    const result = await checkTargets(scenario, targets, { runs: args.runs, seed: args.seed, workers, onProgress: (done) => progress.update(done) });
    progress.stop();
    const out = args.out ?? `out/check-${targets.name}`;
    await writeCheck(out, result);
    process.stdout.write(formatCheckTable(result));
    console.log(`clustersim: ${args.runs} runs on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${CHECK_FILES.join(', ')})`);
    const failed = result.rows.filter((row) => !row.pass).length;
    if (failed > 0) {
      console.log(`clustersim: ${failed} of ${result.rows.length} targets failed`);
      failWith(1);
    }
  },
};
