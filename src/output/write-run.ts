// Writes one run's folder atomically: timeseries.csv, summary.json, manifest.json, mcs.csv, the member network at the
// end (network.gexf and network.graphml; with the network analysis centrality.csv, brokerage.csv and brokerage.json),
// the same for the network at chosen steps (network-<step>.gexf, ...), and the Vega-Lite specs of its charts
// (charts/*.vl.json). Any of them but the manifest can be left out (RUN_OUTPUTS, run --outputs).
import { runChartSpecs } from '../charts/run-charts.js';
import { memberSnapshot } from '../charts/snapshot.js';
import { chartFiles } from '../charts/stringify.js';
import type { RunResult } from '../engine/run.js';
import { fourC } from '../metrics/four-c.js';
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

/**
 * What a run may write, by the names --outputs takes: each a file (or, for charts, the folder of chart specs; for
 * brokerage, the three files of the network analysis). manifest.json is always written.
 */
export const RUN_OUTPUTS = {
  timeseries: 'timeseries.csv',
  summary: 'summary.json',
  mcs: 'mcs.csv',
  gexf: 'network.gexf',
  graphml: 'network.graphml',
  charts: 'charts/*.vl.json',
  brokerage: 'centrality.csv, brokerage.csv, brokerage.json',
} as const;
export type RunOutputName = keyof typeof RUN_OUTPUTS;

/** What a run writes: its networks (NetworkOutputs), and whether each other file is written (default: all). */
export interface RunOutputs extends NetworkOutputs {
  timeseries?: boolean;
  summary?: boolean;
  mcs?: boolean;
  charts?: boolean;
}

/** The top files of a run folder written with `outputs` (besides snapshots and charts). */
export function runFileNames(outputs: RunOutputs = {}): string[] {
  const names: string[] = RUN_FILES.filter((name) => {
    const key = (Object.keys(RUN_OUTPUTS) as RunOutputName[]).find((k) => RUN_OUTPUTS[k] === name);
    return key === undefined || (outputs[key] ?? true);
  });
  if (outputs.brokerage) names.push(...Object.values(brokerageFileNames()));
  return names;
}

/**
 * The files of a run folder; everything but the manifest's run-specific fields (wall time, command line, git commit)
 * depends only on scenario and seed. The networks, and every table with a row per member, are text streams, made as
 * they are written.
 */
export function runFiles(
  scenario: Scenario,
  result: RunResult,
  wallTimeSeconds: number,
  snapshots: readonly RunSnapshot[] = [],
  provenance: RunProvenance = {},
  outputs: RunOutputs = {},
): FileContents {
  const { model } = result;
  const manifest = buildManifest(scenario, model.seed, model.step, wallTimeSeconds, provenance);
  const files: FileContents = {};
  if (outputs.timeseries ?? true) files['timeseries.csv'] = toCsv(result.rows);
  if (outputs.summary ?? true) files['summary.json'] = JSON.stringify(result.summary, null, 2) + '\n';
  files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  if (outputs.mcs ?? true) files['mcs.csv'] = toCsv(fourC(model) as unknown as Record<string, unknown>[]);
  Object.assign(files, networkFiles(model, model.seed, outputs));
  for (const snapshot of snapshots) Object.assign(files, networkFiles(snapshot.source, model.seed, outputs, true));
  if (!(outputs.charts ?? true)) return files;
  const drawn = snapshots.some((s) => s.step === model.step)
    ? snapshots
    : [...snapshots, { step: model.step, source: model }];
  const views = drawn.map((s) => memberSnapshot(s.source));
  return { ...files, ...chartFiles(runChartSpecs(result, views, { scenario })) };
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
  outputs: RunOutputs = {},
): Promise<void> {
  await writeFolderAtomically(dir, runFiles(scenario, result, wallTimeSeconds, snapshots, provenance, outputs), {
    command: 'run',
    ...options,
    kind: 'run',
  });
}
