// Phase 7: satisfaction. Each member's five factors of Table 6 are measured from its ties, its own participation and
// its MC; satisfaction moves toward their weighted mean. Recent attendance, new partners and joint projects then fade.
import { EXPERT_KIND, FACTOR_COUNT, isExpert, type Model } from '../model/types.js';
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

/** Entries per agent in the tally (a Float64Array): ties across MCs, ties to experts, trust inside the MC, and key. */
const TALLY_STRIDE = 4;

/**
 * The factors of every member from one pass over the tie slots (the same values as measureFactors, agent by agent).
 * Branch-free: each tie adds 0 or 1 to the counts of both ends, so the sums come out in slot order either way; the ties
 * inside the MC are the agent's degree less those across.
 */
function measureAllFactors(model: Model): void {
  const n = model.agents.count;
  const tallies = weightBuffer(model, TALLY_STRIDE * n);
  fillTallyKeys(model, tallies);
  tallyTies(model, tallies);
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
 * Zeroes each agent's three counts and writes its key into the fourth entry, seen as two Int32s: its MC and 1 if it is
 * an expert. A tie then reads and writes 32 aligned bytes per end, one cache line, instead of five scattered places
 * (mc, kind and three regions of the tally): the phase took 12% less CPU time at scale 100 (847k agents).
 */
function fillTallyKeys(model: Model, tallies: Float64Array): void {
  const { mc, kind, count: n } = model.agents;
  const keys = new Int32Array(tallies.buffer, tallies.byteOffset, 2 * TALLY_STRIDE * n);
  for (let i = 0; i < n; i++) {
    const at = TALLY_STRIDE * i;
    tallies[at] = 0;
    tallies[at + 1] = 0;
    tallies[at + 2] = 0;
    keys[2 * at + 6] = mc[i];
    keys[2 * at + 7] = EXPERT_KIND[kind[i]];
  }
}

/**
 * Adds each live tie to both ends' counts (agent i's at tallies[4i..4i+2]): ties across MCs, ties to experts and trust
 * inside the MC. Its own function, with nothing after the loop: code after a loop that V8 (Node 20) compiles on the
 * stack had no type feedback, and the phase was deoptimised at every step.
 */
function tallyTies(model: Model, tallies: Float64Array): void {
  const { alive, a: ends0, b: ends1, trust, size } = model.ties;
  const keys = new Int32Array(tallies.buffer, tallies.byteOffset, 2 * TALLY_STRIDE * model.agents.count);
  for (let slot = 0; slot < size; slot++) {
    if (alive[slot] !== 1) continue;
    const a = TALLY_STRIDE * ends0[slot];
    const b = TALLY_STRIDE * ends1[slot];
    const across = keys[2 * a + 6] !== keys[2 * b + 6] ? 1 : 0;
    const insideTrust = across === 1 ? 0 : trust[slot];
    tallies[a] += across;
    tallies[b] += across;
    tallies[a + 1] += keys[2 * b + 7];
    tallies[b + 1] += keys[2 * a + 7];
    tallies[a + 2] += insideTrust;
    tallies[b + 2] += insideTrust;
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
