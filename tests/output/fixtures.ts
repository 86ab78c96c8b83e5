// A hand-built graph for exact tests of the network writers: graph attributes, mixed value types, attributes missing
// or in another order per node, text to escape, a character XML forbids, and a directed and an undirected edge (a mixed
// graph).
import { MultiGraph } from 'graphology';

export function mixedGraph(): MultiGraph {
  const graph = new MultiGraph();
  graph.replaceAttributes({ step: 4, note: 'R&D' });
  graph.addNode('a', { label: 'A "1"', n: 1, tag: 'x<y' });
  graph.addNode('b', { tag: 'z', n: 2.5, extra: { k: [1, 2] }, gone: null });
  graph.addNode('c\u0001', { n: Number.NaN, flag: true });
  graph.addDirectedEdgeWithKey('d', 'a', 'b', { weight: 2, origin: "it's" });
  graph.addUndirectedEdgeWithKey('u', 'b', 'c\u0001', { origin: 'event', weight: 'heavy' });
  return graph;
}
