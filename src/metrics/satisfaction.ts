// Mean satisfaction of members and the means of the five factors of Table 6, from the network tally's member sums.
import type { Model } from '../model/types.js';
import { tallyNetwork, type NetworkTally } from './tally.js';

const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y);

export function meanSatisfaction(model: Model, tally: NetworkTally = tallyNetwork(model)): number {
  return ratio(tally.satisfactionSum, tally.members);
}

/** Mean of factor k (0 openness .. 4 joint IUR) over members, as last measured. */
export function meanFactor(model: Model, k: number, tally: NetworkTally = tallyNetwork(model)): number {
  return ratio(tally.factorSums[k], tally.members);
}
