// One month of the model: the pipeline, drawn once here and followed in this order by step().
//
//   model (month t-1)
//     |
//     |  1  applyPolicies       policy timeline          -> params (levers, budget, ...)
//     |  2  holdEvents          budget -> events          -> events, attendees, mcs.activity
//     |  2b holdSubMcMeetings   sub-MCs meet on their own -> events, idle months
//     |  3  meet                co-attendance             -> used ties, candidates
//     |  3b search              initiative, referral, random search -> candidates
//     |  4  formTies            logistic choice per candidate -> new ties
//     |  5  collaborate         tasks through ties, brokers, agency -> trust, tasks solved
//     |  6  decay               unused ties weaken, weak ones dropped
//     |  7  updateSatisfaction  five factors of Table 6   -> satisfaction
//     |  8  updateMembership    leave and join            -> member flags
//     |  9  evaluateSupport     exit rule, every N months -> mcs.supported
//     | 10  trackSubGroups      dense groups, every N months -> mcs.subGroups (sub-MCs)
//     v
//   model (month t), model.counts = what happened in month t
//
// step() is synchronous and pure of I/O; run() owns the loop and the recorder.
import { emptyCounts } from '../model/create-model.js';
import type { Model } from '../model/types.js';
import {
  applyPolicies,
  collaborate,
  decay,
  evaluateSupport,
  formTies,
  holdEvents,
  holdSubMcMeetings,
  meet,
  search,
  trackSubGroups,
  updateMembership,
  updateSatisfaction,
} from '../phases/index.js';

export const PHASES = [
  applyPolicies,
  holdEvents,
  holdSubMcMeetings,
  meet,
  search,
  formTies,
  collaborate,
  decay,
  updateSatisfaction,
  updateMembership,
  evaluateSupport,
  trackSubGroups,
] as const;

/** Advances the model by one month. */
export function step(model: Model): void {
  model.counts = emptyCounts();
  for (const phase of PHASES) phase(model);
  model.step++;
}
