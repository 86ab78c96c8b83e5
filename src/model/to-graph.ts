// The graph views of the model: what users, exporters (GEXF, GraphML), charts and library metrics (Louvain) see.
// networkView is hand-written rather than a graphology graph: writers only read, and building the graph took ~2 s of
// the ~8 s of writing the 10x network; toGraph copies the same view into a graphology graph for those who want one.
import { UndirectedGraph } from 'graphology';
import { KIND_NAMES, type KindName } from '../scenario/schema.js';
import { PARKS, REGIONS, SECTORS } from './geography.js';
import { STAY_OUT_REASONS, TIE_ORIGINS, type Agents, type MeasuredPartition, type Mcs, type Ties } from './types.js';

export interface AgentAttrs {
  label: string;
  kind: KindName;
  mc: string;
  region: string;
  park: string;
  sector: string;
  size: 'small' | 'medium' | 'large' | '';
  lead: boolean;
  member: boolean;
  /** Whether the agent is its MC's coordinator (the MC's first agency member). */
  coordinator: boolean;
  reason: string;
  capability: number;
  satisfaction: number;
  /** The member's Louvain community, when the view was given a partition (ToGraphOptions.community). */
  community?: number;
}

export interface TieAttrs {
  weight: number;
  trust: number;
  origin: (typeof TIE_ORIGINS)[number];
  createdAt: number;
  lastUsed: number;
}

export interface NetworkAttrs {
  step: number;
}

export type ClusterGraph = UndirectedGraph<AgentAttrs, TieAttrs, NetworkAttrs>;

/** What exporters and chart snapshots read of a network; graphology graphs and network views both have it. */
export interface ReadableGraph<N = unknown, E = unknown, G = unknown> {
  readonly type: string;
  getAttributes(): G;
  forEachNode(callback: (node: string, attributes: N) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: E,
      source: string,
      target: string,
      sourceAttributes: unknown,
      targetAttributes: unknown,
      undirected: boolean,
    ) => void,
  ): void;
}

/** A node of a graph as its iterator gives it (graphology's nodeEntries()). */
export interface NodeEntry<N> {
  node: string;
  attributes: N;
}

/** An edge of a graph as its iterator gives it (graphology's edgeEntries()). */
export interface EdgeEntry<E> {
  edge: string;
  attributes: E;
  source: string;
  target: string;
  undirected: boolean;
}

/** A readable graph that also gives its nodes and edges one at a time: what the streaming writers read. */
export interface IterableGraph<N = unknown, E = unknown, G = unknown> extends ReadableGraph<N, E, G> {
  nodeEntries(): Iterable<NodeEntry<N>>;
  edgeEntries(): Iterable<EdgeEntry<E>>;
}

/** The model's member network read in place: the nodes, edges and attributes toGraph would hold, in the same order. */
export interface NetworkView extends IterableGraph<AgentAttrs, TieAttrs, NetworkAttrs> {
  readonly type: 'undirected';
  /** Number of nodes (counted on each read). */
  readonly order: number;
  /** Number of edges (counted on each read). */
  readonly size: number;
  getAttribute<K extends keyof NetworkAttrs>(name: K): NetworkAttrs[K];
}

/**
 * The parts of a model a network view reads (a Model has them; copyNetwork keeps them apart from the running model).
 */
export interface NetworkSource {
  step: number;
  agents: Pick<
    Agents,
    | 'count'
    | 'kind'
    | 'mc'
    | 'region'
    | 'park'
    | 'sector'
    | 'size'
    | 'lead'
    | 'member'
    | 'reason'
    | 'capability'
    | 'satisfaction'
  >;
  ties: Pick<Ties, 'size' | 'alive' | 'a' | 'b' | 'strength' | 'trust' | 'origin' | 'createdAt' | 'lastUsed'>;
  mcs: Pick<Mcs, 'names' | 'coordinator'>;
  /** The last partition measured (Model.partition), if any. */
  partition?: MeasuredPartition;
}

export interface ToGraphOptions {
  /** Keep only current members and the ties among them (default true). */
  membersOnly?: boolean;
  /**
   * Each agent's community by agent id (negative: none), written as the `community` attribute of the nodes that have
   * one (metrics/communities.ts: memberCommunities).
   */
  community?: Int32Array;
}

const SIZES = ['small', 'medium', 'large'] as const;

/** The node attributes of agent i (with its community when `community` holds one for it). */
export function agentAttributes(source: NetworkSource, i: number, community?: Int32Array): AgentAttrs {
  const { agents, mcs } = source;
  const kind = KIND_NAMES[agents.kind[i]];
  const attributes: AgentAttrs = {
    label: `${kind} ${i}`,
    kind,
    mc: mcs.names[agents.mc[i]],
    region: REGIONS[agents.region[i]].id,
    park: PARKS[agents.park[i]],
    sector: SECTORS[agents.sector[i]],
    size: kind === 'firm' ? SIZES[agents.size[i]] : '',
    lead: agents.lead[i] === 1,
    member: agents.member[i] === 1,
    coordinator: mcs.coordinator[agents.mc[i]] === i,
    reason: kind === 'firm' && agents.member[i] !== 1 ? STAY_OUT_REASONS[agents.reason[i]] : '',
    capability: agents.capability[i],
    satisfaction: agents.satisfaction[i],
  };
  if (community !== undefined && community[i] >= 0) attributes.community = community[i];
  return attributes;
}

