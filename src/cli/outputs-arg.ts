// run --outputs LIST: which files a run writes (e.g. timeseries,summary: no network files), checked against the names
// of RUN_OUTPUTS; with --no-graphml, --brokerage and --snapshots.
import { UserError } from '../errors.js';
import { RUN_OUTPUTS, type RunOutputName, type RunOutputs } from '../output/write-run.js';

export interface OutputsArgs {
  outputs?: string;
  graphml?: boolean;
  brokerage?: boolean;
  betweennessSources?: number;
}

const NAMES = Object.keys(RUN_OUTPUTS) as RunOutputName[];

export const outputsOption = {
  type: 'string',
  describe: `files to write, comma-separated, from ${NAMES.join(', ')} (default: all but brokerage; manifest.json always)`,
} as const;

/** The outputs named in "timeseries,summary"; a UserError naming the unknown name and listing the valid ones. */
export function parseOutputNames(command: string, text: string): Set<RunOutputName> {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const valid = `the outputs are ${NAMES.join(', ')}`;
  if (names.length === 0) throw new UserError(`clustersim ${command}: --outputs: name at least one output; ${valid}`);
  for (const name of names)
    if (!(NAMES as string[]).includes(name))
      throw new UserError(`clustersim ${command}: --outputs: unknown output "${name}"; ${valid}`);
  return new Set(names as RunOutputName[]);
}

/**
 * What a run writes, from --outputs (default: every output but brokerage), --no-graphml (leaves graphml out) and
 * --brokerage (adds it); `snapshots` says whether network snapshots were asked for, which need a network output.
 */
export function runOutputs(command: string, args: OutputsArgs, snapshots = false): RunOutputs {
  const chosen = args.outputs === undefined ? undefined : parseOutputNames(command, args.outputs);
  const outputs = Object.fromEntries(NAMES.map((name) => [name, chosen ? chosen.has(name) : name !== 'brokerage']));
  if (args.graphml === false) outputs.graphml = false;
  if (args.brokerage) outputs.brokerage = true;
  if (args.betweennessSources !== undefined && !outputs.brokerage)
    throw new UserError(`clustersim ${command}: --betweenness-sources sets the network analysis: add --brokerage`);
  if (snapshots && !outputs.gexf && !outputs.graphml && !outputs.brokerage)
    throw new UserError(
      `clustersim ${command}: --snapshots saves networks, but --outputs names none: add gexf, graphml or brokerage`,
    );
  return { ...outputs, betweennessSources: args.betweennessSources };
}
