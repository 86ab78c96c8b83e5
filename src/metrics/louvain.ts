// Louvain community detection (Blondel et al. 2008) and modularity on the member network's CSR, with a seeded node
// order. Hand-written: graphology-communities-louvain needs a graphology graph built for each measurement, ~10x the
// cost of this.
import { findRoot, resetComponents, unite } from './components.js';

export interface WeightedGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /**
   * Edge weights, whole numbers of ties (a graph of communities); null when every weight is 1 (the member network
   * itself: no array of ones to allocate and read). Whole numbers let every sum of Louvain live in an Int32Array (half
   * the memory of doubles, exact below 2^31, and the CSR's own Int32 offsets keep the tie count below that); the gains
   * computed from them as doubles are the same numbers.
   */
  weights: Int32Array | null;
}

export interface Partition {
  /** community[v] in 0..count-1 for every node of the input graph. */
  community: Int32Array;
  count: number;
  modularity: number;
}

/** Newman's modularity of a partition of a weighted graph (each undirected edge listed from both ends). */
export function modularity(
  g: Omit<WeightedGraph, 'weights'> & { weights: Int32Array | Float64Array | null },
  community: Int32Array,
): number {
  let labels = g.n;
  for (let v = 0; v < g.n; v++) if (community[v] >= labels) labels = community[v] + 1;
  const inside = new Float64Array(labels);
  const total = new Float64Array(labels);
  let m2 = 0;
  const { weights } = g;
  for (let v = 0; v < g.n; v++) {
    for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
      const w = weights === null ? 1 : weights[e];
      m2 += w;
      total[community[v]] += w;
      if (community[g.targets[e]] === community[v]) inside[community[v]] += w;
    }
  }
  if (m2 === 0) return 0;
  let q = 0;
  for (let c = 0; c < labels; c++) q += inside[c] / m2 - (total[c] / m2) ** 2;
  return q;
}

/** Writes 0..n-1 into `order` in a seeded random order (Fisher-Yates from the end). */
function shuffleInto(order: Int32Array, n: number, rng: () => number): void {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * The arrays moveNodes needs, allocated once per Louvain run for the largest level (the first) and reused, cut to n,
 * at every level.
 */
interface MoveWork {
  community: Int32Array;
  strength: Int32Array;
  total: Int32Array;
  toCommunity: Int32Array;
  touched: Int32Array;
  queue: Int32Array;
  queued: Uint8Array;
}

function moveWork(n: number): MoveWork {
  return {
    community: new Int32Array(n),
    strength: new Int32Array(n),
    total: new Int32Array(n),
    toCommunity: new Int32Array(n),
    touched: new Int32Array(n),
    queue: new Int32Array(n),
    queued: new Uint8Array(n),
  };
}

/**
 * Sums the ties of node v (edges first..last) into `toCommunity` by the neighbours' communities, listing each
 * community met in `touched`; returns how many. Self-loops are left out. Unweighted: each tie counts 1.
 */
function sumToCommunities(
  v: number,
  first: number,
  last: number,
  targets: Int32Array,
  community: Int32Array,
  toCommunity: Int32Array,
  touched: Int32Array,
): number {
  let count = 0;
  for (let e = first; e < last; e++) {
    const u = targets[e];
    if (u === v) continue;
    const c = community[u];
    if (toCommunity[c] === 0) touched[count++] = c;
    toCommunity[c] += 1;
  }
  return count;
}

/** sumToCommunities with edge weights. */
function sumWeightedToCommunities(
  v: number,
  first: number,
  last: number,
  targets: Int32Array,
  weights: Int32Array,
  community: Int32Array,
  toCommunity: Int32Array,
  touched: Int32Array,
): number {
  let count = 0;
  for (let e = first; e < last; e++) {
    const u = targets[e];
    if (u === v) continue;
    const c = community[u];
    if (toCommunity[c] === 0) touched[count++] = c;
    toCommunity[c] += weights[e];
  }
  return count;
}

/**
 * Takes a node of strength `strength` out of its community `own` and puts it into the community of highest modularity
 * gain among `own` and the `count` communities listed in `touched` (the first met wins a tie); clears `toCommunity`.
 */
function bestCommunity(
  own: number,
  strength: number,
  count: number,
  total: Int32Array,
  toCommunity: Int32Array,
  touched: Int32Array,
  m2: number,
): number {
  total[own] -= strength;
  let best = own;
  let bestGain = toCommunity[own] - (total[own] * strength) / m2;
  for (let t = 0; t < count; t++) {
    const c = touched[t];
    const gain = toCommunity[c] - (total[c] * strength) / m2;
    if (gain > bestGain + 1e-12) {
      best = c;
      bestGain = gain;
    }
  }
  total[best] += strength;
  for (let t = 0; t < count; t++) toCommunity[touched[t]] = 0;
  toCommunity[own] = 0;
  return best;
}

/**
 * Moves nodes between communities while modularity rises, visiting nodes from a queue (Traag et al. 2019's fast local
 * moves, as graphology's Louvain does): all nodes once in a seeded order, then only neighbours of nodes that moved.
 */
function moveNodes(
  g: WeightedGraph,
  rng: () => number,
  work: MoveWork,
  start: Int32Array | null,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights } = g;
  const community = work.community.subarray(0, n);
  const strength = work.strength.subarray(0, n);
  const total = work.total.subarray(0, n);
  let m2 = 0;
  for (let v = 0; v < n; v++) {
    community[v] = v;
    strength[v] = 0;
    if (weights === null) strength[v] = offsets[v + 1] - offsets[v];
    else for (let e = offsets[v]; e < offsets[v + 1]; e++) strength[v] += weights[e];
    total[v] = strength[v];
    m2 += strength[v];
  }
  if (start !== null) startFrom(g, start, community, strength, total);
  // Zero between uses (each node's visit clears what it touched).
  const { toCommunity, touched } = work;
  let moved = false;
  if (m2 === 0) return { community, moved };
  const queue = work.queue.subarray(0, n);
  shuffleInto(queue, n, rng);
  const queued = work.queued.subarray(0, n).fill(1);
  let head = 0;
  let length = n;
  while (length > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    length--;
    queued[v] = 0;
    const own = community[v];
    const first = offsets[v];
    const last = offsets[v + 1];
    const count =
      weights === null
        ? sumToCommunities(v, first, last, targets, community, toCommunity, touched)
        : sumWeightedToCommunities(v, first, last, targets, weights, community, toCommunity, touched);
    const best = bestCommunity(own, strength[v], count, total, toCommunity, touched, m2);
    if (best === own) continue;
    community[v] = best;
    moved = true;
    for (let e = first; e < last; e++) {
      const u = targets[e];
      if (queued[u] === 0 && community[u] !== best) {
        const tail = head + length;
        queue[tail >= n ? tail - n : tail] = u;
        length++;
        queued[u] = 1;
      }
    }
  }
  return { community, moved };
}

