// clustersim run [scenario] [--seed N] [--steps N] [--out DIR] [--set path=value] [--outputs LIST] [--snapshots 0,60,120]
// [--no-graphml] [--brokerage [--betweenness-sources N]]: one seeded run, written to a folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { createModel } from '../../model/create-model.js';
import { run } from '../../engine/run.js';
import { writeRun, runFileNames } from '../../output/write-run.js';
import { betweennessSourcesOption, checkBetweennessSources, describeMethod } from '../brokerage-arg.js';
import { outputsOption, runOutputs, type OutputsArgs } from '../outputs-arg.js';
import type { CentralityMethod } from '../../metrics/centrality.js';
import { captureSnapshots } from '../../output/snapshots.js';
import { parseSnapshotSteps } from '../snapshots-arg.js';
import { resolveScenario } from '../scenario-arg.js';
import { createProgress } from '../progress.js';
import { checkMemory, LIMIT_OPTIONS, type LimitArgs } from '../limits.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import { provenance } from '../invocation.js';
import { scenarioLabel } from '../../scenario/label.js';
import { MAX_DRAWN_MEMBERS } from '../../charts/network-drawing.js';
import { thousands } from '../../charts/common.js';
import type { CommandBody } from './index.js';

export interface RunArgs extends LimitArgs, OutputsArgs {
  scenario?: string;
  seed?: number;
  steps?: number;
  out?: string;
  set?: string[];
  snapshots?: string;
  force?: boolean;
}

export const runCommand: CommandBody = {
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
      .option('outputs', outputsOption)
      .option('snapshots', {
        type: 'string',
        describe: 'steps at which to save the network (GEXF, GraphML, a drawing), e.g. 0,60,120',
      })
      .option('graphml', {
        type: 'boolean',
        default: true,
        describe: 'write the networks as GraphML too (network.graphml); --no-graphml leaves them out',
      })
      .option('brokerage', {
        type: 'boolean',
        default: false,
        describe:
          'analyse who brokers in the final network (and the snapshots): centrality.csv, brokerage.csv, brokerage.json',
      })
      .option('betweenness-sources', betweennessSourcesOption),
  handler: async (args: RunArgs) => {
    const overrides = [...(args.set ?? [])];
    if (args.seed !== undefined) overrides.push(`seed=${args.seed}`);
    if (args.steps !== undefined) overrides.push(`steps=${args.steps}`);
    const scenario = resolveScenario(args.scenario, overrides);
    checkBetweennessSources(args.betweennessSources);
    const snapshotSteps = parseSnapshotSteps(args.snapshots, scenario.steps);
    const outputs = runOutputs('run', args, snapshotSteps.length > 0);
    checkMemory([scenario], 1, args.memoryCheck);
    const capture = captureSnapshots(snapshotSteps);
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
      const asked = { ...provenance(overrides), label };
      await writeRun(out, scenario, result, seconds, capture.snapshots, output, asked, outputs);
      const f = result.summary.final;
      const num = (k: string, d = 3) => (typeof f[k] === 'number' ? (f[k] as number).toFixed(d) : 'NA');
      console.log(
        `clustersim: ran "${label}" (seed ${scenario.seed}, ${scenario.steps} steps) in ${seconds.toFixed(2)} s`,
      );
      console.log(
        `  members ${f.members}, ties ${f.ties}, density ${num('density', 4)}, IUR ties per firm ${num('iurTiesPerFirm', 2)}, mean satisfaction ${num('meanSatisfaction')}`,
      );
      console.log(`  tasks solved ${result.summary.totals.tasksSolved}, events ${result.summary.totals.events}`);
      console.log(`  wrote ${out}/ (${runFileNames(outputs).join(', ')})`);
      if (outputs.brokerage) {
        const method = JSON.parse(readFileSync(join(out, 'brokerage.json'), 'utf8')) as CentralityMethod;
        console.log(`  who brokers: ${describeMethod(method)}`);
      }
      if (capture.snapshots.length > 0) {
        const kinds = [
          ...(outputs.gexf ? ['network-<step>.gexf'] : []),
          ...(outputs.graphml ? ['network-<step>.graphml'] : []),
          ...(outputs.brokerage ? ['centrality-<step>.csv, brokerage-<step>.csv, .json'] : []),
        ];
        console.log(`  network at steps ${capture.snapshots.map((s) => s.step).join(', ')}: ${kinds.join(', ')}`);
      }
      if (outputs.charts) {
        console.log(
          `  chart specs in ${out}/charts/: clustersim plot ${out} renders them, clustersim report ${out} writes report.html`,
        );
        if (Number(f.members) > MAX_DRAWN_MEMBERS)
          console.log(`  no drawing of the network: more than ${thousands(MAX_DRAWN_MEMBERS)} members`);
      }
    } finally {
      output.release();
    }
  },
};
