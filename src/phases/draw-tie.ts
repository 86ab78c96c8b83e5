// One of an agent's ties drawn in proportion to trust x strength: the referral walk of search and the choice of a
// partner for a task in collaborate.
import { weightBuffer } from '../model/ties.js';
import type { Model } from '../model/types.js';
import { pickWeightedOf } from '../random/rng.js';

/** A kind mask with every kind (bit k for kind k). */
export const ANY_KIND = 0b1111;

/** The kind mask of a list of kinds. */
export const kindMask = (kinds: readonly number[]) => kinds.reduce((mask, kind) => mask | (1 << kind), 0);

/**
 * One of i's ties to a member whose kind is in `mask` and who is not `skip`, drawn with probability proportional to
 * trust x strength (one uniform draw): its entry in the tie store's pool (partner[entry], tieAt[entry]), or -1 if none.
 */
export function drawTie(model: Model, i: number, mask: number, skip = -1): number {
  const { ties } = model;
  const { partner, tieAt, trust, strength } = ties;
  const { member, kind } = model.agents;
  const start = ties.first[i];
  const n = ties.degree[i];
  const weights = weightBuffer(model, n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const j = partner[start + k];
    const slot = tieAt[start + k];
    const weight = j !== skip && member[j] === 1 && ((mask >> kind[j]) & 1) === 1 ? trust[slot] * strength[slot] : 0;
    weights[k] = weight;
    total += weight;
  }
  const k = pickWeightedOf(model.rng, weights, n, total);
  return k < 0 ? -1 : start + k;
}
