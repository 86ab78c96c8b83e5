// Who brokers: for each member of a network (a graphology graph built from the model, or read from a GEXF or GraphML
// file), its degree, betweenness (exact, or from a seeded sample of sources), PageRank (graphology-metrics), and its
// brokerage across MCs and regions: ties that cross, shortest paths between MCs or regions through it, and Gould &
// Fernandez's roles by MC. Betweenness and roles are hand-written on a CSR copy (see betweenness.ts, brokerage-roles.ts).
import { UndirectedGraph } from 'graphology';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { createRng } from '../random/rng.js';
import { betweenness, sourcesWithin, type CsrGraph } from './betweenness.js';
import { brokerageRoles } from './brokerage-roles.js';

type Pagerank = (
  graph: AbstractGraph,
  options: { getEdgeWeight: null; alpha: number; tolerance: number; maxIterations: number },
) => Record<string, number>;
// A CommonJS module whose default export TypeScript's NodeNext view does not see as callable.
const pagerank = ((pagerankModule as unknown as { default?: Pagerank }).default ?? pagerankModule) as Pagerank;

/**
 * The budget of the betweenness by default, in units of brandesWork (members x (members + arcs) per connected component,
 * summed): the exact value when it fits (the default run's final network takes ~18 million, ~0.5 s), else as many
 * sampled sources as fit, at least MIN_BETWEENNESS_SOURCES (a connected network of the same size gets ~500).
 */
export const BETWEENNESS_BUDGET = 50_000_000;
export const MIN_BETWEENNESS_SOURCES = 100;

