// Phase 2: MC activities. Each MC's budget (subsidy plus fees) sets its event rate; members attend, and guests come to
// open or wide-scope events.
import { poisson } from '../random/rng.js';
import { mcParam } from '../model/mc-params.js';
import { scopeRange } from '../model/pools.js';
import { FIRM, type HeldEvent, type Model } from '../model/types.js';
import { MEETING, mixEffect, TASKS, updateMixEffects } from './activity-mix.js';

/**
 * Budget of MC c this month, million KRW, the fee share of it and the subsidy in it (with the MC's own subsidy level
 * and fee).
 */
export function mcBudget(model: Model, c: number): { budget: number; feeShare: number; subsidy: number } {
  const { budget } = model.params;
  const { agents, mcs } = model;
  let payers = 0;
  for (let i = mcs.start[c]; i < mcs.kindStart[c * 5 + 1]; i++) payers += agents.member[i];
  const subsidy = budget.subsidyPerMcMonth * mcParam(model, 'budget.subsidyLevel', c) * mcs.supported[c];
  const fees = mcParam(model, 'budget.feePerFirmMonth', c) * payers;
  const total = subsidy + fees;
  return { budget: total, feeShare: total > 0 ? fees / total : 0, subsidy };
}

/**
 * The events an MC holds this month: Poisson with mean rate (budget / reference)^elasticity, but never below what its
 * members sustain on their own (`selfOrganised`, a share of the rate: 7.3).
 */
export function eventRate(model: Model, budget: number, selfOrganised = 0): number {
  const { events, budget: ref } = model.params;
  const funded =
    ref.subsidyPerMcMonth <= 0 ? (budget > 0 ? 1 : 0) : (budget / ref.subsidyPerMcMonth) ** events.budgetElasticity;
  return events.ratePerMcMonth * Math.max(funded, selfOrganised);
}

/**
 * The share of the event rate that MC c's members sustain without a budget: events.selfOrganisedShare times their
 * engagement, the mean satisfaction of its current members over membership.satisfactionReference (at most 1).
 */
export function selfOrganisedShare(model: Model, c: number): number {
  const share = model.params.events.selfOrganisedShare;
  if (share <= 0) return 0;
  const { member, satisfaction } = model.agents;
  let sum = 0;
  let n = 0;
  for (let i = model.mcs.start[c]; i < model.mcs.end[c]; i++) {
    if (member[i] !== 1) continue;
    sum += satisfaction[i];
    n++;
  }
  const reference = model.params.membership.satisfactionReference;
  return n > 0 && reference > 0 ? share * Math.min(1, sum / n / reference) : 0;
}

/**
 * The supported MCs at risk under the least-efficient exit rule: the bottom 2 x exitShare of supported MCs with
 * members, by tasks solved per member so far in the period (ties broken by MC order); empty under other rules.
 */
export function atRisk(model: Model): Uint8Array {
  const { mcs, agents, params } = model;
  const risk = new Uint8Array(mcs.count);
  const { exitRule, exitShare, exitEffort } = params.levers;
  if (exitRule !== 'least-efficient' || exitEffort <= 0) return risk;
  const efficiency = new Float64Array(mcs.count);
  const ranked: number[] = [];
  for (let c = 0; c < mcs.count; c++) {
    let members = 0;
    for (let i = mcs.start[c]; i < mcs.end[c]; i++) members += agents.member[i];
    if (mcs.supported[c] !== 1 || members === 0) continue;
    efficiency[c] = mcs.tasksSolvedThisYear[c] / members;
    ranked.push(c);
  }
  ranked.sort((x, y) => efficiency[x] - efficiency[y] || x - y);
  for (const c of ranked.slice(0, Math.ceil(Math.min(1, 2 * exitShare) * ranked.length))) risk[c] = 1;
  return risk;
}

/** MC c dissolves: every member leaves (firms count as leaving), and it holds no more events. */
function dissolve(model: Model, c: number): void {
  const { agents, mcs } = model;
  mcs.dissolved[c] = 1;
  for (let i = mcs.start[c]; i < mcs.end[c]; i++) {
    if (agents.member[i] !== 1) continue;
    agents.member[i] = 0;
    if (agents.kind[i] === FIRM) model.counts.left++;
  }
  model.counts.mcsDissolved++;
}

