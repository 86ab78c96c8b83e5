// Betweenness centrality (Brandes 2001) of an unweighted, undirected graph in CSR form, from every node (exact) or from
// a seeded sample of source nodes (Brandes & Pich 2007), with the parts of it that come from pairs in different groups.
// Hand-written: graphology-metrics' betweenness is exact only and took 55 s on a network of the default run's size; this
// takes ~0.6 s for the exact value on the default run's final network (~100 components), ~0.5 s per 100 sampled sources
// on a connected network of that size, and splits the paths by group in the same pass.
import type { Rng } from '../random/rng.js';

export interface CsrGraph {
  n: number;
  /** Neighbours of v are adj[offsets[v]..offsets[v+1]), each undirected edge listed from both ends. */
  offsets: Int32Array;
  adj: Int32Array;
}

export interface BetweennessOptions {
  /** Sources to start from: every node when absent or at least n (exact), else this many drawn with `rng`. */
  sources?: number;
  /** Draws the sample of sources (needed only when sampling). */
  rng?: Rng;
  /** Group of each node, per grouping (e.g. MC, region): betweenness is also split by pairs of different groups. */
  groups?: readonly Int32Array[];
}

export interface Betweenness {
  /**
   * Normalised betweenness of each node: the sum over unordered pairs {s, t} (s, t other than v) of the share of
   * shortest s-t paths through v, divided by the (n-1)(n-2)/2 pairs (as networkx and graphology normalise it).
   */
  values: Float64Array;
  /** Per grouping, the same sum over the pairs whose two ends are in different groups (same divisor). */
  across: Float64Array[];
  /** Sources used: n when exact. */
  sources: number;
  exact: boolean;
}

/**
 * The work of Brandes' algorithm from every node: over the connected components, nodes x (nodes + arcs), summed (each
 * source walks its component's nodes and arcs twice). About 30-60 ns a unit on the development machine.
 */
export function brandesWork(graph: CsrGraph): number {
  const { n, offsets, adj } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let work = 0;
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    let head = 0;
    let tail = 0;
    let arcs = 0;
    seen[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      arcs += offsets[v + 1] - offsets[v];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        if (!seen[adj[e]]) {
          seen[adj[e]] = 1;
          queue[tail++] = adj[e];
        }
      }
    }
    work += tail * (tail + arcs);
  }
  return work;
}

/**
 * The sources that fit a budget of work (brandesWork units): every node when the exact value fits, else as many as the
 * budget allows at the mean work per source, but at least `least` (and at most n).
 */
export function sourcesWithin(graph: CsrGraph, budget: number, least: number): number {
  const work = brandesWork(graph);
  if (work <= budget) return graph.n;
  return Math.min(graph.n, Math.max(least, Math.floor((budget * graph.n) / work)));
}

/** k distinct nodes of 0..n-1 by a partial Fisher-Yates shuffle (one draw each), in the order drawn. */
export function sampleSources(n: number, k: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order.slice(0, k);
}

export function betweenness(graph: CsrGraph, options: BetweennessOptions = {}): Betweenness {
  const { n, offsets, adj } = graph;
  const groups = options.groups ?? [];
  const exact = options.sources === undefined || options.sources >= n;
  if (!exact && !options.rng) throw new Error('clustersim/betweenness: sampling sources needs an rng');
  const sources = exact ? n : Math.max(0, Math.floor(options.sources as number));
  const chosen = exact ? Int32Array.from({ length: n }, (_, i) => i) : sampleSources(n, sources, options.rng as Rng);
  const values = new Float64Array(n);
  const across = groups.map(() => new Float64Array(n));
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const delta = new Float64Array(n);
  const deltaAcross = groups.map(() => new Float64Array(n));
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, offsets[v + 1] - offsets[v]);
  const successor = new Int32Array(maxDegree);
  const share = new Float64Array(maxDegree);
  for (const s of chosen) {
    // Breadth-first from s: distances, numbers of shortest paths, nodes in the order reached.
    let head = 0;
    let tail = 0;
    sigma[s] = 1;
    dist[s] = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = adj[e];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first: delta(v) = sum over successors w of sigma(v)/sigma(w) (1 + delta(w)), where the 1
    // counts w as a target; across a grouping it counts only when w is in another group than s.
    for (let i = tail - 1; i >= 0; i--) {
      const v = order[i];
      let count = 0;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = adj[e];
        if (dist[w] === dist[v] + 1) {
          successor[count] = w;
          share[count++] = sigma[v] / sigma[w];
        }
      }
      let d = 0;
      for (let k = 0; k < count; k++) d += share[k] * (1 + delta[successor[k]]);
      delta[v] = d;
      if (v !== s) values[v] += d;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        const dg = deltaAcross[g];
        const home = group[s];
        let sum = 0;
        for (let k = 0; k < count; k++) {
          const w = successor[k];
          sum += share[k] * ((group[w] !== home ? 1 : 0) + dg[w]);
        }
        dg[v] = sum;
        if (v !== s) across[g][v] += sum;
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
      for (const dg of deltaAcross) dg[v] = 0;
    }
  }
  // Each unordered pair is counted from both ends over all sources: the sum over sources, scaled up from a sample,
  // divided by (n-1)(n-2) is the share over the (n-1)(n-2)/2 pairs.
  const scale = n > 2 && sources > 0 ? n / sources / ((n - 1) * (n - 2)) : 0;
  for (const array of [values, ...across]) for (let v = 0; v < n; v++) array[v] *= scale;
  return { values, across, sources, exact };
}
