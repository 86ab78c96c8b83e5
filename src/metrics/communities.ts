// Louvain communities of the member network (the paper's informal sub-groups) and their modularity; and each member's
// community, for the network files (the same partition as the time series's columns at that step).
import { createRng, deriveSeed } from '../random/rng.js';
import type { Model } from '../model/types.js';
import { louvain, type Partition } from './louvain.js';
import { memberCsr, type Csr, type MemberSource } from './member-network.js';

export interface Communities {
  count: number;
  modularity: number;
}

/**
 * Louvain on the member network at `step` of a run of `seed`, with a generator derived from both so that it never
 * disturbs the model's draws.
 */
export function memberPartition(csr: Csr, seed: number | string, step: number): Partition {
  return louvain(csr, createRng(deriveSeed(seed, 'louvain', step)));
}

/** The number of communities and the modularity of the member network now. */
export function communities(model: Model, csr: Csr = memberCsr(model)): Communities {
  const partition = memberPartition(csr, model.seed, model.step);
  return { count: partition.count, modularity: partition.modularity };
}

/**
 * Each agent's community (by agent id; -1 for those not members) in the member network of `source` at its step, for a
 * run of `seed`: the partition whose count and modularity the time series reports at that step.
 */
export function memberCommunities(source: MemberSource & { step: number }, seed: number | string): Int32Array {
  const csr = memberCsr(source);
  const partition = memberPartition(csr, seed, source.step);
  const community = new Int32Array(source.agents.count).fill(-1);
  for (let v = 0; v < csr.n; v++) community[csr.agentOf[v]] = partition.community[v];
  return community;
}
