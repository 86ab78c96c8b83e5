// Network snapshots as plain data, taken from a graph view of the model (model/to-graph.ts: networkView or toGraph).
import type { Attributes } from 'graphology-types';
import { REGIONS } from '../model/geography.js';
import type { NetworkSource, ReadableGraph } from '../model/to-graph.js';
import { KIND_NAMES } from '../scenario/schema.js';
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

/**
 * The member network of a model (or of a copy of one) as snapshotFromGraph(networkView(source)) gives it, read from
 * the columns: no attribute object per member and tie (a run's drawing and degree chart need only these).
 */
export function memberSnapshot(source: NetworkSource): NetworkSnapshot {
  const { agents, ties, mcs } = source;
  const id: string[] = new Array(agents.count);
  const nodes: NetworkSnapshot['nodes'] = [];
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] !== 1) continue;
    id[i] = String(i);
    nodes.push({
      id: id[i],
      kind: KIND_NAMES[agents.kind[i]],
      mc: mcs.names[agents.mc[i]],
      region: REGIONS[agents.region[i]].id,
    });
  }
  const edges: NetworkSnapshot['edges'] = [];
  for (let t = 0; t < ties.size; t++) {
    const a = ties.a[t];
    const b = ties.b[t];
    if (ties.alive[t] === 1 && agents.member[a] === 1 && agents.member[b] === 1) edges.push([id[a], id[b]]);
  }
  return { step: source.step, nodes, edges };
}
