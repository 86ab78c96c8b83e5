// clustersim compare A.yaml B.yaml ... [--runs 30] [--workers N] [--seed S] [--out DIR] [--posterior FILE]
// [--adjust holm|bh|none] [--outcomes a,b]: scenarios over the same seeds (and posterior draws), with CIs and adjusted
// paired tests of their differences to the first.
import type { Argv } from 'yargs';
import { compareChartSpecs } from '../../charts/compare-charts.js';
import { chartFiles } from '../../charts/stringify.js';
import { checkOutcomeNames, compareJobs, compareScenarios, summarizeComparison } from '../../ensemble/compare.js';
import { executionOf, SHARD_OPTIONS, shardOrMergeJobs, type ShardArgs } from '../shard-arg.js';
import { formatCompareTable } from '../../ensemble/format-table.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { checkPosteriorOverlap, loadPosterior } from '../../ensemble/posterior.js';
import { writeCompare } from '../../ensemble/write-compare.js';
import { UserError } from '../../errors.js';
import { buildCommandManifest, manifestText } from '../../output/manifest.js';
import { scenarioLabel } from '../../scenario/label.js';
import { ADJUSTMENTS, type Adjustment } from '../../stats/adjust.js';
import { createProgress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { provenance } from '../invocation.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import { joinSlugs } from '../../output/slug.js';
import type { CommandBody } from './index.js';

export interface CompareArgs extends LimitArgs, ShardArgs {
  scenarios: string[];
  runs: number;
  workers?: number;
  seed?: number;
  steps?: number;
  out?: string;
  set?: string[];
  force?: boolean;
  posterior?: string;
  adjust: string;
  outcomes?: string[];
}

/** The names of a repeatable, comma-separated option (--outcomes a,b --outcomes c), or undefined when not given. */
export function listOption(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return values
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export function checkAdjustment(value: string): Adjustment {
  if (!(ADJUSTMENTS as readonly string[]).includes(value))
    throw new UserError(`--adjust: expected one of ${ADJUSTMENTS.join(', ')}, got ${JSON.stringify(value)}`);
  return value as Adjustment;
}

/** The options of an ensemble over several scenarios that compare and robustness share, in --help order. */
export const ENSEMBLE_OPTIONS = {
  workers: { type: 'number', describe: 'threads that run simulations, this one included (default: all cores)' },
  seed: { type: 'number', describe: "base seed of the ensemble (default: the first scenario's)" },
  steps: { type: 'number', describe: "override every scenario's steps" },
  set: { type: 'string', array: true, describe: 'override a parameter in every scenario: path=value' },
} as const;

export const compareCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenarios', { type: 'string', array: true, describe: 'scenario files; the first is the reference' })
      .option('runs', { type: 'number', default: 30, describe: 'runs per scenario' })
      .options(ENSEMBLE_OPTIONS)
      .option('posterior', {
        type: 'string',
        describe:
          "posterior sample (calibrate's accepted.csv): run k of every scenario takes the same seeded draw of its parameters; adds each difference's sign share, 'not robust' below 0.9",
      })
      .option('adjust', {
        type: 'string',
        default: 'holm',
        describe: `adjustment of the p-values over every difference tested: ${ADJUSTMENTS.join(' | ')} (holm: family-wise error; bh: Benjamini-Hochberg, false discovery rate)`,
      })
      .option('outcomes', {
        type: 'string',
        array: true,
        describe: 'the outcomes of interest, e.g. density,meanSatisfaction: only these are reported and tested',
      })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a comparison clustersim wrote (default: out/compare-<names>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS)
      .options(SHARD_OPTIONS),
  handler: async (args: CompareArgs) => {
    const execution = executionOf(args);
    checkCount('runs', args.runs, 2, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const adjust = checkAdjustment(args.adjust);
    const outcomes = listOption(args.outcomes);
    if (outcomes) checkOutcomeNames(outcomes);
    const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
    const scenarios = args.scenarios.map((file) => resolveScenario(file, sets));
    const labels = scenarios.map((s) => scenarioLabel(s.name, sets));
    const posterior = args.posterior !== undefined ? loadPosterior(args.posterior) : undefined;
    if (posterior) checkPosteriorOverlap(posterior, '--set', sets);
    const compareOptions = { runs: args.runs, seed: args.seed, posterior, adjust, outcomes, labels };
    // Refused before the plan is made: a design past the limit would not fit in memory.
    checkJobs('this comparison', scenarios.length * args.runs);
    if (execution.kind === 'shard') {
      checkMemory(
        scenarios,
        Math.min(args.workers ?? defaultWorkers(), scenarios.length * args.runs),
        args.memoryCheck,
      );
    }
    const shard = await shardOrMergeJobs(
      execution,
      'compare',
      args,
      scenarios,
      compareJobs(scenarios, compareOptions).jobs,
      ['outcomes', 'rows', 'snapshot'],
    );
    if (shard.done) return;
    const output = await chooseOutput(
      'compare',
      args.out,
      defaultOut('compare-', joinSlugs(scenarios.map((s) => s.name))),
      args.force,
      [...args.scenarios, args.posterior],
    );
    try {
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this comparison', scenarios.length * args.runs);
      checkMemory(scenarios, Math.min(workers, scenarios.length * args.runs), args.memoryCheck);
      const progress = createProgress(scenarios.length * args.runs, 'compare');
      const started = performance.now();
      const result = shard.results
        ? summarizeComparison(scenarios, shard.results, compareOptions)
        : await compareScenarios(scenarios, {
            ...compareOptions,
            workers,
            onProgress: (done) => progress.update(done),
          });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      const out = output.out;
      const manifest = buildCommandManifest({
        command: 'compare',
        scenarios: scenarios.map((scenario, k) => ({ scenario, label: result.scenarios[k] })),
        seed: args.seed ?? scenarios[0].seed,
        seeds: result.seeds,
        wallTimeSeconds: seconds,
        provenance: provenance(sets),
        posterior: result.posterior
          ? {
              file: result.posterior.file,
              sha256: result.posterior.sha256,
              draws: result.posterior.draws,
              paths: result.posterior.paths,
              perRun: result.posterior.perRun,
            }
          : undefined,
        details: {
          runs: args.runs,
          adjust,
          alpha: result.alpha,
          tests: result.tests,
          ...(outcomes ? { outcomesOfInterest: result.outcomesOfInterest } : {}),
          warnings: result.warnings,
        },
      });
      await writeCompare(
        out,
        result,
        {
          ...chartFiles(compareChartSpecs(result, result.series, result.snapshots)),
          'manifest.json': manifestText(manifest),
        },
        output,
      );
      process.stdout.write(formatCompareTable(result));
      console.log(
        `clustersim: ${scenarios.length} scenarios x ${args.runs} runs on ${workers} worker(s) in ${seconds.toFixed(1)} s; wrote ${out}/`,
      );
      console.log(
        `  chart specs in ${out}/charts/: clustersim plot ${out} renders them, clustersim report ${out} writes report.html`,
      );
    } finally {
      output.release();
    }
  },
};
