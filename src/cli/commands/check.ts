// clustersim check [scenario] --targets FILE [--runs 10] [--set path=value] [--out DIR]: the scenario over N seeds
// against the paper's observed figures: observed, simulated mean and 95% interval, tolerance, pass or fail; writes the
// table and a chart.
import type { Argv } from 'yargs';
import { checkTargets, isTest } from '../../experiments/check.js';
import { CHECK_FILES, formatCheckTable, writeCheck } from '../../experiments/check-output.js';
import { loadTargets } from '../../experiments/targets/load.js';
import { resolveTargets } from '../../experiments/targets/resolve.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { UserError } from '../../errors.js';
import { failWith } from '../exit-status.js';
import { createProgress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { checkCount, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';

export interface CheckArgs extends LimitArgs {
  scenario?: string;
  targets: string;
  runs: number;
  workers?: number;
  seed?: number;
  set?: string[];
  out?: string;
  force?: boolean;
}

export const checkCommand = {
  command: 'check [scenario]',
  describe:
    'Check a scenario (or the built-in default) against observed targets over N seeds: pass or fail per fitted and held-out target, inputs shown apart (exit 1 if a fitted or held-out target fails)',
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
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a check clustersim wrote (default: out/check-<targets>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS),
  handler: async (args: CheckArgs) => {
    checkCount('runs', args.runs, 2, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const scenario = resolveScenario(args.scenario, args.set ?? []);
    const targets = resolveTargets(loadTargets(args.targets), scenario.startYear);
    if (scenario.steps < targets.horizon) {
      throw new UserError(
        `the targets read step ${targets.horizon}, but ${scenario.name} runs ${scenario.steps} steps: raise steps (--set steps=${targets.horizon})`,
      );
    }
    const output = await chooseOutput('check', args.out, defaultOut('check-', targets.name), args.force, [
      args.scenario,
      args.targets,
    ]);
    try {
      const workers = args.workers ?? defaultWorkers();
      checkMemory([scenario], Math.min(workers, args.runs), args.memoryCheck);
      const progress = createProgress(args.runs, 'check');
      const started = performance.now();
      const result = await checkTargets(scenario, targets, {
        runs: args.runs,
        seed: args.seed,
        workers,
        onProgress: (done) => progress.update(done),
      });
      progress.stop();
      const out = output.out;
      await writeCheck(out, result, output);
      process.stdout.write(formatCheckTable(result));
      console.log(
        `clustersim: ${args.runs} runs on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/ (${CHECK_FILES.join(', ')})`,
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
