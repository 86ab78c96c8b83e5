// Network snapshots at chosen steps: captured during a run (through RunOptions.onStep) as copies of the member network,
// then written beside the run's other files as network-<step>.gexf and network-<step>.graphml (and, with the network
// analysis, centrality-<step>.csv, brokerage-<step>.csv and brokerage-<step>.json).
import type { Model } from '../model/types.js';
import { copyNetwork, type NetworkSource } from '../model/to-graph.js';

export interface RunSnapshot {
  step: number;
  /** The member network's columns at that step, copied from the model. */
  source: NetworkSource;
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
      if (wanted.has(model.step)) snapshots.push({ step: model.step, source: copyNetwork(model) });
    },
  };
}
