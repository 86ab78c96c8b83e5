// Snapshots taken during a run: each keeps the network of its step while the run goes on, and writes as GEXF and
// GraphML.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { createModel } from '../../src/model/create-model.js';
import { toGraph, type ClusterGraph } from '../../src/model/to-graph.js';
import type { Model } from '../../src/model/types.js';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { captureSnapshots, snapshotFiles } from '../../src/output/snapshots.js';

describe('captureSnapshots', () => {
  it('keeps the network of each wanted step, as graphs built at that step would hold it', () => {
    const capture = captureSnapshots([1, 3]);
    const graphs: ClusterGraph[] = [];
    const onStep = (model: Model) => {
      capture.onStep(model);
      if (model.step === 1 || model.step === 3) graphs.push(toGraph(model));
    };
    run(createModel({ seed: 4, population: { scale: 0.1 } }), { steps: 5, onStep });
    expect(capture.snapshots.map((s) => [s.step, s.graph.getAttribute('step')])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(capture.snapshots[0].graph.size).not.toBe(graphs[1].size);
    const files = snapshotFiles(capture.snapshots);
    expect(Object.keys(files)).toEqual(['network-1.gexf', 'network-1.graphml', 'network-3.gexf', 'network-3.graphml']);
    expect(files['network-1.gexf']).toBe(toGexf(graphs[0]));
    expect(files['network-1.graphml']).toBe(toGraphml(graphs[0]));
    expect(files['network-3.gexf']).toBe(toGexf(graphs[1]));
    expect(files['network-3.graphml']).toBe(toGraphml(graphs[1]));
  });
});
