// Counts of MCs: those with at least one member firm, and those the government pays a subsidy this month (supported and
// with a subsidy level above 0 in the MC, region-scoped policies included).
import { mcParam } from '../model/mc-params.js';
import type { Model } from '../model/types.js';

/** MCs with at least one member firm (the firm block of each MC is [start, kindStart[c * 5 + 1])). */
export function mcsWithFirmMembers(model: Model): number {
  const { mcs, agents } = model;
  let n = 0;
  for (let c = 0; c < mcs.count; c++) {
    for (let i = mcs.start[c]; i < mcs.kindStart[c * 5 + 1]; i++) {
      if (agents.member[i] === 1) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** MCs whose subsidy this month is above 0: subsidyPerMcMonth x the MC's subsidy level x supported. */
export function subsidisedMcs(model: Model): number {
  const { mcs } = model;
  const reference = model.params.budget.subsidyPerMcMonth;
  let n = 0;
  for (let c = 0; c < mcs.count; c++)
    if (reference * mcParam(model, 'budget.subsidyLevel', c) * mcs.supported[c] > 0) n++;
  return n;
}
