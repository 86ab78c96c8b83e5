// Louvain communities of the member network (the paper's informal sub-groups) and their modularity; and each member's
// community, for the network files (the same partition as the time series's columns at that step).
import { createRng, deriveSeed } from '../random/rng.js';
import type { MeasuredPartition, Model } from '../model/types.js';
import { louvain, type Partition } from './louvain.js';
import { memberCsr, type Csr, type MemberSource } from './member-network.js';

export interface Communities {
  count: number;
  modularity: number;
}

/**
 * Louvain on the member network at `step` of a run of `seed`, with a generator derived from both so that it never
 * disturbs the model's draws; from the partition `start` (a label per member, -1 for none) when given.
 */
export function memberPartition(
  csr: Csr,
  seed: number | string,
  step: number,
  start: Int32Array | null = null,
): Partition {
  return louvain(csr, createRng(deriveSeed(seed, 'louvain', step)), start);
}

/** The members' labels in an earlier partition (-1 for those who were not members then). */
function startLabels(csr: Csr, previous: MeasuredPartition): Int32Array {
  const start = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) start[v] = previous.community[csr.agentOf[v]];
  return start;
}

/** A partition of the members as communities by agent id (-1 for agents that are not members). */
function byAgent(csr: Csr, partition: Partition, agentCount: number): Int32Array {
  const community = new Int32Array(agentCount).fill(-1);
  for (let v = 0; v < csr.n; v++) community[csr.agentOf[v]] = partition.community[v];
  return community;
}

/**
 * The number of communities and the modularity of the member network now. The partition is kept in model.partition:
 * with metrics.louvainWarmStart, the next measurement starts from it (members who were in it keep their community,
 * new members start alone).
 */
export function communities(model: Model, csr: Csr = memberCsr(model)): Communities {
  const previous = model.params.metrics.louvainWarmStart ? model.partition : undefined;
  const start = previous ? startLabels(csr, previous) : null;
  const partition = memberPartition(csr, model.seed, model.step, start);
  model.partition = { step: model.step, seed: model.seed, community: byAgent(csr, partition, model.agents.count) };
  return { count: partition.count, modularity: partition.modularity };
}

/**
 * Each agent's community (by agent id; -1 for those not members) in the member network of `source` at its step, for a
 * run of `seed`: the partition whose count and modularity the time series reports at that step (the one measured, when
 * the source holds it; else Louvain from singletons, as a measurement without warm start).
 */
export function memberCommunities(
  source: MemberSource & { step: number; partition?: MeasuredPartition },
  seed: number | string,
): Int32Array {
  const measured = source.partition;
  if (measured && measured.step === source.step && measured.seed === String(seed)) return measured.community.slice();
  const csr = memberCsr(source);
  return byAgent(csr, memberPartition(csr, seed, source.step), source.agents.count);
}
