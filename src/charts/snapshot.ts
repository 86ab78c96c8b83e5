// Network snapshots as plain data, taken from the model's graphology view (model/to-graph.ts).
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NetworkSnapshot } from './types.js';

/** The nodes (with kind, MC and region) and edges of a graph; the step comes from the graph's `step` attribute. */
export function snapshotFromGraph(graph: AbstractGraph, date?: string): NetworkSnapshot {
  const step = Number(graph.getAttribute('step') ?? 0);
  const nodes: NetworkSnapshot['nodes'] = [];
  graph.forEachNode((id: string, a: Attributes) => {
    nodes.push({ id, kind: String(a.kind ?? ''), mc: String(a.mc ?? ''), region: String(a.region ?? '') });
  });
  const edges: NetworkSnapshot['edges'] = [];
  graph.forEachEdge((_edge: string, _a: Attributes, source: string, target: string) => {
    edges.push([source, target]);
  });
  return { step, ...(date === undefined ? {} : { date }), nodes, edges };
}