/**
 * Each member of [start, end) attends with probability attendProb x the MC's mix effect on meeting (at most 1), drawn
 * by geometric skips over the MC's agents
 * (one draw per attendee instead of one per agent; the same Bernoulli distribution).
 */
function attend(model: Model, event: HeldEvent, start: number, end: number): void {
  const p = Math.min(1, model.params.events.attendProb * mixEffect(model, event.mc, MEETING));
  if (p <= 0) return;
  const member = model.agents.member;
  if (p >= 1) {
    for (let i = start; i < end; i++) if (member[i] === 1) event.attendees.push(i);
    return;
  }
  const logMiss = Math.log(1 - p);
  for (
    let i = start + Math.floor(Math.log(1 - model.rng()) / logMiss);
    i < end;
    i += 1 + Math.floor(Math.log(1 - model.rng()) / logMiss)
  ) {
    if (member[i] === 1) event.attendees.push(i);
  }
}

function invite(model: Model, event: HeldEvent, open: boolean): void {
  const { params: p, rng, agents } = model;
  const wide = p.levers.scope !== 'park';
  if (!open && !wide) return;
  const pool = scopeRange(model, event.mc, p.levers.scope);
  const guests = poisson(rng, p.levers.guestsPerOpenEvent * mixEffect(model, event.mc, MEETING));
  for (let g = 0; g < guests; g++) {
    const j = pool.start + Math.floor(rng() * (pool.end - pool.start));
    const welcome = agents.member[j] === 1 ? agents.mc[j] !== event.mc : open && agents.kind[j] === FIRM;
    if (welcome && !event.attendees.includes(j)) event.attendees.push(j);
  }
}

/**
 * Holds every MC's events of the month, in MC order; writes mcs.mixEffects (the activity mix), budget, feeShare,
 * activity, eventsThisStep, idleMonths and model.events; dissolves an MC idle for events.dissolveAfterMonths. The mix
 * scales attendance and guests (meeting) and the share of company visits (tasks).
 */
export function holdEvents(model: Model): void {
  const { params: p, rng, agents, mcs } = model;
  const memory = 1 / p.satisfaction.memoryMonths;
  const risk = atRisk(model);
  updateMixEffects(model);
  model.events = [];
  for (let c = 0; c < mcs.count; c++) {
    if (mcs.dissolved[c] === 1) {
      mcs.budget[c] = 0;
      mcs.feeShare[c] = 0;
      mcs.eventsThisStep[c] = 0;
      mcs.activity[c] += memory * (0 - mcs.activity[c]);
      continue;
    }
    const { budget, feeShare, subsidy } = mcBudget(model, c);
    model.counts.subsidyPaid += subsidy;
    model.counts.feesPaid += budget - subsidy;
    mcs.budget[c] = budget;
    mcs.feeShare[c] = feeShare;
    const effort = risk[c] === 1 ? 1 + p.levers.exitEffort : 1;
    // The members' own activity is at most selfOrganisedShare of the rate: a funded rate above that needs no pass over
    // the MC's members (the usual case while the subsidy runs).
    const funded = eventRate(model, budget);
    const rate =
      funded >= p.events.ratePerMcMonth * p.events.selfOrganisedShare
        ? funded
        : eventRate(model, budget, selfOrganisedShare(model, c));
    const n = poisson(rng, effort * rate);
    const visitShare = Math.min(1, p.events.visitShare * mixEffect(model, c, TASKS));
    for (let e = 0; e < n; e++) {
      const event: HeldEvent = { mc: c, visit: rng() < visitShare, attendees: [] };
      attend(model, event, mcs.start[c], mcs.end[c]);
      invite(model, event, rng() < p.levers.openEventShare);
      for (const i of event.attendees) {
        agents.recentEvents[i] += 1;
        if (event.visit && agents.kind[i] === FIRM) agents.visited[i] = 1;
      }
      model.events.push(event);
      model.counts.attendances += event.attendees.length;
    }
    mcs.eventsThisStep[c] = n;
    mcs.activity[c] += memory * (n - mcs.activity[c]);
    model.counts.events += n;
    mcs.idleMonths[c] = n > 0 ? 0 : mcs.idleMonths[c] + 1;
    const after = p.events.dissolveAfterMonths;
    if (after > 0 && mcs.idleMonths[c] >= after) dissolve(model, c);
  }
}
