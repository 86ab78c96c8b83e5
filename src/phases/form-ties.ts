// Phase 4: tie formation. Each candidate becomes a tie with a logistic probability of benefit and trust against search
// cost and attention.
import { belowScaledLogistic, logistic } from '../random/rng.js';
import { addTie, findTie } from '../model/ties.js';
import { AGENCY, FIRM, ORIGIN_BROKERED, ORIGIN_EVENT, ORIGIN_REFERRAL, isExpert, type Model } from '../model/types.js';
import { clearCandidates } from '../model/candidates.js';

/** Expected benefit of a tie between two kinds (symmetric). */
export function complementarity(model: Model, ki: number, kj: number): number {
  const m = model.params.tieFormation.complementarity;
  const x = Math.min(ki, kj);
  const y = Math.max(ki, kj);
  if (x === FIRM) return y === FIRM ? m.firmFirm : y === AGENCY ? m.firmAgency : m.firmExpert;
  if (isExpert(x)) return y === AGENCY ? m.expertAgency : m.expertExpert;
  return m.agencyAgency;
}

/** The tie decision's parameters, read once per call of formTies into flat tables the candidate loop indexes. */
export interface TieRules {
  /** Tie capacity by kind. */
  capacity: Float64Array;
  /** Complementarity by pair of kinds: benefit[ki * 4 + kj]. */
  benefit: Float64Array;
  /** Search cost factor by origin (ORIGIN_* codes). */
  originFactor: Float64Array;
  /** Expert-pool factor on the cost, by pair of kinds (1 when the lever is off or neither is an expert). */
  pool: Float64Array;
}

export function tieRules(model: Model): TieRules {
  const { cost, levers, tieFormation } = model.params;
  const c = tieFormation.capacity;
  const benefit = new Float64Array(16);
  const pool = new Float64Array(16);
  for (let ki = 0; ki < 4; ki++) {
    for (let kj = 0; kj < 4; kj++) {
      benefit[ki * 4 + kj] = complementarity(model, ki, kj);
      pool[ki * 4 + kj] = levers.expertPool && (isExpert(ki) || isExpert(kj)) ? 1 - levers.expertPoolCostReduction : 1;
    }
  }
  const originFactor = new Float64Array(8).fill(cost.searchFactor);
  originFactor[ORIGIN_EVENT] = cost.eventFactor;
  originFactor[ORIGIN_REFERRAL] = cost.referralFactor;
  originFactor[ORIGIN_BROKERED] = cost.brokeredFactor;
  return { capacity: Float64Array.of(c.firm, c.professor, c.institute, c.agency), benefit, originFactor, pool };
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

/**
 * Search cost of a candidate tie: (base + perDistance d) x origin factor x (1 - trustReduction T) x expert-pool factor.
 */
export function searchCost(
  model: Model,
  i: number,
  j: number,
  origin: number,
  expectedTrust: number,
  rules = tieRules(model),
): number {
  const { cost } = model.params;
  const { kind } = model.agents;
  return (
    (cost.base + cost.perDistance * distance(model, i, j)) *
    rules.originFactor[origin] *
    (1 - cost.trustReduction * expectedTrust) *
    rules.pool[kind[i] * 4 + kind[j]]
  );
}

/** Probability that a candidate becomes a tie (formTies computes the same sum). */
export function tieProbability(model: Model, i: number, j: number, origin: number, expectedTrust: number): number {
  return logistic(tieLogit(model, tieRules(model), i, j, origin, expectedTrust));
}

/** The logit of a candidate tie: benefit and trust against search cost and the attention both ends have used. */
export function tieLogit(model: Model, rules: TieRules, i: number, j: number, origin: number, trust: number): number {
  const f = model.params.tieFormation;
  const { kind } = model.agents;
  const { degree } = model.ties;
  return (
    f.intercept +
    f.benefitWeight * rules.benefit[kind[i] * 4 + kind[j]] +
    f.trustWeight * trust -
    searchCost(model, i, j, origin, trust, rules) -
    f.attentionWeight * (degree[i] / rules.capacity[kind[i]] + degree[j] / rules.capacity[kind[j]])
  );
}

/**
 * Decides every candidate in the order it was made, then clears the list. Candidates are untied when made (meet and
 * search look first) and no tie is added between their making and this phase, so a pair can be tied by now only if one
 * of its ends gained a tie earlier in this pass: only then is the pair looked up.
 */
export function formTies(model: Model): void {
  const { rng, ties, candidates: q, agents } = model;
  const month = model.step + 1;
  const f = model.params.tieFormation;
  const rules = tieRules(model);
  const { kind } = agents;
  const { degree } = ties;
  const gained = new Uint8Array(agents.count);
  for (let k = 0; k < q.length; k++) {
    const i = q.from[k];
    const j = q.to[k];
    if (i === j || degree[i] >= rules.capacity[kind[i]] || degree[j] >= rules.capacity[kind[j]]) continue;
    if ((gained[i] | gained[j]) === 1 && findTie(ties, i, j) >= 0) continue;
    const trust = q.expectedTrust[k];
    if (belowScaledLogistic(rng(), 1, tieLogit(model, rules, i, j, q.origin[k], trust))) {
      addTie(ties, i, j, { trust, strength: f.initialStrength, step: month, origin: q.origin[k] });
      agents.recentTies[i] += 1;
      agents.recentTies[j] += 1;
      gained[i] = 1;
      gained[j] = 1;
      model.counts.tiesFormed++;
    }
  }
  clearCandidates(model);
}
