// clustersim compare A.yaml B.yaml ... [--runs 30] [--workers N] [--seed S] [--out DIR]: scenarios over the same seeds,
// with CIs.
import type { Argv } from 'yargs';
import { compareChartSpecs } from '../../charts/compare-charts.js';
import { chartFiles } from '../../charts/stringify.js';
import { compareScenarios } from '../../ensemble/compare.js';
import { formatCompareTable } from '../../ensemble/format-table.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { writeCompare } from '../../ensemble/write-compare.js';
import { createProgress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import { joinSlugs } from '../../output/slug.js';

export interface CompareArgs extends LimitArgs {
  scenarios: string[];
  runs: number;
  workers?: number;
  seed?: number;
  steps?: number;
  out?: string;
  set?: string[];
  force?: boolean;
}

export const compareCommand = {
  command: 'compare <scenarios..>',
  describe: 'Compare scenarios over the same seeds: mean and 95% CI per outcome, and differences to the first',
  builder: (y: Argv) =>
    y
      .positional('scenarios', { type: 'string', array: true, describe: 'scenario files; the first is the reference' })
      .option('runs', { type: 'number', default: 30, describe: 'runs per scenario' })
      .option('workers', {
        type: 'number',
        describe: 'threads that run simulations, this one included (default: all cores)',
      })
      .option('seed', { type: 'number', describe: "base seed of the ensemble (default: the first scenario's)" })
      .option('steps', { type: 'number', describe: "override every scenario's steps" })
      .option('set', { type: 'string', array: true, describe: 'override a parameter in every scenario: path=value' })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a comparison clustersim wrote (default: out/compare-<names>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS),
  handler: async (args: CompareArgs) => {
    checkCount('runs', args.runs, 2, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
    const scenarios = args.scenarios.map((file) => resolveScenario(file, sets));
    const output = await chooseOutput(
      'compare',
      args.out,
      defaultOut('compare-', joinSlugs(scenarios.map((s) => s.name))),
      args.force,
      args.scenarios,
    );
    try {
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this comparison', scenarios.length * args.runs);
      checkMemory(scenarios, Math.min(workers, scenarios.length * args.runs), args.memoryCheck);
      const progress = createProgress(scenarios.length * args.runs, 'compare');
      const started = performance.now();
      const result = await compareScenarios(scenarios, {
        runs: args.runs,
        seed: args.seed,
        workers,
        onProgress: (done) => progress.update(done),
      });
      progress.stop();
      const out = output.out;
      await writeCompare(out, result, chartFiles(compareChartSpecs(result, result.series, result.snapshots)), output);
      process.stdout.write(formatCompareTable(result));
      console.log(
        `clustersim: ${scenarios.length} scenarios x ${args.runs} runs on ${workers} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${out}/`,
      );
      console.log(
        `  chart specs in ${out}/charts/: clustersim plot ${out} renders them, clustersim report ${out} writes report.html`,
      );
    } finally {
      output.release();
    }
  },
};