/** The edge attributes of the tie in `slot`. */
export function tieAttributes(source: NetworkSource, slot: number): TieAttrs {
  const { ties } = source;
  return {
    weight: ties.strength[slot],
    trust: ties.trust[slot],
    origin: TIE_ORIGINS[ties.origin[slot]],
    createdAt: ties.createdAt[slot],
    lastUsed: ties.lastUsed[slot],
  };
}

/**
 * A read-only view of the network of `source` now: node keys are agent ids as strings (agents in id order), edge keys
 * `t<slot>` (ties in slot order). It reads the arrays on every call, so it follows a running model; copyNetwork first
 * to keep one step.
 */
export function networkView(source: NetworkSource, options: ToGraphOptions = {}): NetworkView {
  const membersOnly = options.membersOnly ?? true;
  const { community } = options;
  const { agents, ties } = source;
  const isNode = (i: number) => !membersOnly || agents.member[i] === 1;
  const isEdge = (slot: number) => ties.alive[slot] === 1 && isNode(ties.a[slot]) && isNode(ties.b[slot]);
  let ids: string[] | undefined;
  const keys = () =>
    ids && ids.length === agents.count ? ids : (ids = Array.from({ length: agents.count }, (_, i) => String(i)));
  const count = (n: number, keep: (k: number) => boolean) => {
    let kept = 0;
    for (let k = 0; k < n; k++) if (keep(k)) kept++;
    return kept;
  };
  function* nodeEntries(): Generator<NodeEntry<AgentAttrs>> {
    const id = keys();
    for (let i = 0; i < agents.count; i++)
      if (isNode(i)) yield { node: id[i], attributes: agentAttributes(source, i, community) };
  }
  function* edgeEntries(): Generator<EdgeEntry<TieAttrs>> {
    const id = keys();
    for (let slot = 0; slot < ties.size; slot++) {
      if (!isEdge(slot)) continue;
      const ends = { source: id[ties.a[slot]], target: id[ties.b[slot]] };
      yield { edge: `t${slot}`, attributes: tieAttributes(source, slot), ...ends, undirected: true };
    }
  }
  return {
    type: 'undirected',
    get order() {
      return count(agents.count, isNode);
    },
    get size() {
      return count(ties.size, isEdge);
    },
    getAttribute: (name) => ({ step: source.step })[name],
    getAttributes: () => ({ step: source.step }),
    forEachNode(callback) {
      for (const { node, attributes } of nodeEntries()) callback(node, attributes);
    },
    forEachEdge(callback) {
      for (const e of edgeEntries()) callback(e.edge, e.attributes, e.source, e.target, undefined, undefined, true);
    },
    nodeEntries,
    edgeEntries,
  };
}

/** The columns a network view reads, copied: a view of the copy stays as the model was when it was taken. */
export function copyNetwork(source: NetworkSource): NetworkSource {
  const { agents, ties } = source;
  const n = agents.count;
  const m = ties.size;
  return {
    step: source.step,
    agents: {
      count: n,
      kind: agents.kind.slice(0, n),
      mc: agents.mc.slice(0, n),
      region: agents.region.slice(0, n),
      park: agents.park.slice(0, n),
      sector: agents.sector.slice(0, n),
      size: agents.size.slice(0, n),
      lead: agents.lead.slice(0, n),
      member: agents.member.slice(0, n),
      reason: agents.reason.slice(0, n),
      capability: agents.capability.slice(0, n),
      satisfaction: agents.satisfaction.slice(0, n),
    },
    ties: {
      size: m,
      alive: ties.alive.slice(0, m),
      a: ties.a.slice(0, m),
      b: ties.b.slice(0, m),
      strength: ties.strength.slice(0, m),
      trust: ties.trust.slice(0, m),
      origin: ties.origin.slice(0, m),
      createdAt: ties.createdAt.slice(0, m),
      lastUsed: ties.lastUsed.slice(0, m),
    },
    mcs: { names: [...source.mcs.names], coordinator: source.mcs.coordinator.slice() },
    partition: source.partition,
  };
}

/** Builds the graphology graph of the model now (or of a copy), with the nodes, edges and attributes of networkView. */
export function toGraph(source: NetworkSource, options: ToGraphOptions = {}): ClusterGraph {
  const view = networkView(source, options);
  const graph: ClusterGraph = new UndirectedGraph<AgentAttrs, TieAttrs, NetworkAttrs>();
  graph.replaceAttributes(view.getAttributes());
  view.forEachNode((key, attrs) => graph.addNode(key, attrs));
  view.forEachEdge((key, attrs, source, target) => graph.addUndirectedEdgeWithKey(key, source, target, attrs));
  return graph;
}
