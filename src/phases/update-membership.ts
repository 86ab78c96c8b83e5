// Phase 8: membership. Member firms asked to pay a new or higher fee may refuse and leave; members weigh satisfaction
// against the fee and their MC's recent activity and may leave; park firms join by expected benefit and the MC's
// activity, held back by Table 5's reasons until a lever removes them, and never join an MC that has dissolved.
import { mcParam } from '../model/mc-params.js';
import { belowScaledLogistic, logistic } from '../random/rng.js';
import { FIRM, LARGE, STAY_OUT_REASONS, type Model } from '../model/types.js';

const PAY_ABILITY = [1, 2, 5];

/**
 * Fee burden of firm i: its MC's fee / (feeTolerance x ability to pay by size: small 1, medium 2, large 5).
 */
export function feeBurden(model: Model, i: number): number {
  const fee = mcParam(model, 'budget.feePerFirmMonth', model.agents.mc[i]);
  if (fee <= 0) return 0;
  const ability = model.params.membership.feeTolerance * PAY_ABILITY[model.agents.size[i]];
  return ability > 0 ? fee / ability : Infinity;
}

/** How far firm i's Table 5 reason still holds it back: 1 = not at all, stayOutFactor = fully. */
export function reasonFactor(model: Model, i: number, leadInMc: boolean): number {
  const { params: p, agents, mcs } = model;
  const held = p.membership.stayOutFactor;
  switch (STAY_OUT_REASONS[agents.reason[i]]) {
    case 'none':
      return 1;
    case 'notStrategic':
      return p.levers.nonStrategicFirms ? 1 : 0;
    case 'lowMoneyExpectation':
      return Math.min(1, held * mcParam(model, 'budget.subsidyLevel', agents.mc[i]) * mcs.supported[agents.mc[i]]);
    case 'largeCustomerFirst':
      return leadInMc ? 1 : held;
    case 'otherRegionsBetter':
      return p.levers.scope === 'park' ? held : 1;
    default:
      return held;
  }
}

/**
 * MC c's activity deficit, 0-1: 1 - A_c / (activityReference x events.ratePerMcMonth), clamped to [0, 1], where A_c
 * is its recent activity (events a month, smoothed: mcs.activity); 0 when the reference is 0 (never idle).
 */
export function activityDeficit(model: Model, c: number): number {
  const reference = model.params.membership.activityReference * model.params.events.ratePerMcMonth;
  if (reference <= 0) return 0;
  return Math.max(0, 1 - model.mcs.activity[c] / reference);
}

/**
 * The logit of member firm i's leaving: leaveIntercept + leaveFeeWeight x burden - leaveSatisfactionWeight x (S_i -
 * satisfactionReference) + leaveIdleWeight x its MC's activity deficit. It leaves in a month with chance
 * leaveMaxPerMonth x logistic(logit).
 */
export function leaveLogit(
  model: Model,
  i: number,
  burden = feeBurden(model, i),
  deficit = activityDeficit(model, model.agents.mc[i]),
): number {
  const m = model.params.membership;
  return (
    m.leaveIntercept +
    m.leaveFeeWeight * burden -
    m.leaveSatisfactionWeight * (model.agents.satisfaction[i] - m.satisfactionReference) +
    m.leaveIdleWeight * deficit
  );
}

/** The factor an MC's activity puts on joining it: (1 - activity deficit)^joinActivityWeight (1 when the weight is 0). */
export function activityJoinFactor(model: Model, deficit: number): number {
  const w = model.params.membership.joinActivityWeight;
  return w === 0 ? 1 : (1 - deficit) ** w;
}

interface McView {
  meanSatisfaction: Float64Array;
  hasLead: Uint8Array;
  deficit: Float64Array;
}

function viewMcs(model: Model): McView {
  const n = model.mcs.count;
  const view = { meanSatisfaction: new Float64Array(n), hasLead: new Uint8Array(n), deficit: new Float64Array(n) };
  fillView(model, view);
  for (let c = 0; c < n; c++) view.deficit[c] = activityDeficit(model, c);
  return view;
}

