// Network snapshots at chosen steps: captured during a run (through RunOptions.onStep) as copies of the member network,
// then written as network-<step>.gexf and network-<step>.graphml beside the run's other files.
import type { Model } from '../model/types.js';
import { copyNetwork, networkView, type ClusterGraph, type NetworkView } from '../model/to-graph.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export interface RunSnapshot {
  step: number;
  /** The member network at that step: a view of a copy (captureSnapshots) or a graphology graph. */
  graph: NetworkView | ClusterGraph;
}

export interface SnapshotCapture {
  snapshots: RunSnapshot[];
  /** Pass to run() as (part of) onStep: keeps a copy of the member network at each wanted step. */
  onStep: (model: Model) => void;
}

export function captureSnapshots(steps: readonly number[]): SnapshotCapture {
  const wanted = new Set(steps);
  const snapshots: RunSnapshot[] = [];
  return {
    snapshots,
    onStep: (model) => {
      if (wanted.has(model.step)) snapshots.push({ step: model.step, graph: networkView(copyNetwork(model)) });
    },
  };
}

/** The export files of the snapshots: { 'network-60.gexf': ..., 'network-60.graphml': ... }. */
export function snapshotFiles(snapshots: readonly RunSnapshot[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { step, graph } of snapshots) {
    files[`network-${step}.gexf`] = toGexf(graph);
    files[`network-${step}.graphml`] = toGraphml(graph);
  }
  return files;
}
