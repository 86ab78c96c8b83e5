// Phase 2: MC activities. Each MC's budget (subsidy plus fees) sets its event rate; members attend, and guests come to
// open or wide-scope events.
import { poisson } from '../random/rng.js';
import { mcParam } from '../model/mc-params.js';
import { scopeRange } from '../model/pools.js';
import { FIRM, type HeldEvent, type Model } from '../model/types.js';

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

/** The events an MC holds this month: Poisson with mean rate (budget / reference)^elasticity. */
export function eventRate(model: Model, budget: number): number {
  const { events, budget: ref } = model.params;
  if (ref.subsidyPerMcMonth <= 0) return budget > 0 ? events.ratePerMcMonth : 0;
  return events.ratePerMcMonth * (budget / ref.subsidyPerMcMonth) ** events.budgetElasticity;
}

/**
 * Each member of [start, end) attends with probability attendProb, drawn by geometric skips over the MC's agents
 * (one draw per attendee instead of one per agent; the same Bernoulli distribution).
 */
function attend(model: Model, event: HeldEvent, start: number, end: number): void {
  const p = model.params.events.attendProb;
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
  const guests = poisson(rng, p.levers.guestsPerOpenEvent);
  for (let g = 0; g < guests; g++) {
    const j = pool.start + Math.floor(rng() * (pool.end - pool.start));
    const welcome = agents.member[j] === 1 ? agents.mc[j] !== event.mc : open && agents.kind[j] === FIRM;
    if (welcome && !event.attendees.includes(j)) event.attendees.push(j);
  }
}

/**
 * Holds every MC's events of the month, in MC order; writes mcs.budget, feeShare, activity, eventsThisStep and
 * model.events.
 */
export function holdEvents(model: Model): void {
  const { params: p, rng, agents, mcs } = model;
  const memory = 1 / p.satisfaction.memoryMonths;
  model.events = [];
  for (let c = 0; c < mcs.count; c++) {
    const { budget, feeShare, subsidy } = mcBudget(model, c);
    model.counts.subsidyPaid += subsidy;
    model.counts.feesPaid += budget - subsidy;
    mcs.budget[c] = budget;
    mcs.feeShare[c] = feeShare;
    const n = poisson(rng, eventRate(model, budget));
    for (let e = 0; e < n; e++) {
      const event: HeldEvent = { mc: c, visit: rng() < p.events.visitShare, attendees: [] };
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
  }
}
