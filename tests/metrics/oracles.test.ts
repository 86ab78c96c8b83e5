// The hand-written typed-array metrics against graphology and its standard library, as oracles, on random graphs made
// by fast-check (fixed seeds, so every run checks the same graphs): density (graphology-metrics), connected components
// and the giant component (graphology-components), average clustering (a plain implementation on graphology's neighbour
// API: graphology-metrics has none), modularity of a given partition (graphology-metrics/graph/modularity), and Louvain
// (graphology-communities-louvain): the hand-written Louvain may find another partition, but the modularity it reports
// must be that of its partition, and must be no worse than graphology's by more than LOUVAIN_TOLERANCE.
//
// The graphs go through the model's own path (a tiny model of member firms, then tallyNetwork and memberCsr), with
// non-member firms whose ties must not count. Graphs: up to 300 firms, pieces that never touch, isolated firms, hubs,
// cliques, densities from empty to complete; and small free-form edge lists, which shrink well when a property fails.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { density as graphDensity } from 'graphology-metrics/graph/density.js';
import * as modularityModule from 'graphology-metrics/graph/modularity.js';
import * as louvainModule from 'graphology-communities-louvain';
import { averageClustering, triangleCounts } from '../../src/metrics/clustering.js';
import { communities } from '../../src/metrics/communities.js';
import { findRoot, resetComponents, unite } from '../../src/metrics/components.js';
import { louvain, modularity } from '../../src/metrics/louvain.js';
import { memberCsr, type Csr } from '../../src/metrics/member-network.js';
import { density, giantComponentShare, meanDegree } from '../../src/metrics/network.js';
import { tallyNetwork } from '../../src/metrics/tally.js';
import { createRng, randomInt } from '../../src/random/rng.js';
import { firmNetwork } from '../helpers/networks.js';

// CommonJS modules whose default export TypeScript's NodeNext view does not see as callable.
const defaultOf = <T>(mod: { default?: T }): T => (mod.default ?? mod) as T;
const graphModularity = defaultOf<
  (graph: UndirectedGraph, options: { getNodeCommunity: (node: string) => number }) => number
>(modularityModule as never);
const graphLouvain = defaultOf<{
  detailed: (graph: UndirectedGraph, options: { rng: () => number }) => { modularity: number; count: number };
}>(louvainModule as never);

/**
 * How much lower the hand-written Louvain's modularity may be than graphology-communities-louvain's on the same graph.
 * Both are randomised local searches, so one run of each can land in different local optima (seen on 12-node trees:
 * each finds Q = 0.4012 or 0.4383 depending on its seed). Measured (graphology - ours, one run each, graphs with
 * edges):
 *   these 120 graphs: mean +0.00016, p99 0.0100, max 0.0128;
 *   1,256 other graphs: mean +0.00013, p99 0.0133, max 0.055, 4 of them (0.3%) above 0.02; ORACLE_RUNS=2000 here
 *   meets its first one above 0.02 (0.0004 over) at graph 695;
 *   graphology against itself with five seeds on those graphs: spread p99 0.026, max 0.078, as wide as the gap;
 *   best of five runs each: mean -0.00015 (ours a little better), max 0.037.
 */
const LOUVAIN_TOLERANCE = 0.02;

/**
 * Firms 0..n-1 with ties among them; outsiders are firms that are not members (their ties stay out of the member
 * network).
 */
interface RandomNetwork {
  n: number;
  edges: [number, number][];
  outsiders: number[];
}

/** The recipe of a structured random network; the edges are drawn from `seed` with the model's generator. */
interface Recipe {
  n: number;
  /** Groups of firms with no tie between groups. */
  pieces: number;
  /** Mean degree aimed at inside each piece (capped by the complete graph). */
  meanDegree: number;
  /** Firms per piece that are hubs, and the share of draws that take a hub as one end. */
  hubs: number;
  hubShare: number;
  isolatedShare: number;
  outsiderShare: number;
  /** Cliques of 3 to 8 firms added inside pieces (many triangles). */
  cliques: number;
  seed: number;
}

