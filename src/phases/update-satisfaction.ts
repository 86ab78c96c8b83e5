// Phase 7: satisfaction. Each member's five factors of Table 6 are measured from its ties, its own participation and
// its MC; satisfaction moves toward their weighted mean. Recent attendance, new partners and joint projects then fade.
import { FACTOR_COUNT, isExpert, type Model } from '../model/types.js';
import { SORT_TIES_ABOVE_AGENTS, TALLY_STRIDE, tallyAllTies } from './tie-tallies.js';
import { weightBuffer } from '../model/ties.js';

/** 1 - e^(-x / scale); 0 at x = 0 without the exponential (most members have no recent joint project). */
const saturate = (x: number, scale: number) => (x === 0 ? 0 : 1 - Math.exp(-x / scale));
/** What a member's ties say: ties outside its MC, ties to experts, and the trust of its ties inside the MC. */
interface TieTally {
  external: number;
  experts: number;
  insideTrust: number;
  inside: number;
}

/** Writes the five factors of member i from its tie tally: the single place where the factors are defined. */
function writeFactors(model: Model, i: number, t: TieTally): void {
  const { params: p, agents, mcs } = model;
  const s = p.satisfaction;
  const c = agents.mc[i];
  const activity = p.events.ratePerMcMonth > 0 ? Math.min(1, mcs.activity[c] / p.events.ratePerMcMonth) : 0;
  const participation = saturate(agents.recentEvents[i], s.participationScale);
  const f = i * FACTOR_COUNT;
  agents.factors[f] = saturate(t.external + agents.recentTies[i], s.opennessScale);
  agents.factors[f + 1] = saturate(t.experts, s.skilledScale);
  agents.factors[f + 2] =
    (1 - s.selfRelianceFeeWeight) * activity * participation + s.selfRelianceFeeWeight * mcs.feeShare[c];
  agents.factors[f + 3] = t.inside > 0 ? t.insideTrust / t.inside : 0;
  agents.factors[f + 4] = saturate(agents.recentIur[i], s.jointIurScale);
}

/**
 * The five factors of member i, written to agents.factors: openness, skilled people, self-reliance, community
 * cooperation, joint IUR.
 */
export function measureFactors(model: Model, i: number): void {
  const { agents, ties } = model;
  const t: TieTally = { external: 0, experts: 0, insideTrust: 0, inside: 0 };
  for (let k = ties.first[i], end = k + ties.degree[i]; k < end; k++) {
    const j = ties.partner[k];
    const slot = ties.tieAt[k];
    if (agents.mc[j] !== agents.mc[i]) t.external++;
    else {
      t.insideTrust += ties.trust[slot];
      t.inside++;
    }
    if (isExpert(agents.kind[j])) t.experts++;
  }
  writeFactors(model, i, t);
}

/**
 * The factors of every member from the tie slots (the same values as measureFactors, agent by agent). Each tie adds 0
 * or 1 to the counts of both ends, and its trust to the trust inside the MC of both ends when they share an MC, in slot
 * order; the ties inside the MC are the agent's degree less those across. Both ways of tallying give the same sums to
 * the bit.
 */
export function measureAllFactors(model: Model, sortByMc = model.agents.count > SORT_TIES_ABOVE_AGENTS): void {
  const n = model.agents.count;
  const tallies = weightBuffer(model, TALLY_STRIDE * n);
  tallyAllTies(model, tallies, sortByMc);
  writeAllFactors(model, tallies);
}

/**
 * Writes the factors of every member from its tally. Each loop of the phase sits in a function of its own: a function
 * that ran a loop and then called on was deoptimised for want of type feedback after its loop (V8, Node 20) and stayed
 * slow for the rest of the run.
 */
function writeAllFactors(model: Model, tallies: Float64Array): void {
  const { member, count: n } = model.agents;
  const { degree } = model.ties;
  const t: TieTally = { external: 0, experts: 0, insideTrust: 0, inside: 0 };
  for (let i = 0; i < n; i++) {
    if (member[i] !== 1) continue;
    const at = TALLY_STRIDE * i;
    t.external = tallies[at];
    t.experts = tallies[at + 1];
    t.insideTrust = tallies[at + 2];
    t.inside = degree[i] - tallies[at];
    writeFactors(model, i, t);
  }
}

/** For every member: measure the factors, S += smoothing (sum w_k x_k / sum w_k - S); then the recent tallies fade. */
export function updateSatisfaction(model: Model): void {
  const { params: p, agents } = model;
  const w = p.satisfaction.weights;
  const weights = [w.openness, w.skilledPeople, w.selfReliance, w.communityCooperation, w.jointIur];
  const total = weights.reduce((a, b) => a + b, 0);
  const fade = 1 - 1 / p.satisfaction.memoryMonths;
  measureAllFactors(model);
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] === 1) {
      let target = 0;
      for (let k = 0; k < FACTOR_COUNT; k++) target += weights[k] * agents.factors[i * FACTOR_COUNT + k];
      target = total > 0 ? target / total : 0;
      agents.satisfaction[i] += p.satisfaction.smoothing * (target - agents.satisfaction[i]);
    }
    agents.recentIur[i] *= fade;
    agents.recentEvents[i] *= fade;
    agents.recentTies[i] *= fade;
  }
}
