// Writes one run's folder atomically: timeseries.csv, summary.json, manifest.json, mcs.csv, the member network at the
// end (network.gexf and, unless left out, network.graphml; with the network analysis centrality.csv, brokerage.csv and
// brokerage.json), the same for the network at chosen steps (network-<step>.gexf, ...), and the Vega-Lite specs of
// its charts (charts/*.vl.json).
import { runChartSpecs } from '../charts/run-charts.js';
import { snapshotFromGraph } from '../charts/snapshot.js';
import { chartFiles } from '../charts/stringify.js';
import type { RunResult } from '../engine/run.js';
import { fourC } from '../metrics/four-c.js';
import { networkView } from '../model/to-graph.js';
import type { Scenario } from '../scenario/schema.js';
import { writeFolderAtomically, type FileContents, type WriteOptions } from './atomic.js';
import { brokerageFileNames } from './brokerage-files.js';
import { toCsv } from './csv.js';
import { buildManifest, type RunProvenance } from './manifest.js';
import { networkFiles, type NetworkOutputs } from './network-files.js';
import type { RunSnapshot } from './snapshots.js';

/** The files of a run folder by default (besides snapshots and charts). */
export const RUN_FILES = [
  'timeseries.csv',
  'summary.json',
  'manifest.json',
  'mcs.csv',
  'network.gexf',
  'network.graphml',
] as const;

/** The top files of a run folder written with `outputs` (besides snapshots and charts). */
export function runFileNames(outputs: NetworkOutputs = {}): string[] {
  const names: string[] = RUN_FILES.filter((name) => name !== 'network.graphml' || (outputs.graphml ?? true));
  if (outputs.brokerage) names.push(...Object.values(brokerageFileNames()));
  return names;
}

/**
 * The files of a run folder; everything but the manifest's run-specific fields (wall time, command line, git commit)
 * depends only on scenario and seed. The networks are text streams, made as they are written.
 */
export function runFiles(
  scenario: Scenario,
  result: RunResult,
  wallTimeSeconds: number,
  snapshots: readonly RunSnapshot[] = [],
  provenance: RunProvenance = {},
  outputs: NetworkOutputs = {},
): FileContents {
  const { model } = result;
  const manifest = buildManifest(scenario, model.seed, model.step, wallTimeSeconds, provenance);
  const drawn = snapshots.some((s) => s.step === model.step)
    ? snapshots
    : [...snapshots, { step: model.step, source: model }];
  const files: FileContents = {
    'timeseries.csv': toCsv(result.rows),
    'summary.json': JSON.stringify(result.summary, null, 2) + '\n',
    'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
    'mcs.csv': toCsv(fourC(model) as unknown as Record<string, unknown>[]),
    ...networkFiles(model, model.seed, outputs),
  };
  for (const snapshot of snapshots) Object.assign(files, networkFiles(snapshot.source, model.seed, outputs, true));
  return {
    ...files,
    ...chartFiles(
      runChartSpecs(
        result,
        drawn.map((s) => snapshotFromGraph(networkView(s.source))),
        { scenario },
      ),
    ),
  };
}

/**
 * Writes the run folder; `options` say what the folder may replace (see output/folder.ts), `provenance` how the run
 * was asked for, `outputs` what it holds.
 */
export async function writeRun(
  dir: string,
  scenario: Scenario,
  result: RunResult,
  wallTimeSeconds: number,
  snapshots: readonly RunSnapshot[] = [],
  options: Omit<WriteOptions, 'kind'> = {},
  provenance: RunProvenance = {},
  outputs: NetworkOutputs = {},
): Promise<void> {
  await writeFolderAtomically(dir, runFiles(scenario, result, wallTimeSeconds, snapshots, provenance, outputs), {
    command: 'run',
    ...options,
    kind: 'run',
  });
}