/** Renumbers communities 0..k-1 in order of first appearance; returns k. */
function renumber(community: Int32Array): number {
  const map = new Int32Array(community.length).fill(-1);
  let k = 0;
  for (let v = 0; v < community.length; v++) {
    if (map[community[v]] < 0) map[community[v]] = k++;
    community[v] = map[community[v]];
  }
  return k;
}

/** The graph of communities: one node per community, edge weights summed, internal weight as a self-loop. */
function aggregate(g: WeightedGraph, community: Int32Array, k: number): WeightedGraph {
  // Nodes grouped by community (counting sort), then each community's edges summed into a dense accumulator.
  const start = new Int32Array(k + 1);
  for (let v = 0; v < g.n; v++) start[community[v] + 1]++;
  for (let c = 0; c < k; c++) start[c + 1] += start[c];
  const members = new Int32Array(g.n);
  const fill = start.slice(0, k);
  for (let v = 0; v < g.n; v++) members[fill[community[v]]++] = v;
  const acc = new Int32Array(k);
  const touched = new Int32Array(k);
  const offsets = new Int32Array(k + 1);
  // The communities' edges are at most the nodes' edges: allocated once, cut to what is used.
  const targets = new Int32Array(g.targets.length);
  const weights = new Int32Array(g.targets.length);
  let used = 0;
  for (let c = 0; c < k; c++) {
    let count = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) {
        const d = community[g.targets[e]];
        if (acc[d] === 0) touched[count++] = d;
        acc[d] += g.weights === null ? 1 : g.weights[e];
      }
    }
    const row = touched.subarray(0, count).sort();
    for (let t = 0; t < count; t++) {
      const d = row[t];
      targets[used] = d;
      weights[used++] = acc[d];
      acc[d] = 0;
    }
    offsets[c + 1] = used;
  }
  return { n: k, offsets, targets: targets.subarray(0, used), weights: weights.subarray(0, used) };
}

/**
 * Puts each node into the community of its start label (label -1: alone), split into the parts that are connected
 * inside it (local moves never split a community, so one that fell apart since would stay whole), named by their
 * lowest node; then sums the communities' strengths.
 */
function startFrom(
  g: WeightedGraph,
  start: Int32Array,
  community: Int32Array,
  strength: Int32Array,
  total: Int32Array,
): void {
  const { n, offsets, targets } = g;
  resetComponents(community);
  for (let v = 0; v < n; v++) {
    if (start[v] < 0) continue;
    for (let e = offsets[v]; e < offsets[v + 1]; e++)
      if (start[targets[e]] === start[v]) unite(community, v, targets[e]);
  }
  for (let v = 0; v < n; v++) community[v] = findRoot(community, v);
  total.fill(0);
  for (let v = 0; v < n; v++) total[community[v]] += strength[v];
}

/**
 * Louvain on an unweighted CSR graph (neighbours listed from both ends), levels until no node moves. With `start` (a
 * label per node, -1 for none), the first level starts from that partition instead of singletons: a warm start from an
 * earlier partition, which needs fewer moves when the network changed little but may end in another local optimum.
 */
export function louvain(
  graph: { n: number; offsets: Int32Array; adj: Int32Array },
  rng: () => number,
  start: Int32Array | null = null,
): Partition {
  if (start !== null && start.length !== graph.n)
    throw new Error(
      `clustersim/louvain: start: expected a label for each of the ${graph.n} nodes, got ${start.length}`,
    );
  const base: WeightedGraph = { n: graph.n, offsets: graph.offsets, targets: graph.adj, weights: null };
  const community = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) community[v] = v;
  const work = moveWork(graph.n);
  let g = base;
  for (let level = 0; level < 50; level++) {
    const warm = level === 0 ? start : null;
    const step = moveNodes(g, rng, work, warm);
    // A warm start has grouped nodes even when none of them moves.
    if (!step.moved && warm === null) break;
    const k = renumber(step.community);
    for (let v = 0; v < graph.n; v++) community[v] = step.community[community[v]];
    if (!step.moved) break;
    g = aggregate(g, step.community, k);
  }
  const count = renumber(community);
  return { community, count, modularity: modularity(base, community) };
}
