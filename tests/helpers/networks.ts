// Hand-built networks shared by the metric tests, with the values they should give worked out in the tests.
import { MultiGraph } from 'graphology';
import { FIRM, AGENCY, INSTITUTE, PROFESSOR } from '../../src/model/types.js';
import type { Csr } from '../../src/metrics/member-network.js';
import { tinyModel, type TinyModel } from './tiny-model.js';

// MC 0 (capital, Banwol-Sihwa): firms 0, 1, outsider firm 2, professor 3, agency 4. MC 1 (capital, Namdong): institute
// 5. MC 2 (Daegyeong): firms 6 and 7 (7 without member ties).
// Member ties: 0-1 firm-firm (0.5), 0-3 IUR (0.7), 1-4 firm-agency (0.3), 0-6 firm-firm across MCs and regions (0.9),
// 3-5 expert-expert across MCs (0.1), 1-5 IUR across MCs (0.6). Ties to the outsider (0-2, 2-7) do not count.
export function eightAgents(): TinyModel {
  return tinyModel({
    mcs: [{ region: 0, park: 0 }, { region: 0, park: 1 }, { region: 1 }],
    agents: [
      { kind: FIRM },
      { kind: FIRM },
      { kind: FIRM, member: false },
      { kind: PROFESSOR },
      { kind: AGENCY },
      { kind: INSTITUTE, mc: 1 },
      { kind: FIRM, mc: 2 },
      { kind: FIRM, mc: 2 },
    ],
    ties: [
      { a: 0, b: 1, trust: 0.5 },
      { a: 0, b: 3, trust: 0.7 },
      { a: 1, b: 4, trust: 0.3 },
      { a: 0, b: 6, trust: 0.9 },
      { a: 3, b: 5, trust: 0.1 },
      { a: 1, b: 5, trust: 0.6 },
      { a: 0, b: 2, trust: 1 },
      { a: 2, b: 7, trust: 1 },
    ],
  });
}

/** A CSR from an edge list on n nodes (neighbours sorted, as memberCsr makes them). */
export function csrOf(n: number, edges: [number, number][]): Csr {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    lists[u].push(v);
    lists[v].push(u);
  }
  const offsets = new Int32Array(n + 1);
  lists.forEach((l, v) => (offsets[v + 1] = offsets[v] + l.length));
  return {
    n,
    agentOf: Int32Array.from({ length: n }, (_, v) => v),
    offsets,
    adj: Int32Array.from(lists.flatMap((l) => l.sort((x, y) => x - y))),
  };
}

/** Member firms 0..n-1 of one MC with the given ties. */
export function firmNetwork(n: number, edges: [number, number][], outsiders: number[] = []): TinyModel {
  return tinyModel({
    agents: Array.from({ length: n }, (_, i) => ({ kind: FIRM, member: !outsiders.includes(i) })),
    ties: edges.map(([a, b]) => ({ a, b })),
  });
}

/** a (firm, MC A) - b (agency, MC A, coordinator) - c (firm, MC B, another region), with what must be set aside. */
export function pathGraph(): MultiGraph {
  const graph = new MultiGraph();
  graph.addNode('a', { kind: 'firm', mc: 'A', region: 'r1', member: true, coordinator: false, community: 0 });
  graph.addNode('b', { kind: 'agency', mc: 'A', region: 'r1', member: true, coordinator: true, community: '1' });
  graph.addNode('c', { kind: 'firm', mc: 'B', region: 'r2', member: true });
  graph.addNode('d', { kind: 'firm', mc: 'B', region: 'r2', member: false });
  graph.addUndirectedEdge('a', 'b');
  graph.addUndirectedEdge('b', 'a');
  graph.addDirectedEdge('b', 'c');
  graph.addUndirectedEdge('c', 'd');
  graph.addUndirectedEdge('a', 'a');
  return graph;
}
