// Writes one run's folder: timeseries.csv, summary.json, manifest.json and network.gexf, atomically.
import type { RunResult } from '../engine/run.js';
import { toGraph } from '../model/to-graph.js';
import type { Scenario } from '../scenario/schema.js';
import { writeFolderAtomically, type FileContents } from './atomic.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { buildManifest } from './manifest.js';

export const RUN_FILES = ['timeseries.csv', 'summary.json', 'manifest.json', 'network.gexf'] as const;

/** The files of a run folder, as text; everything but the manifest's wall time depends only on scenario and seed. */
export function runFiles(scenario: Scenario, result: RunResult, wallTimeSeconds: number): FileContents {
  const manifest = buildManifest(scenario, result.model.seed, result.model.step, wallTimeSeconds);
  return {
    'timeseries.csv': toCsv(result.rows),
    'summary.json': JSON.stringify(result.summary, null, 2) + '\n',
    'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
    'network.gexf': toGexf(toGraph(result.model)),
  };
}

export async function writeRun(dir: string, scenario: Scenario, result: RunResult, wallTimeSeconds: number): Promise<void> {
  await writeFolderAtomically(dir, runFiles(scenario, result, wallTimeSeconds));
}
