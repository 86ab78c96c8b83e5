// clustersim run [scenario] [--seed N] [--steps N] [--out DIR] [--set path=value] [--snapshots 0,60,120]: one seeded
// run, written to a folder.
import type { Argv } from 'yargs';
import { createModel } from '../../model/create-model.js';
import { run } from '../../engine/run.js';
import { writeRun, RUN_FILES } from '../../output/write-run.js';
import { captureSnapshots } from '../../output/snapshots.js';
import { parseSnapshotSteps } from '../snapshots-arg.js';
import { resolveScenario } from '../scenario-arg.js';
import { createProgress } from '../progress.js';
import { checkMemory, LIMIT_OPTIONS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import { provenance } from '../invocation.js';
import { scenarioLabel } from '../../scenario/label.js';

export interface RunArgs extends LimitArgs {
  scenario?: string;
  seed?: number;
  steps?: number;
  out?: string;
  set?: string[];
  snapshots?: string;
  force?: boolean;
}

export const runCommand = {
  command: 'run [scenario]',
  describe: 'Run a scenario file (or the built-in default) once and write its outputs',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON); none: the built-in default' })
      .option('seed', { type: 'number', describe: "seed of the run (default: the scenario's)" })
      .option('steps', { type: 'number', describe: "months to simulate (default: the scenario's)" })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or a run clustersim wrote (default: out/<name>-seed<seed>)',
      })
      .option('force', forceOption)
      .option('memory-check', LIMIT_OPTIONS['memory-check'])
      .option('set', { type: 'string', array: true, describe: 'override a parameter: path=value (repeatable)' })
      .option('snapshots', {
        type: 'string',
        describe: 'steps at which to save the network (GEXF, GraphML, a drawing), e.g. 0,60,120',
      }),
  handler: async (args: RunArgs) => {
    const overrides = [...(args.set ?? [])];
    if (args.seed !== undefined) overrides.push(`seed=${args.seed}`);
    if (args.steps !== undefined) overrides.push(`steps=${args.steps}`);
    const scenario = resolveScenario(args.scenario, overrides);
    checkMemory([scenario], 1, args.memoryCheck);
    const capture = captureSnapshots(parseSnapshotSteps(args.snapshots, scenario.steps));
    const output = await chooseOutput(
      'run',
      args.out,
      defaultOut('', scenario.name, `-seed${scenario.seed}`),
      args.force,
      [args.scenario],
    );
    try {
      const out = output.out;
      const started = performance.now();
      const progress = createProgress(scenario.steps, scenario.name);
      const result = run(createModel(scenario), {
        onStep: (model) => {
          progress.update(model.step);
          capture.onStep(model);
        },
      });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      const label = scenarioLabel(scenario.name, overrides);
      await writeRun(out, scenario, result, seconds, capture.snapshots, output, { ...provenance(overrides), label });
      const f = result.summary.final;
      const num = (k: string, d = 3) => (typeof f[k] === 'number' ? (f[k] as number).toFixed(d) : 'NA');
      console.log(
        `clustersim: ran "${label}" (seed ${scenario.seed}, ${scenario.steps} steps) in ${seconds.toFixed(2)} s`,
      );
      console.log(
        `  members ${f.members}, ties ${f.ties}, density ${num('density', 4)}, IUR ties per firm ${num('iurTiesPerFirm', 2)}, mean satisfaction ${num('meanSatisfaction')}`,
      );
      console.log(`  tasks solved ${result.summary.totals.tasksSolved}, events ${result.summary.totals.events}`);
      console.log(`  wrote ${out}/ (${RUN_FILES.join(', ')})`);
      if (capture.snapshots.length > 0)
        console.log(
          `  network at steps ${capture.snapshots.map((s) => s.step).join(', ')}: network-<step>.gexf, .graphml`,
        );
      console.log(
        `  chart specs in ${out}/charts/: clustersim plot ${out} renders them, clustersim report ${out} writes report.html`,
      );
    } finally {
      output.release();
    }
  },
};