/** Mean member satisfaction and whether a lead firm is a member, per MC (nothing after the loop, as in tallyTies). */
function fillView(model: Model, { meanSatisfaction, hasLead }: Omit<McView, 'deficit'>): void {
  const { agents, mcs } = model;
  for (let c = 0; c < mcs.count; c++) {
    let sum = 0;
    let n = 0;
    for (let i = mcs.start[c]; i < mcs.end[c]; i++) {
      if (agents.member[i] !== 1) continue;
      sum += agents.satisfaction[i];
      n++;
      if (agents.lead[i] === 1) hasLead[c] = 1;
    }
    meanSatisfaction[c] = n > 0 ? sum / n : 0;
  }
}

function memberContacts(model: Model, i: number): number {
  const { ties } = model;
  const { member } = model.agents;
  let n = 0;
  for (let k = ties.first[i], end = k + ties.degree[i]; k < end; k++) n += member[ties.partner[k]];
  return n;
}

/** Logit of member firm i refusing to pay its MC's new or higher fee (7.10): a refuser leaves. */
export function refuseLogit(model: Model, i: number, burden: number): number {
  const m = model.params.membership;
  return (
    m.refuseIntercept +
    m.refuseBurdenWeight * burden -
    m.refuseSatisfactionWeight * (model.agents.satisfaction[i] - m.satisfactionReference)
  );
}

/** Per MC: 1 when its fee is above the fee its members last agreed to pay (a new or higher fee asks them again). */
function feeRose(model: Model): Uint8Array {
  const { mcs } = model;
  const rose = new Uint8Array(mcs.count);
  for (let c = 0; c < mcs.count; c++) rose[c] = mcParam(model, 'budget.feePerFirmMonth', c) > mcs.feeSeen[c] ? 1 : 0;
  return rose;
}

/**
 * Every firm in id order: members asked to pay a new or higher fee may refuse and leave, members may leave, non-members
 * may join (not an MC that has dissolved); then each MC's fee becomes the fee its members agreed to.
 */
export function updateMembership(model: Model): void {
  const { params: p, agents, mcs, rng } = model;
  const m = p.membership;
  const view = viewMcs(model);
  const rose = feeRose(model);
  for (let i = 0; i < agents.count; i++) {
    if (agents.kind[i] !== FIRM) continue;
    const c = agents.mc[i];
    const required = p.levers.leadFirmsRequired && agents.size[i] === LARGE;
    const burden = feeBurden(model, i);
    if (agents.member[i] === 1) {
      if (required) continue;
      if (rose[c] === 1 && rng() < logistic(refuseLogit(model, i, burden))) {
        agents.member[i] = 0;
        model.counts.left++;
        model.counts.feeRefusals++;
        continue;
      }
      if (belowScaledLogistic(rng(), m.leaveMaxPerMonth, leaveLogit(model, i, burden, view.deficit[c]))) {
        agents.member[i] = 0;
        model.counts.left++;
      }
    } else {
      if (mcs.dissolved[c] === 1) continue;
      const chance = required
        ? 1
        : m.joinPerMonth *
          reasonFactor(model, i, view.hasLead[c] === 1) *
          (view.meanSatisfaction[c] / Math.max(1e-9, m.satisfactionReference)) *
          (1 + m.contactBonus * memberContacts(model, i)) *
          Math.max(0, 1 - burden) *
          activityJoinFactor(model, view.deficit[c]);
      if (rng() < chance) {
        agents.member[i] = 1;
        agents.satisfaction[i] = p.satisfaction.initial;
        model.counts.joined++;
      }
    }
  }
  for (let c = 0; c < mcs.count; c++) mcs.feeSeen[c] = mcParam(model, 'budget.feePerFirmMonth', c);
}
