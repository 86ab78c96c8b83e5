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

/** Probability that a candidate becomes a tie. */
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
  const { rng, ties, candidates: q } = model;
  const month = model.step + 1;
  const strength = model.params.tieFormation.initialStrength;
  for (let k = 0; k < q.length; k++) {
    const i = q.from[k];
    const j = q.to[k];
    if (!canTie(model, i, j)) continue;
    if (rng() < tieProbability(model, i, j, q.origin[k], q.expectedTrust[k])) {
      addTie(ties, i, j, { trust: q.expectedTrust[k], strength, step: month, origin: q.origin[k] });
      model.counts.tiesFormed++;
    }
  }
  clearCandidates(model);
}
