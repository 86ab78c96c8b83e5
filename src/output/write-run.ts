// Writes one run's folder: timeseries.csv, summary.json, manifest.json and network.gexf, atomically;
// with the network at chosen steps (network-<step>.gexf, .graphml) and the Vega-Lite specs of its charts
// (charts/*.vl.json).
import { runChartSpecs } from '../charts/run-charts.js';
import { snapshotFromGraph } from '../charts/snapshot.js';
import { chartFiles } from '../charts/stringify.js';
import type { RunResult } from '../engine/run.js';
import { networkView } from '../model/to-graph.js';
import type { Scenario } from '../scenario/schema.js';
import { writeFolderAtomically, type FileContents, type WriteOptions } from './atomic.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { buildManifest } from './manifest.js';
import { snapshotFiles, type RunSnapshot } from './snapshots.js';

export const RUN_FILES = ['timeseries.csv', 'summary.json', 'manifest.json', 'network.gexf'] as const;

/** The files of a run folder, as text; everything but the manifest's wall time depends only on scenario and seed. */
export function runFiles(
  scenario: Scenario,
  result: RunResult,
  wallTimeSeconds: number,
  snapshots: readonly RunSnapshot[] = [],
): FileContents {
  const manifest = buildManifest(scenario, result.model.seed, result.model.step, wallTimeSeconds);
  const graph = networkView(result.model);
  const drawn = snapshots.some((s) => s.step === result.model.step)
    ? snapshots
    : [...snapshots, { step: result.model.step, graph }];
  return {
    'timeseries.csv': toCsv(result.rows),
    'summary.json': JSON.stringify(result.summary, null, 2) + '\n',
    'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
    'network.gexf': toGexf(graph),
    ...snapshotFiles(snapshots),
    ...chartFiles(
      runChartSpecs(
        result,
        drawn.map((s) => snapshotFromGraph(s.graph)),
        { scenario },
      ),
    ),
  };
}

/** Writes the run folder; `options` say what the folder may replace (see output/folder.ts). */
export async function writeRun(
  dir: string,
  scenario: Scenario,
  result: RunResult,
  wallTimeSeconds: number,
  snapshots: readonly RunSnapshot[] = [],
  options: Omit<WriteOptions, 'kind'> = {},
): Promise<void> {
  await writeFolderAtomically(dir, runFiles(scenario, result, wallTimeSeconds, snapshots), {
    command: 'run',
    ...options,
    kind: 'run',
  });
}
