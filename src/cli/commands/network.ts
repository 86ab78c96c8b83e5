// clustersim network FILE.gexf|FILE.graphml [--out DIR] [--betweenness-sources N] [--seed S]: who brokers in a network
// file (one clustersim wrote, or any GEXF or GraphML): centrality.csv, brokerage.csv and brokerage.json in a folder.
import { basename, dirname, extname, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { brokerageSummary } from '../../metrics/brokerage-summary.js';
import { networkCentrality } from '../../metrics/centrality.js';
import { deriveSeed } from '../../random/rng.js';
import { writeFolderAtomically } from '../../output/atomic.js';
import { analysisFiles } from '../../output/brokerage-files.js';
import { readNetworkFile } from '../../output/read-network.js';
import { betweennessSourcesOption, checkBetweennessSources, describeMethod } from '../brokerage-arg.js';
import { chooseOutput, defaultOut, forceOption } from '../output-arg.js';
import type { CommandBody } from './index.js';

export interface NetworkArgs {
  file: string;
  out?: string;
  betweennessSources?: number;
  seed?: string;
  force?: boolean;
}

/** out/network-<folder>-<file>: out/network-default-seed1-network for out/default-seed1/network.gexf. */
function defaultFolder(file: string): string {
  const stem = basename(file, extname(file));
  const parent = basename(dirname(resolve(file)));
  return defaultOut('network-', parent ? `${parent}-${stem}` : stem);
}

const share = (value: number | null) => (value === null ? 'NA' : value.toFixed(2));

export const networkCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'a .gexf or .graphml file' })
      .option('out', {
        type: 'string',
        describe: 'output folder: new, empty or one this command wrote (default: out/network-<folder>-<file>)',
      })
      .option('betweenness-sources', betweennessSourcesOption)
      .option('seed', { type: 'string', default: '1', describe: 'seed of the sample of betweenness sources' })
      .option('force', forceOption),
  handler: async (args: NetworkArgs) => {
    checkBetweennessSources(args.betweennessSources);
    const started = performance.now();
    const { graph, format } = readNetworkFile(args.file);
    const output = await chooseOutput('network', args.out, defaultFolder(args.file), args.force, [args.file]);
    try {
      const analysis = networkCentrality(graph, {
        sources: args.betweennessSources,
        seed: deriveSeed(args.seed ?? '1', 'betweenness'),
      });
      const files = analysisFiles(analysis);
      await writeFolderAtomically(output.out, files, {
        kind: 'network',
        command: 'network',
        force: output.force,
        inputs: output.inputs,
        note: output.note,
      });
      const seconds = (performance.now() - started) / 1000;
      const { method } = analysis;
      console.log(
        `clustersim: analysed ${args.file} (${format === 'gexf' ? 'GEXF' : 'GraphML'}, ${method.members} members, ${method.ties} ties) in ${seconds.toFixed(2)} s; ${describeMethod(method)}`,
      );
      const set = method.input;
      const aside = [
        set.nonMembers > 0 ? `${set.nonMembers} nodes flagged as not members` : '',
        set.selfLoops > 0 ? `${set.selfLoops} self-loops` : '',
        set.parallelTies > 0 ? `${set.parallelTies} repeated ties` : '',
      ].filter((s) => s !== '');
      if (aside.length > 0) console.log(`  left out: ${aside.join(', ')}`);
      if (set.directedEdges > 0) console.log(`  ${set.directedEdges} directed edges read as undirected ties`);
      const unnamed: [string, number][] = [
        ['kind', set.withoutKind],
        ['mc', set.withoutMc],
        ['region', set.withoutRegion],
      ];
      for (const [name, count] of unnamed)
        if (count > 0)
          console.log(`  ${count} members without a ${name} attribute, taken as one ${name} without a name`);
      const kinds = brokerageSummary(analysis.members).filter((g) => g.group === 'kind' && g.members > 0);
      const shares = kinds.map((g) => `${g.value === '' ? '(no kind)' : g.value} ${share(g.betweennessShare)}`);
      console.log(`  share of betweenness: ${shares.join(', ')}`);
      console.log(`  wrote ${output.out}/ (${Object.keys(files).join(', ')})`);
    } finally {
      output.release();
    }
  },
};
