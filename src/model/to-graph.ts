// The graphology view of the model: what users, exporters (GEXF, GraphML) and library metrics (Louvain) see.
import { UndirectedGraph } from 'graphology';
import { KIND_NAMES, type KindName } from '../scenario/schema.js';
import { PARKS, REGIONS, SECTORS } from './geography.js';
import { STAY_OUT_REASONS, TIE_ORIGINS, type Model } from './types.js';

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
  reason: string;
  capability: number;
  satisfaction: number;
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

export interface ToGraphOptions {
  /** Keep only current members and the ties among them (default true). */
  membersOnly?: boolean;
}

const SIZES = ['small', 'medium', 'large'] as const;

/** Builds the graphology graph of the model now; node keys are agent ids as strings. */
export function toGraph(model: Model, options: ToGraphOptions = {}): ClusterGraph {
  const membersOnly = options.membersOnly ?? true;
  const { agents, ties, mcs } = model;
  const graph: ClusterGraph = new UndirectedGraph<AgentAttrs, TieAttrs, NetworkAttrs>();
  graph.replaceAttributes({ step: model.step });
  for (let i = 0; i < agents.count; i++) {
    if (membersOnly && agents.member[i] !== 1) continue;
    const kind = KIND_NAMES[agents.kind[i]];
    graph.addNode(String(i), {
      label: `${kind} ${i}`,
      kind,
      mc: mcs.names[agents.mc[i]],
      region: REGIONS[agents.region[i]].id,
      park: PARKS[agents.park[i]],
      sector: SECTORS[agents.sector[i]],
      size: kind === 'firm' ? SIZES[agents.size[i]] : '',
      lead: agents.lead[i] === 1,
      member: agents.member[i] === 1,
      reason: kind === 'firm' && agents.member[i] !== 1 ? STAY_OUT_REASONS[agents.reason[i]] : '',
      capability: agents.capability[i],
      satisfaction: agents.satisfaction[i],
    });
  }
  for (let slot = 0; slot < ties.size; slot++) {
    if (ties.alive[slot] !== 1) continue;
    const a = ties.a[slot];
    const b = ties.b[slot];
    if (membersOnly && (agents.member[a] !== 1 || agents.member[b] !== 1)) continue;
    graph.addUndirectedEdgeWithKey(`t${slot}`, String(a), String(b), {
      weight: ties.strength[slot],
      trust: ties.trust[slot],
      origin: TIE_ORIGINS[ties.origin[slot]],
      createdAt: ties.createdAt[slot],
      lastUsed: ties.lastUsed[slot],
    });
  }
  return graph;
}
