// Average local clustering coefficient of the member network (members with fewer than two ties count as 0, as in
// networkx). Hand-written on the CSR: graphology-metrics has no clustering coefficient. Triangles are counted once each
// by the compact-forward method (edges point from lower to higher (degree, id) rank), which avoids the hubs' squared
// cost.
import type { Csr } from './member-network.js';

/** Triangles through each node. */
export function triangleCounts(csr: Csr): Int32Array {
  const { n, offsets, adj } = csr;
  // Out-neighbours: the neighbours ranked after the node (by degree, then id), in CSR form.
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1] - offsets[v];
  const outStart = new Int32Array(n + 1);
  const outAdj = new Int32Array(offsets[n] >> 1);
  let k = 0;
  for (let v = 0; v < n; v++) {
    const dv = degree[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = adj[e];
      if (dv < degree[u] || (dv === degree[u] && v < u)) outAdj[k++] = u;
    }
    outStart[v + 1] = k;
  }
  const triangles = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let e = outStart[v]; e < outStart[v + 1]; e++) mark[outAdj[e]] = v;
    for (let e = outStart[v]; e < outStart[v + 1]; e++) {
      const u = outAdj[e];
      for (let f = outStart[u]; f < outStart[u + 1]; f++) {
        const w = outAdj[f];
        if (mark[w] !== v) continue;
        triangles[v]++;
        triangles[u]++;
        triangles[w]++;
      }
    }
  }
  return triangles;
}

export function averageClustering(csr: Csr): number {
  const { n, offsets } = csr;
  if (n === 0) return 0;
  const triangles = triangleCounts(csr);
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const k = offsets[v + 1] - offsets[v];
    // Linked pairs of neighbours, counted both ways as k (k - 1) counts the pairs.
    if (k >= 2) sum += (2 * triangles[v]) / (k * (k - 1));
  }
  return sum / n;
}
