// Phase 7: satisfaction. Each member's five factors of Table 6 are measured from its ties, its own participation and
// its MC; satisfaction moves toward their weighted mean. Recent attendance, new partners and joint projects then fade.
import { EXPERT_KIND, FACTOR_COUNT, isExpert, type Model, type SortedTies } from '../model/types.js';
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

/** Entries per agent in the tally (a Float64Array): ties across MCs, ties to experts, trust inside the MC, unused. */
const TALLY_STRIDE = 4;

/**
 * The factors of every member from one pass over the tie slots (the same values as measureFactors, agent by agent).
 * Each tie adds 0 or 1 to the counts of both ends, and its trust to the trust inside the MC of both ends when they
 * share an MC, in slot order; the ties inside the MC are the agent's degree less those across.
 */
function measureAllFactors(model: Model): void {
  const n = model.agents.count;
  const tallies = weightBuffer(model, TALLY_STRIDE * n).subarray(0, TALLY_STRIDE * n);
  tallies.fill(0);
  const startOfMc = new Int32Array(model.mcs.count + 1);
  tallyAcross(model, tallies, startOfMc);
  const sorted = sortedTies(model, startOfMc);
  sortInside(model, sorted, startOfMc);
  tallyInside(model, tallies, sorted, startOfMc[model.mcs.count]);
  const { member } = model.agents;
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

/**
 * Adds each live tie across MCs to both ends' counts (across, experts), and counts the ties inside MC c in
 * inMc[c + 1]. Its own function, with nothing after the loop: code after a loop that V8 (Node 20) compiles on the stack
 * had no type feedback, and the phase was deoptimised at every step.
 */
function tallyAcross(model: Model, tallies: Float64Array, inMc: Int32Array): void {
  const { alive, a: ends0, b: ends1, size } = model.ties;
  const { mc, kind } = model.agents;
  for (let slot = 0; slot < size; slot++) {
    if (alive[slot] !== 1) continue;
    const i = ends0[slot];
    const j = ends1[slot];
    if (mc[i] === mc[j]) {
      inMc[mc[i] + 1]++;
      continue;
    }
    tallies[TALLY_STRIDE * i] += 1;
    tallies[TALLY_STRIDE * j] += 1;
    tallies[TALLY_STRIDE * i + 1] += EXPERT_KIND[kind[j]];
    tallies[TALLY_STRIDE * j + 1] += EXPERT_KIND[kind[i]];
  }
}

/**
 * The model's buffer for the ties inside MCs, with room for all of them; turns the counts per MC (inMc[c + 1]) into
 * where each MC's first tie goes.
 */
function sortedTies(model: Model, inMc: Int32Array): SortedTies {
  for (let c = 1; c < inMc.length; c++) inMc[c] += inMc[c - 1];
  const count = inMc[inMc.length - 1];
  if (model.sortedTies === undefined || model.sortedTies.trust.length < count) {
    const room = count + (count >> 2);
    model.sortedTies = { ends: new Int32Array(2 * room), trust: new Float64Array(room) };
  }
  return model.sortedTies;
}

/**
 * Writes the live ties inside MCs sorted by MC, and within an MC by slot (a counting sort); on return startOfMc[c] is
 * where MC c's ties end. Added in that order, the ties of one MC touch only its agents' tallies, a few kilobytes, where
 * slot order jumps over the tallies of every agent; each agent still receives its ties in slot order, so its sums are
 * the same to the bit.
 */
function sortInside(model: Model, sorted: SortedTies, startOfMc: Int32Array): void {
  const { alive, a: ends0, b: ends1, trust, size } = model.ties;
  const { mc } = model.agents;
  const { ends, trust: sortedTrust } = sorted;
  for (let slot = 0; slot < size; slot++) {
    if (alive[slot] !== 1) continue;
    const i = ends0[slot];
    const j = ends1[slot];
    if (mc[i] !== mc[j]) continue;
    const r = startOfMc[mc[i]]++;
    ends[2 * r] = i;
    ends[2 * r + 1] = j;
    sortedTrust[r] = trust[slot];
  }
}

/** Adds the first `count` sorted ties inside MCs to both ends' expert counts and trust inside the MC. */
function tallyInside(model: Model, tallies: Float64Array, sorted: SortedTies, count: number): void {
  const { kind } = model.agents;
  const { ends, trust } = sorted;
  for (let r = 0; r < count; r++) {
    const i = ends[2 * r];
    const j = ends[2 * r + 1];
    tallies[TALLY_STRIDE * i + 1] += EXPERT_KIND[kind[j]];
    tallies[TALLY_STRIDE * j + 1] += EXPERT_KIND[kind[i]];
    tallies[TALLY_STRIDE * i + 2] += trust[r];
    tallies[TALLY_STRIDE * j + 2] += trust[r];
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
