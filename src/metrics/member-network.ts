// The member network in compressed sparse rows (CSR), the input of the typed-array metrics.
// Hand-written: the costly metrics walk neighbours millions of times, which graphology's per-call API does ~40x slower
// (measured on the development machine).
import type { Agents, Ties } from '../model/types.js';

export interface Csr {
  /** Member count; members are renumbered 0..n-1 in agent id order. */
  n: number;
  /** agentOf[v] is the agent id of member v. */
  agentOf: Int32Array;
  /** Neighbours of v are adj[offsets[v]..offsets[v+1]), sorted ascending. */
  offsets: Int32Array;
  adj: Int32Array;
}

/** What memberCsr reads of a model (a Model has it, and so has a copy of its network: model/to-graph.ts). */
export interface MemberSource {
  agents: Pick<Agents, 'count' | 'member'>;
  ties: Pick<Ties, 'size' | 'alive' | 'a' | 'b'>;
}

/** Builds the CSR of the ties among current members. */
export function memberCsr(model: MemberSource): Csr {
  const { agents, ties } = model;
  const local = new Int32Array(agents.count).fill(-1);
  let n = 0;
  for (let i = 0; i < agents.count; i++) if (agents.member[i] === 1) local[i] = n++;
  const agentOf = new Int32Array(n);
  for (let i = 0; i < agents.count; i++) if (local[i] >= 0) agentOf[local[i]] = i;
  const degree = new Int32Array(n + 1);
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    const u = local[ties.a[s]];
    const v = local[ties.b[s]];
    if (u < 0 || v < 0) continue;
    degree[u]++;
    degree[v]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  // Neighbours in slot order first, then sorted by handing each node to its neighbours in ascending order (a transpose
  // of the symmetric lists: linear, where sorting each list costs a call and an allocation per member).
  const inSlotOrder = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    const u = local[ties.a[s]];
    const v = local[ties.b[s]];
    if (u < 0 || v < 0) continue;
    inSlotOrder[fill[u]++] = v;
    inSlotOrder[fill[v]++] = u;
  }
  const adj = new Int32Array(offsets[n]);
  fill.set(offsets.subarray(0, n));
  for (let u = 0; u < n; u++) for (let e = offsets[u]; e < offsets[u + 1]; e++) adj[fill[inSlotOrder[e]]++] = u;
  return { n, agentOf, offsets, adj };
}
