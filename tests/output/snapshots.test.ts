// Snapshots taken during a run: each keeps the network of its step while the run goes on, and writes as GEXF and
// GraphML with each member's community at that step.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { memberCommunities } from '../../src/metrics/communities.js';
import { createModel } from '../../src/model/create-model.js';
import { networkView, toGraph, type ClusterGraph } from '../../src/model/to-graph.js';
import type { Model } from '../../src/model/types.js';
import type { FileContents } from '../../src/output/atomic.js';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { networkFiles } from '../../src/output/network-files.js';
import { captureSnapshots } from '../../src/output/snapshots.js';
import { isTextStream, streamedText } from '../../src/output/text-chunks.js';

const texts = (files: FileContents) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, isTextStream(v) ? streamedText(v) : v]));

describe('captureSnapshots', () => {
  it('keeps the network of each wanted step, as graphs built at that step would hold it', () => {
    const capture = captureSnapshots([1, 3]);
    const graphs: ClusterGraph[] = [];
    const onStep = (model: Model) => {
      capture.onStep(model);
      if (model.step === 1 || model.step === 3)
        graphs.push(toGraph(model, { community: memberCommunities(model, model.seed) }));
    };
    const model = createModel({ seed: 4, population: { scale: 0.1 } });
    run(model, { steps: 5, onStep });
    const views = capture.snapshots.map((s) => networkView(s.source));
    expect(capture.snapshots.map((s, k) => [s.step, views[k].getAttribute('step')])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(views[0].size).not.toBe(graphs[1].size);
    const files = texts(
      Object.assign({}, ...capture.snapshots.map((s) => networkFiles(s.source, model.seed, {}, true))),
    );
    expect(Object.keys(files)).toEqual(['network-1.gexf', 'network-1.graphml', 'network-3.gexf', 'network-3.graphml']);
    expect(files['network-1.gexf']).toBe(toGexf(graphs[0]));
    expect(files['network-1.graphml']).toBe(toGraphml(graphs[0]));
    expect(files['network-3.gexf']).toBe(toGexf(graphs[1]));
    expect(files['network-3.graphml']).toBe(toGraphml(graphs[1]));
  });
});
