// Mean satisfaction of members and the means of the five factors of Table 6.
import { FACTOR_COUNT, type Model } from '../model/types.js';

/** Mean over current members of valueOf(agent id); 0 without members. */
function meanOverMembers(model: Model, valueOf: (i: number) => number): number {
  const { agents } = model;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] !== 1) continue;
    n++;
    sum += valueOf(i);
  }
  return n === 0 ? 0 : sum / n;
}

export function meanSatisfaction(model: Model): number {
  return meanOverMembers(model, (i) => model.agents.satisfaction[i]);
}

/** Mean of factor k (0 openness .. 4 joint IUR) over members, as last measured. */
export function meanFactor(model: Model, k: number): number {
  return meanOverMembers(model, (i) => model.agents.factors[i * FACTOR_COUNT + k]);
}
