// Gould & Fernandez's (1989) brokerage roles on an undirected graph: for each node v, its open two-paths a - v - c (a
// and c tied to v, not to each other) by the groups of a, v and c. Without directions, the gatekeeper and the
// representative (v shares its group with one end only) are one role, here "representative".
// Hand-written on the CSR: graphology-metrics has no brokerage roles.
import type { CsrGraph } from './betweenness.js';

export interface BrokerageRoles {
  /** a, v and c in one group. */
  coordinator: Float64Array;
  /** a and c in one group, v in another (the consultant). */
  itinerant: Float64Array;
  /** v in the group of exactly one of a and c (gatekeeper or representative). */
  representative: Float64Array;
  /** a, v and c in three groups. */
  liaison: Float64Array;
}

const pairs = (k: number) => (k > 1 ? (k * (k - 1)) / 2 : 0);

/**
 * The roles of every node, with `group[v]` its group (0..groups-1): all pairs of neighbours counted by their groups,
 * minus the pairs that are tied (each found once, from its lower end, by marking v's neighbours).
 */
export function brokerageRoles(graph: CsrGraph, group: Int32Array): BrokerageRoles {
  const { n, offsets, adj } = graph;
  const roles: BrokerageRoles = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    representative: new Float64Array(n),
    liaison: new Float64Array(n),
  };
  let groups = 0;
  for (let v = 0; v < n; v++) groups = Math.max(groups, group[v] + 1);
  const count = new Float64Array(groups);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const own = group[v];
    const degree = offsets[v + 1] - offsets[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      count[group[adj[e]]]++;
      mark[adj[e]] = v;
    }
    const inside = count[own];
    const outside = degree - inside;
    let sameOutside = 0;
    let squaresOutside = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const g = group[adj[e]];
      if (g === own || count[g] === 0) continue;
      sameOutside += pairs(count[g]);
      squaresOutside += count[g] * count[g];
      count[g] = 0;
    }
    count[own] = 0;
    let coordinator = pairs(inside);
    let itinerant = sameOutside;
    let representative = inside * outside;
    let liaison = (outside * outside - squaresOutside) / 2;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const a = adj[e];
      for (let f = offsets[a]; f < offsets[a + 1]; f++) {
        const c = adj[f];
        if (c <= a || mark[c] !== v) continue;
        const ga = group[a];
        const gc = group[c];
        if (ga === own && gc === own) coordinator--;
        else if (ga === gc) itinerant--;
        else if (ga === own || gc === own) representative--;
        else liaison--;
      }
    }
    roles.coordinator[v] = coordinator;
    roles.itinerant[v] = itinerant;
    roles.representative[v] = representative;
    roles.liaison[v] = liaison;
  }
  return roles;
}