/** PageRank's damping, and the mean change per node below which its power iteration stops. */
export const PAGERANK = { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;

export interface CentralityOptions {
  /**
   * Sources of the betweenness: exact when at least the members, else this many drawn with `seed`; by default as many as
   * BETWEENNESS_BUDGET allows (exact for a network that small).
   */
  sources?: number;
  /** Seed of the sample of sources (createRng). */
  seed: string;
}

export interface MemberCentrality {
  node: string;
  kind: string;
  mc: string;
  region: string;
  coordinator: boolean;
  community: number | null;
  degree: number;
  crossMcTies: number;
  crossRegionTies: number;
  betweenness: number;
  betweennessAcrossMcs: number;
  betweennessAcrossRegions: number;
  pagerank: number;
  gfCoordinator: number;
  gfItinerant: number;
  gfRepresentative: number;
  gfLiaison: number;
}

export interface CentralityMethod {
  members: number;
  ties: number;
  /**
   * What of the input was not analysed as it was, and the members without a kind, an MC or a region (grouped as one
   * kind, MC or region without a name).
   */
  input: {
    nonMembers: number;
    selfLoops: number;
    parallelTies: number;
    directedEdges: number;
    withoutKind: number;
    withoutMc: number;
    withoutRegion: number;
  };
  betweenness: { exact: boolean; sources: number; seed: string | null };
  pagerank: { alpha: number; tolerance: number; weighted: false };
}

export interface NetworkCentrality {
  members: MemberCentrality[];
  method: CentralityMethod;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const isTrue = (value: unknown) => value === true || value === 'true';
const isFalse = (value: unknown) => value === false || value === 'false';

function communityOf(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** Each node's group index, in order of first appearance of its label. */
function groupIndex(labels: readonly string[]): Int32Array {
  const index = new Map<string, number>();
  return Int32Array.from(labels, (label) => {
    let k = index.get(label);
    if (k === undefined) index.set(label, (k = index.size));
    return k;
  });
}

interface Members {
  keys: string[];
  attributes: Attributes[];
  csr: CsrGraph;
  input: CentralityMethod['input'];
}

/** The members (nodes not flagged member = false) and the distinct undirected ties among them, as a CSR. */
function membersOf(graph: AbstractGraph): Members {
  const keys: string[] = [];
  const attributes: Attributes[] = [];
  const local = new Map<string, number>();
  let nonMembers = 0;
  graph.forEachNode((node, a) => {
    if (isFalse(a.member)) return void nonMembers++;
    local.set(node, keys.length);
    keys.push(node);
    attributes.push(a);
  });
  const unnamed = (name: string) => attributes.filter((a) => text(a[name]) === '').length;
  const input = {
    nonMembers,
    selfLoops: 0,
    parallelTies: 0,
    directedEdges: 0,
    withoutKind: unnamed('kind'),
    withoutMc: unnamed('mc'),
    withoutRegion: unnamed('region'),
  };
  const lists: number[][] = keys.map(() => []);
  const seen = new Set<number>();
  const n = keys.length;
  graph.forEachEdge((_edge, _a, source, target, _sa, _ta, undirected) => {
    const u = local.get(source);
    const v = local.get(target);
    if (u === undefined || v === undefined) return;
    if (!undirected) input.directedEdges++;
    if (u === v) return void input.selfLoops++;
    const pair = Math.min(u, v) * n + Math.max(u, v);
    if (seen.has(pair)) return void input.parallelTies++;
    seen.add(pair);
    lists[u].push(v);
    lists[v].push(u);
  });
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + lists[v].length;
  const adj = new Int32Array(offsets[n]);
  for (let v = 0; v < n; v++)
    adj.set(
      lists[v].sort((x, y) => x - y),
      offsets[v],
    );
  return { keys, attributes, csr: { n, offsets, adj }, input };
}

/** PageRank of the members: on the graph itself when it holds just them as a simple undirected graph, else on a copy. */
function pagerankOf(graph: AbstractGraph, members: Members): Float64Array {
  const { keys, csr, input } = members;
  if (keys.length === 0) return new Float64Array(0);
  const asIs =
    graph.type === 'undirected' &&
    !graph.multi &&
    input.nonMembers === 0 &&
    input.selfLoops === 0 &&
    input.parallelTies === 0;
  let target: AbstractGraph = graph;
  if (!asIs) {
    const copy = new UndirectedGraph();
    for (const key of keys) copy.addNode(key);
    for (let u = 0; u < csr.n; u++)
      for (let e = csr.offsets[u]; e < csr.offsets[u + 1]; e++)
        if (csr.adj[e] > u) copy.addEdge(keys[u], keys[csr.adj[e]]);
    target = copy;
  }
  const { alpha, tolerance, maxIterations } = PAGERANK;
  const ranks = pagerank(target, { getEdgeWeight: null, alpha, tolerance, maxIterations });
  return Float64Array.from(keys, (key) => ranks[key]);
}

/** Centrality and brokerage of every member of `graph`, in the graph's node order. */
export function networkCentrality(graph: AbstractGraph, options: CentralityOptions): NetworkCentrality {
  const members = membersOf(graph);
  const { keys, attributes, csr } = members;
  const n = csr.n;
  const mc = attributes.map((a) => text(a.mc));
  const region = attributes.map((a) => text(a.region));
  const mcGroup = groupIndex(mc);
  const regionGroup = groupIndex(region);
  const sources = Math.min(options.sources ?? sourcesWithin(csr, BETWEENNESS_BUDGET, MIN_BETWEENNESS_SOURCES), n);
  const exact = sources >= n;
  const between = betweenness(csr, {
    sources,
    rng: exact ? undefined : createRng(options.seed),
    groups: [mcGroup, regionGroup],
  });
  const ranks = pagerankOf(graph, members);
  const roles = brokerageRoles(csr, mcGroup);
  const rows: MemberCentrality[] = [];
  for (let v = 0; v < n; v++) {
    let crossMc = 0;
    let crossRegion = 0;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const w = csr.adj[e];
      if (mcGroup[w] !== mcGroup[v]) crossMc++;
      if (regionGroup[w] !== regionGroup[v]) crossRegion++;
    }
    const a = attributes[v];
    rows.push({
      node: keys[v],
      kind: text(a.kind),
      mc: mc[v],
      region: region[v],
      coordinator: isTrue(a.coordinator),
      community: communityOf(a.community),
      degree: csr.offsets[v + 1] - csr.offsets[v],
      crossMcTies: crossMc,
      crossRegionTies: crossRegion,
      betweenness: between.values[v],
      betweennessAcrossMcs: between.across[0][v],
      betweennessAcrossRegions: between.across[1][v],
      pagerank: ranks[v],
      gfCoordinator: roles.coordinator[v],
      gfItinerant: roles.itinerant[v],
      gfRepresentative: roles.representative[v],
      gfLiaison: roles.liaison[v],
    });
  }
  return {
    members: rows,
    method: {
      members: n,
      ties: csr.adj.length / 2,
      input: members.input,
      betweenness: { exact, sources: between.sources, seed: exact ? null : options.seed },
      pagerank: { alpha: PAGERANK.alpha, tolerance: PAGERANK.tolerance, weighted: false },
    },
  };
}
