// Louvain communities of the member network (the paper's informal sub-groups) and their modularity.
import { createRng, deriveSeed } from '../random/rng.js';
import type { Model } from '../model/types.js';
import { louvain } from './louvain.js';
import { memberCsr, type Csr } from './member-network.js';

export interface Communities {
  count: number;
  modularity: number;
}

/**
 * Louvain on the member network, with a generator derived from the run's seed and the step so that it never disturbs
 * the model's draws.
 */
export function communities(model: Model, csr: Csr = memberCsr(model)): Communities {
  const partition = louvain(csr, createRng(deriveSeed(model.seed, 'louvain', model.step)));
  return { count: partition.count, modularity: partition.modularity };
}