function build(r: Recipe): RandomNetwork {
  const rng = createRng(r.seed);
  // Firm ids in a shuffled order, so that pieces, hubs and isolated firms are not blocks of neighbouring ids.
  const ids = Array.from({ length: r.n }, (_, i) => i);
  for (let i = r.n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const isolated = Math.floor(r.isolatedShare * r.n);
  const rest = ids.slice(isolated);
  // Piece boundaries at random cut points.
  const cuts = Array.from({ length: Math.min(r.pieces, rest.length) - 1 }, () => randomInt(rng, rest.length + 1)).sort(
    (a, b) => a - b,
  );
  const bounds = [0, ...cuts, rest.length];
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  const add = (u: number, v: number) => {
    const key = Math.min(u, v) * 100_000 + Math.max(u, v);
    if (u === v || seen.has(key)) return;
    seen.add(key);
    edges.push([u, v]);
  };
  const pieces: number[][] = [];
  for (let p = 0; p + 1 < bounds.length; p++) pieces.push(rest.slice(bounds[p], bounds[p + 1]));
  for (const piece of pieces) {
    const s = piece.length;
    if (s < 2) continue;
    const target = Math.min(Math.round((r.meanDegree * s) / 2), (s * (s - 1)) / 2);
    const hubs = Math.min(r.hubs, s);
    // Draws until the piece has its target, at most 3 x target draws: duplicates are skipped, so dense pieces may end
    // below it.
    const before = edges.length;
    for (let k = 0; k < 3 * target && edges.length - before < target; k++) {
      const u = hubs > 0 && rng() < r.hubShare ? piece[randomInt(rng, hubs)] : piece[randomInt(rng, s)];
      add(u, piece[randomInt(rng, s)]);
    }
  }
  for (let c = 0; c < r.cliques && pieces.length > 0; c++) {
    const piece = pieces[randomInt(rng, pieces.length)];
    const size = Math.min(piece.length, 3 + randomInt(rng, 6));
    const start = randomInt(rng, piece.length - size + 1);
    for (let i = start; i < start + size; i++) for (let j = i + 1; j < start + size; j++) add(piece[i], piece[j]);
  }
  const outsiders = ids.filter(() => rng() < r.outsiderShare);
  return { n: r.n, edges, outsiders };
}

const recipe: fc.Arbitrary<Recipe> = fc.record({
  n: fc.integer({ min: 0, max: 300 }),
  pieces: fc.integer({ min: 1, max: 8 }),
  meanDegree: fc.oneof(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 4, max: 40, noNaN: true })),
  hubs: fc.integer({ min: 0, max: 4 }),
  hubShare: fc.double({ min: 0, max: 0.8, noNaN: true }),
  isolatedShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
  outsiderShare: fc.constantFrom(0, 0, 0.05, 0.2),
  cliques: fc.integer({ min: 0, max: 6 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/** Small free-form networks: any simple graph on up to 24 firms. */
const freeForm: fc.Arbitrary<RandomNetwork> = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.uniqueArray(
      fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([u, v]) => u !== v),
      { selector: ([u, v]) => `${Math.min(u, v)}-${Math.max(u, v)}`, maxLength: (n * (n - 1)) / 2 },
    ),
    outsiders: fc.subarray(
      Array.from({ length: n }, (_, i) => i),
      { maxLength: Math.min(2, n) },
    ),
  }),
);

const networks: fc.Arbitrary<RandomNetwork> = fc.oneof(
  { arbitrary: recipe.map(build), weight: 3 },
  { arbitrary: freeForm, weight: 1 },
);

/**
 * The member network as a graphology graph: nodes are the members' agent ids, in id order (as memberCsr numbers them).
 */
function oracleGraph(net: RandomNetwork): UndirectedGraph {
  const outside = new Set(net.outsiders);
  const graph = new UndirectedGraph();
  for (let i = 0; i < net.n; i++) if (!outside.has(i)) graph.addNode(String(i));
  for (const [u, v] of net.edges) if (!outside.has(u) && !outside.has(v)) graph.addEdge(String(u), String(v));
  return graph;
}

/** Local clustering the plain way: links among each node's neighbours over the pairs of them. */
function oracleTriangles(graph: UndirectedGraph): Map<string, number> {
  const links = new Map<string, number>();
  graph.forEachNode((node) => {
    const around = graph.neighbors(node);
    let count = 0;
    for (let i = 0; i < around.length; i++)
      for (let j = i + 1; j < around.length; j++) if (graph.hasEdge(around[i], around[j])) count++;
    links.set(node, count);
  });
  return links;
}

