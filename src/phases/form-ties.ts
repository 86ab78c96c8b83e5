// Phase 4: tie formation. Each candidate becomes a tie with a logistic probability of benefit and trust against search cost and attention.
import { logistic } from '../random/rng.js';
import { addTie, findTie } from '../model/ties.js';
import {
  AGENCY, FIRM, INSTITUTE, ORIGIN_BROKERED, ORIGIN_EVENT, ORIGIN_REFERRAL, PROFESSOR, type Model,
} from '../model/types.js';
import { clearCandidates } from './candidates.js';

/** The most ties agent i keeps (tieFormation.capacity of its kind). */
export function capacityOf(model: Model, i: number): number {
  const capacity = model.params.tieFormation.capacity;
  switch (model.agents.kind[i]) {
    case FIRM: return capacity.firm;
    case PROFESSOR: return capacity.professor;
    case INSTITUTE: return capacity.institute;
    default: return capacity.agency;
  }
}

const isExpert = (kind: number) => kind === PROFESSOR || kind === INSTITUTE;

/** Expected benefit of a tie between two kinds (symmetric). */
export function complementarity(model: Model, ki: number, kj: number): number {
  const m = model.params.tieFormation.complementarity;
  const x = Math.min(ki, kj);
  const y = Math.max(ki, kj);
  if (x === FIRM) return y === FIRM ? m.firmFirm : y === AGENCY ? m.firmAgency : m.firmExpert;
  if (isExpert(x)) return y === AGENCY ? m.expertAgency : m.expertExpert;
  return m.agencyAgency;
}

/** Distance between two agents: park, region, MC and (for two firms) sector differences, weighted. */
export function distance(model: Model, i: number, j: number): number {
  const { cost } = model.params;
  const a = model.agents;
  let d = 0;
  if (a.park[i] !== a.park[j]) d += cost.parkDistance;
  if (a.region[i] !== a.region[j]) d += cost.regionDistance;
  if (a.mc[i] !== a.mc[j]) d += cost.mcDistance;
  if (a.kind[i] === FIRM && a.kind[j] === FIRM && a.sector[i] !== a.sector[j]) d += cost.sectorDistance;
  return d;
}

/** Search cost of a candidate tie: (base + perDistance d) x origin factor x (1 - trustReduction T) x expert-pool factor. */
export function searchCost(model: Model, i: number, j: number, origin: number, expectedTrust: number): number {
  const { cost, levers } = model.params;
  const factor =
    origin === ORIGIN_EVENT ? cost.eventFactor
    : origin === ORIGIN_REFERRAL ? cost.referralFactor
    : origin === ORIGIN_BROKERED ? cost.brokeredFactor
    : cost.searchFactor;
  const pool = levers.expertPool && (isExpert(model.agents.kind[i]) || isExpert(model.agents.kind[j])) ? 1 - levers.expertPoolCostReduction : 1;
  return (cost.base + cost.perDistance * distance(model, i, j)) * factor * (1 - cost.trustReduction * expectedTrust) * pool;
}

/** Capacities by kind and complementarity by pair of kinds (benefit[ki * 4 + kj]), read once per call of formTies. */
export function tieRules(model: Model): { capacity: Float64Array; benefit: Float64Array } {
  const c = model.params.tieFormation.capacity;
  const benefit = new Float64Array(16);
  for (let ki = 0; ki < 4; ki++) for (let kj = 0; kj < 4; kj++) benefit[ki * 4 + kj] = complementarity(model, ki, kj);
  return { capacity: Float64Array.of(c.firm, c.professor, c.institute, c.agency), benefit };
}

/** Probability that a candidate becomes a tie (formTies computes the same sum inline). */
export function tieProbability(model: Model, i: number, j: number, origin: number, expectedTrust: number): number {
  const f = model.params.tieFormation;
  const { ties, agents } = model;
  const used = ties.degree[i] / capacityOf(model, i) + ties.degree[j] / capacityOf(model, j);
  return logistic(
    f.intercept +
      f.benefitWeight * complementarity(model, agents.kind[i], agents.kind[j]) +
      f.trustWeight * expectedTrust -
      searchCost(model, i, j, origin, expectedTrust) -
      f.attentionWeight * used,
  );
}

/** True when i and j may be tied now: distinct, untied, both under capacity. */
export function canTie(model: Model, i: number, j: number): boolean {
  const { ties } = model;
  return i !== j && ties.degree[i] < capacityOf(model, i) && ties.degree[j] < capacityOf(model, j) && findTie(ties, i, j) < 0;
}

/** Decides every candidate in the order it was made, then clears the list. */
export function formTies(model: Model): void {
  const { rng, ties, candidates: q, agents } = model;
  const month = model.step + 1;
  const f = model.params.tieFormation;
  const rules = tieRules(model);
  for (let k = 0; k < q.length; k++) {
    const i = q.from[k];
    const j = q.to[k];
    const ci = rules.capacity[agents.kind[i]];
    const cj = rules.capacity[agents.kind[j]];
    if (i === j || ties.degree[i] >= ci || ties.degree[j] >= cj || findTie(ties, i, j) >= 0) continue;
    const trust = q.expectedTrust[k];
    const x =
      f.intercept +
      f.benefitWeight * rules.benefit[agents.kind[i] * 4 + agents.kind[j]] +
      f.trustWeight * trust -
      searchCost(model, i, j, q.origin[k], trust) -
      f.attentionWeight * (ties.degree[i] / ci + ties.degree[j] / cj);
    if (rng() < logistic(x)) {
      addTie(ties, i, j, { trust, strength: f.initialStrength, step: month, origin: q.origin[k] });
      agents.recentTies[i] += 1;
      agents.recentTies[j] += 1;
      model.counts.tiesFormed++;
    }
  }
  clearCandidates(model);
}
