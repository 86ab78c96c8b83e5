// clustersim robustness REF.yaml POLICY.yaml ... --vary path=v1,v2,... [--vary ...] [--runs 10] [--outcomes a,b]
// [--posterior FILE] [--out DIR]: the comparison run again at every value of each assumed parameter (one varied at a
// time, same seeds), and whether each difference's sign holds across the values.
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import { robustnessChartSpecs } from '../../charts/robustness.js';
import { chartFiles } from '../../charts/stringify.js';
import { checkOutcomeNames } from '../../ensemble/compare.js';
import { defaultWorkers } from '../../ensemble/pool.js';
import { checkPosteriorOverlap, loadPosterior } from '../../ensemble/posterior.js';
import { assumptionSweep, parseAssumption } from '../../ensemble/robustness.js';
import { formatRobustness, robustnessFiles } from '../../ensemble/write-robustness.js';
import { UserError } from '../../errors.js';
import { ScenarioError } from '../../scenario/problems.js';
import type { Scenario } from '../../scenario/schema.js';
import { writeFolderAtomically } from '../../output/atomic.js';
import { buildCommandManifest, manifestText } from '../../output/manifest.js';
import { joinSlugs } from '../../output/slug.js';
import { scenarioLabel } from '../../scenario/label.js';
import { provenance } from '../invocation.js';
import { checkCount, checkJobs, checkMemory, checkWorkers, LIMIT_OPTIONS, LIMITS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import { createProgress } from '../progress.js';
import { resolveScenario } from '../scenario-arg.js';
import { checkAdjustment, ENSEMBLE_OPTIONS, listOption } from './compare.js';

export interface RobustnessArgs extends LimitArgs {
  scenarios: string[];
  vary: string[];
  runs: number;
  workers?: number;
  seed?: number;
  steps?: number;
  set?: string[];
  posterior?: string;
  adjust: string;
  outcomes?: string[];
  out?: string;
  force?: boolean;
}

export const robustnessCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenarios', { type: 'string', array: true, describe: 'scenario files; the first is the reference' })
      .option('vary', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'an assumed parameter and its values, path=a,b,c (repeatable; each is varied alone)',
      })
      .option('runs', { type: 'number', default: 10, describe: 'runs per scenario and value' })
      .options(ENSEMBLE_OPTIONS)
      .option('posterior', {
        type: 'string',
        describe: "posterior sample (calibrate's accepted.csv): run k of every scenario takes the same draw",
      })
      .option('adjust', { type: 'string', default: 'holm', describe: 'adjustment of the p-values at each value' })
      .option('outcomes', {
        type: 'string',
        array: true,
        describe: 'the outcomes of interest, e.g. density,meanSatisfaction (default: every compared outcome)',
      })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a robustness folder clustersim wrote (default: out/robustness-<names>)',
      })
      .option('force', forceOption)
      .options(LIMIT_OPTIONS),
  handler: async (args: RobustnessArgs) => {
    checkCount('runs', args.runs, 2, LIMITS.runs);
    checkWorkers(args.workers, args.oversubscribe);
    const adjust = checkAdjustment(args.adjust);
    const outcomes = listOption(args.outcomes);
    if (outcomes) checkOutcomeNames(outcomes);
    if (args.scenarios.length < 2) throw new UserError('robustness: give a reference scenario and at least one policy');
    const assumptions = args.vary.map((text) => parseAssumption(text));
    const sets = [...(args.set ?? []), ...(args.steps !== undefined ? [`steps=${args.steps}`] : [])];
    const varied = assumptions.map((a) => a.path);
    const clash = sets.find((s) => varied.includes(s.slice(0, s.indexOf('=')).trim()));
    if (clash) throw new UserError(`--set ${clash}: this parameter is also varied by --vary`);
    const build = (extra: readonly string[]) =>
      args.scenarios.map((file) => resolveScenario(file, [...sets, ...extra]));
    const scenarios = build([]);
    for (const a of assumptions) for (const v of a.values) checkValue(build, a.path, v);
    const labels = scenarios.map((s) => scenarioLabel(s.name, sets));
    const posterior = args.posterior !== undefined ? loadPosterior(args.posterior) : undefined;
    if (posterior) {
      checkPosteriorOverlap(posterior, '--set', sets);
      checkPosteriorOverlap(
        posterior,
        '--vary',
        varied.map((p) => `${p}=0`),
      );
    }
    const values = assumptions.reduce((n, a) => n + a.values.length, 0);
    const total = values * scenarios.length * args.runs;
    const output = await chooseOutput(
      'robustness',
      args.out,
      defaultOut('robustness-', joinSlugs(scenarios.map((s) => s.name))),
      args.force,
      [...args.scenarios, args.posterior],
    );
    try {
      const workers = args.workers ?? defaultWorkers();
      checkJobs('this robustness check', total);
      checkMemory(scenarios, Math.min(workers, scenarios.length * args.runs), args.memoryCheck);
      const progress = createProgress(total, 'robustness');
      const started = performance.now();
      const perCompare = scenarios.length * args.runs;
      let before = 0;
      const result = await assumptionSweep(build, assumptions, {
        runs: args.runs,
        seed: args.seed,
        workers,
        posterior,
        adjust,
        outcomes,
        labels,
        onProgress: (done) => progress.update(before + done),
        onCompare: (done) => {
          before = done * perCompare;
        },
      });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      const manifest = buildCommandManifest({
        command: 'robustness',
        scenarios: scenarios.map((scenario, k) => ({ scenario, label: result.scenarios[k] })),
        seed: args.seed ?? scenarios[0].seed,
        seeds: [],
        wallTimeSeconds: seconds,
        provenance: provenance(sets),
        details: { runs: args.runs, adjust, vary: args.vary, ...(outcomes ? { outcomes } : {}) },
      });
      await writeFolderAtomically(
        output.out,
        robustnessFiles(result, {
          ...chartFiles(robustnessChartSpecs(result.rows)),
          'manifest.json': manifestText(manifest),
        }),
        { command: 'robustness', ...output, kind: 'robustness' },
      );
      process.stdout.write(formatRobustness(result));
      console.log(
        `clustersim: ${scenarios.length} scenarios x ${values} values x ${args.runs} runs on ${workers} worker(s) in ${seconds.toFixed(1)} s; wrote ${output.out}/`,
      );
    } finally {
      output.release();
    }
  },
};

/** Validates the scenarios with one varied value; a problem is blamed on the --vary option, not on a --set. */
function checkValue(build: (sets: readonly string[]) => Scenario[], path: string, value: number): void {
  const set = `${path}=${value}`;
  try {
    build([set]);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw new ScenarioError(
      error.problems.map((p) => (p.file === `--set ${set}` ? { ...p, file: `--vary ${set}` } : p)),
    );
  }
}
