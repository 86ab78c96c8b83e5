// Phase 7: satisfaction. Each member's five factors of Table 6 are measured from its ties and its MC; satisfaction moves toward their weighted mean.
import { FACTOR_COUNT, INSTITUTE, PROFESSOR, type Model } from '../model/types.js';
import { otherEnd, weightBuffer } from '../model/ties.js';

const saturate = (x: number, scale: number) => 1 - Math.exp(-x / scale);

/** The five factors of member i, written to agents.factors: openness, skilled people, self-reliance, community cooperation, joint IUR. */
export function measureFactors(model: Model, i: number): void {
  const { params: p, agents, ties, mcs } = model;
  const s = p.satisfaction;
  const c = agents.mc[i];
  let external = 0;
  let experts = 0;
  let insideTrust = 0;
  let inside = 0;
  for (const slot of ties.byAgent[i]) {
    const j = otherEnd(ties, slot, i);
    if (agents.mc[j] !== c) external++;
    else {
      insideTrust += ties.trust[slot];
      inside++;
    }
    if (agents.kind[j] === PROFESSOR || agents.kind[j] === INSTITUTE) experts++;
  }
  const activity = p.events.ratePerMcMonth > 0 ? Math.min(1, mcs.activity[c] / p.events.ratePerMcMonth) : 0;
  const f = i * FACTOR_COUNT;
  agents.factors[f] = saturate(external, s.opennessScale);
  agents.factors[f + 1] = saturate(experts, s.skilledScale);
  agents.factors[f + 2] = (1 - s.selfRelianceFeeWeight) * activity + s.selfRelianceFeeWeight * mcs.feeShare[c];
  agents.factors[f + 3] = inside > 0 ? insideTrust / inside : 0;
  agents.factors[f + 4] = saturate(agents.recentIur[i], s.jointIurScale);
}

/** The model's reusable buffer (model.scratch), zeroed, of at least n numbers. */
function tallyBuffer(model: Model, n: number): Float64Array {
  const buffer = weightBuffer(model, n);
  buffer.fill(0, 0, n);
  return buffer;
}

/**
 * The five factors of every member in one pass over the ties (same values as measureFactors, without walking
 * each member's tie list): per-agent tallies of external ties, expert ties and trust of ties inside the MC.
 */
function measureAllFactors(model: Model): void {
  const { params: p, agents, ties, mcs } = model;
  const s = p.satisfaction;
  const n = agents.count;
  const tallies = tallyBuffer(model, 4 * n);
  const external = tallies.subarray(0, n);
  const experts = tallies.subarray(n, 2 * n);
  const insideTrust = tallies.subarray(2 * n, 3 * n);
  const inside = tallies.subarray(3 * n, 4 * n);
  const { mc, kind, member } = agents;
  for (let slot = 0; slot < ties.size; slot++) {
    if (ties.alive[slot] !== 1) continue;
    const a = ties.a[slot];
    const b = ties.b[slot];
    if (mc[a] !== mc[b]) {
      external[a]++;
      external[b]++;
    } else {
      insideTrust[a] += ties.trust[slot];
      insideTrust[b] += ties.trust[slot];
      inside[a]++;
      inside[b]++;
    }
    if (kind[b] === PROFESSOR || kind[b] === INSTITUTE) experts[a]++;
    if (kind[a] === PROFESSOR || kind[a] === INSTITUTE) experts[b]++;
  }
  const rate = p.events.ratePerMcMonth;
  for (let i = 0; i < n; i++) {
    if (member[i] !== 1) continue;
    const c = mc[i];
    const activity = rate > 0 ? Math.min(1, mcs.activity[c] / rate) : 0;
    const f = i * FACTOR_COUNT;
    agents.factors[f] = saturate(external[i], s.opennessScale);
    agents.factors[f + 1] = saturate(experts[i], s.skilledScale);
    agents.factors[f + 2] = (1 - s.selfRelianceFeeWeight) * activity + s.selfRelianceFeeWeight * mcs.feeShare[c];
    agents.factors[f + 3] = inside[i] > 0 ? insideTrust[i] / inside[i] : 0;
    agents.factors[f + 4] = saturate(agents.recentIur[i], s.jointIurScale);
  }
}

/** For every member: measure the factors, S += smoothing (sum w_k x_k / sum w_k - S); then recent joint projects fade. */
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
  }
}
