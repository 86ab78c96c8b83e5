// Average local clustering coefficient of the member network (members with fewer than two ties count as 0, as in networkx).
// Hand-written on the CSR: graphology-metrics has no clustering coefficient.
import type { Csr } from './member-network.js';

export function averageClustering(csr: Csr): number {
  const { n, offsets, adj } = csr;
  if (n === 0) return 0;
  const mark = new Int32Array(n).fill(-1);
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const k = end - start;
    if (k < 2) continue;
    for (let e = start; e < end; e++) mark[adj[e]] = v;
    let links = 0;
    for (let e = start; e < end; e++) {
      const u = adj[e];
      for (let f = offsets[u]; f < offsets[u + 1]; f++) if (mark[adj[f]] === v) links++;
    }
    sum += links / (k * (k - 1));
  }
  return sum / n;
}
