// Network snapshots as plain data, taken from a graph view of the model (model/to-graph.ts: networkView or toGraph).
import type { Attributes } from 'graphology-types';
import type { ReadableGraph } from '../model/to-graph.js';
import type { NetworkSnapshot } from './types.js';

/** The nodes (with kind, MC and region) and edges of a graph; the step comes from the graph's `step` attribute. */
export function snapshotFromGraph(
  graph: ReadableGraph<Attributes, unknown, Attributes>,
  date?: string,
): NetworkSnapshot {
  const step = Number(graph.getAttributes().step ?? 0);
  const nodes: NetworkSnapshot['nodes'] = [];
  graph.forEachNode((id, a) => {
    nodes.push({ id, kind: String(a.kind ?? ''), mc: String(a.mc ?? ''), region: String(a.region ?? '') });
  });
  const edges: NetworkSnapshot['edges'] = [];
  graph.forEachEdge((_edge, _a, source, target) => {
    edges.push([source, target]);
  });
  return { step, ...(date === undefined ? {} : { date }), nodes, edges };
}