function oracleClustering(graph: UndirectedGraph): number {
  if (graph.order === 0) return 0;
  const links = oracleTriangles(graph);
  let sum = 0;
  graph.forEachNode((node) => {
    const k = graph.degree(node);
    if (k >= 2) sum += (2 * links.get(node)!) / (k * (k - 1));
  });
  return sum / graph.order;
}

/** The model for a network, its member CSR and the graphology oracle graph. */
function prepare(net: RandomNetwork) {
  const model = firmNetwork(net.n, net.edges, net.outsiders);
  return { model, csr: memberCsr(model), graph: oracleGraph(net) };
}

/** A CSR node's community as graphology-metrics asks for it, by node key (the agent id). */
function communityGetter(csr: Csr, community: Int32Array): (node: string) => number {
  const local = new Map<number, number>();
  csr.agentOf.forEach((agent, v) => local.set(agent, v));
  return (node) => community[local.get(Number(node))!];
}

const weighted = (csr: Csr) => ({
  n: csr.n,
  offsets: csr.offsets,
  targets: csr.adj,
  weights: new Float64Array(csr.adj.length).fill(1),
});

/**
 * Fixed seeds: the same graphs every run. A failure prints its seed and path; replay with { seed, path } added here.
 * ORACLE_RUNS=2000 checks more graphs (same seeds, longer runs); ORACLE_REPORT=1 prints the spread of the Louvain gaps.
 */
const RUNS = { seed: 20_250_611, numRuns: Number(process.env.ORACLE_RUNS ?? 120) };

describe('oracles: the member network', () => {
  it('memberCsr holds the same nodes and edges as the graphology graph of the member ties', () => {
    fc.assert(
      fc.property(networks, (net) => {
        const { csr, graph } = prepare(net);
        expect(csr.n).toBe(graph.order);
        expect(csr.adj.length).toBe(2 * graph.size);
        for (let v = 0; v < csr.n; v++) {
          const mine = Array.from(csr.adj.subarray(csr.offsets[v], csr.offsets[v + 1]), (u) =>
            String(csr.agentOf[u]),
          ).sort();
          expect(mine).toEqual(graph.neighbors(String(csr.agentOf[v])).sort());
        }
      }),
      { ...RUNS, seed: RUNS.seed + 1 },
    );
  });
});

describe('oracles: density and mean degree (graphology-metrics)', () => {
  it("tallyNetwork counts graphology's order and size, and density equals graphology-metrics' density", () => {
    fc.assert(
      fc.property(networks, (net) => {
        const { model, graph } = prepare(net);
        const t = tallyNetwork(model);
        expect(t.members).toBe(graph.order);
        expect(t.ties).toBe(graph.size);
        expect(density(t)).toBeCloseTo(graphDensity(graph), 12); // both 0 below two members
        expect(meanDegree(t)).toBeCloseTo(graph.order === 0 ? 0 : (2 * graph.size) / graph.order, 12);
      }),
      { ...RUNS, seed: RUNS.seed + 2 },
    );
  });
});

describe('oracles: connected components (graphology-components)', () => {
  it("the giant component matches graphology's largest connected component", () => {
    fc.assert(
      fc.property(networks, (net) => {
        const { model, graph } = prepare(net);
        const largest = Math.max(0, ...connectedComponents(graph).map((c) => c.length));
        const t = tallyNetwork(model);
        expect(t.largestComponent).toBe(largest);
        expect(giantComponentShare(t)).toBe(graph.order === 0 ? 0 : largest / graph.order);
      }),
      { ...RUNS, seed: RUNS.seed + 3 },
    );
  });

  it("union-find over the member ties gives graphology's partition into components, not only its largest size", () => {
    fc.assert(
      fc.property(networks, (net) => {
        const { graph } = prepare(net);
        const parent = new Int32Array(net.n);
        resetComponents(parent);
        graph.forEachEdge((_, __, u, v) => unite(parent, Number(u), Number(v)));
        const roots = connectedComponents(graph).map((component) => {
          const own = new Set(component.map((node) => findRoot(parent, Number(node))));
          expect(own.size).toBe(1); // one component of graphology's is one component of the union-find
          return [...own][0];
        });
        expect(new Set(roots).size).toBe(roots.length); // and two of graphology's are never one
      }),
      { ...RUNS, seed: RUNS.seed + 4 },
    );
  });
});

