// What the measures of one step share: one tally of the network, and (built on first use) the member network as CSR and
// one Louvain run for communities and modularity.
import type { Model } from '../model/types.js';
import { communities, type Communities } from './communities.js';
import { memberCsr, type Csr } from './member-network.js';
import { tallyNetwork, type NetworkTally } from './tally.js';

export interface MeasureContext {
  tally: NetworkTally;
  csr: () => Csr;
  communities: () => Communities;
}

/** The context of a model after a step: the tally now, the costly structures only when a measure asks for them. */
export function measureContext(model: Model): MeasureContext {
  let csr: Csr | undefined;
  let found: Communities | undefined;
  const context: MeasureContext = {
    tally: tallyNetwork(model),
    csr: () => (csr ??= memberCsr(model)),
    communities: () => (found ??= communities(model, context.csr())),
  };
  return context;
}