describe('oracles: average clustering (plain implementation on graphology)', () => {
  it('triangle counts per node and the average clustering equal the plain count over neighbour pairs', () => {
    fc.assert(
      fc.property(networks, (net) => {
        const { csr, graph } = prepare(net);
        const expected = oracleTriangles(graph);
        const triangles = triangleCounts(csr);
        for (let v = 0; v < csr.n; v++) expect(triangles[v]).toBe(expected.get(String(csr.agentOf[v])));
        expect(averageClustering(csr)).toBeCloseTo(oracleClustering(graph), 12);
      }),
      { ...RUNS, seed: RUNS.seed + 5 },
    );
  });
});

describe('oracles: modularity (graphology-metrics)', () => {
  it('modularity() of a partition with labels of any size in a small graph: one edge 0-1 among 5 nodes, labels [0, 5, 2, 3, 4]', () => {
    const graph = {
      n: 5,
      offsets: Int32Array.from([0, 1, 2, 2, 2, 2]),
      targets: Int32Array.from([1, 0]),
      weights: Float64Array.from([1, 1]),
    };
    expect(modularity(graph as Parameters<typeof modularity>[0], Int32Array.from([0, 5, 2, 3, 4]))).toBeCloseTo(
      -0.5,
      12,
    );
  });

  it("modularity() of any partition (labels below or above the node count) equals graphology-metrics' modularity of it", () => {
    const partitioned = networks.chain((net) => {
      const members = net.n - new Set(net.outsiders).size;
      return fc.tuple(
        fc.constant(net),
        fc.integer({ min: 1, max: Math.max(1, Math.min(members, 12)) }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
      );
    });
    fc.assert(
      fc.property(partitioned, ([net, groups, seed, sparse]) => {
        const { csr, graph } = prepare(net);
        fc.pre(graph.size > 0); // graphology-metrics refuses a graph without edges; modularity() returns 0 there (tests/metrics/communities)
        const rng = createRng(seed);
        const community = Int32Array.from({ length: csr.n }, () => randomInt(rng, groups) * (sparse ? csr.n + 1 : 1));
        expect(modularity(weighted(csr), community)).toBeCloseTo(
          graphModularity(graph, { getNodeCommunity: communityGetter(csr, community) }),
          9,
        );
      }),
      { ...RUNS, seed: RUNS.seed + 6 },
    );
  });
});

describe('oracles: Louvain (graphology-communities-louvain)', () => {
  it('reports the modularity of the partition it returns, as graphology-metrics measures it, with communities numbered 0..count-1', () => {
    fc.assert(
      fc.property(networks, fc.integer({ min: 0, max: 1000 }), (net, seed) => {
        const { csr, graph } = prepare(net);
        const found = louvain(csr, createRng(seed));
        expect(new Set(found.community).size).toBe(found.count);
        expect(Math.max(-1, ...found.community)).toBe(found.count - 1);
        if (graph.size === 0) expect(found.modularity).toBe(0);
        else
          expect(found.modularity).toBeCloseTo(
            graphModularity(graph, { getNodeCommunity: communityGetter(csr, found.community) }),
            9,
          );
      }),
      { ...RUNS, seed: RUNS.seed + 7 },
    );
  });

  it(`finds a modularity no worse than graphology-communities-louvain's, less ${LOUVAIN_TOLERANCE}`, () => {
    const gaps: number[] = [];
    fc.assert(
      fc.property(networks, fc.integer({ min: 0, max: 1000 }), (net, seed) => {
        const { model, csr, graph } = prepare(net);
        fc.pre(graph.size > 0);
        // The model's own call (communities(): seed derived from the run's seed and step), and graphology's with a
        // seeded rng.
        const mine = communities(model, csr).modularity;
        const theirs = graphLouvain.detailed(graph, { rng: createRng(seed) }).modularity;
        gaps.push(theirs - mine);
        expect(mine).toBeGreaterThanOrEqual(theirs - LOUVAIN_TOLERANCE);
      }),
      { ...RUNS, seed: RUNS.seed + 8 },
    );
    // What the tolerance rests on: on most graphs the two agree, and on average the hand-written one is not worse.
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    if (process.env.ORACLE_REPORT) {
      const sorted = [...gaps].sort((a, b) => a - b);
      const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
      console.log(
        `louvain gaps (graphology - ours) n=${gaps.length} mean=${mean} min=${sorted[0]} p50=${q(0.5)} p90=${q(0.9)} p99=${q(0.99)} max=${sorted.at(-1)}`,
      );
    }
    expect(mean).toBeLessThan(0.002);
  });
});
