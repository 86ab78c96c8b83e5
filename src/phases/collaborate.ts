// Phase 5: collaboration on tasks. A firm's task (Table 2's five kinds) goes to a suitable partner through a tie, or
// the coordinator brokers one, or the agency solves it itself; success raises trust, failure lowers it faster
// (asymmetric trust).
import { pickWeighted, type Rng } from '../random/rng.js';
import { drawMember, kindRange } from '../model/pools.js';
import { addTie, otherEnd, useTie } from '../model/ties.js';
import { AGENCY, FIRM, INSTITUTE, ORIGIN_BROKERED, PROFESSOR, isExpert, type Model } from '../model/types.js';
import { TASK_KINDS } from '../scenario/schema.js';
import { drawTie, kindMask } from './draw-tie.js';
import { canTie } from '../model/capacity.js';
import { mixEffect, TRUST } from './activity-mix.js';

/** For each task kind: which partner kinds can solve it, and the kind range the coordinator brokers from. */
export const TASK_PARTNERS: readonly { kinds: readonly number[]; broker: readonly [number, number] }[] = [
  { kinds: [PROFESSOR, INSTITUTE], broker: [PROFESSOR, INSTITUTE] }, // R&D
  { kinds: [AGENCY, FIRM], broker: [AGENCY, AGENCY] }, // management
  { kinds: [AGENCY, FIRM], broker: [AGENCY, AGENCY] }, // marketing
  { kinds: [AGENCY, PROFESSOR], broker: [PROFESSOR, PROFESSOR] }, // HR
  { kinds: [FIRM, PROFESSOR, INSTITUTE, AGENCY], broker: [AGENCY, AGENCY] }, // other
];

/** The partner kinds of each task kind, as kind masks. */
const PARTNER_MASKS = TASK_PARTNERS.map((t) => kindMask(t.kinds));

/**
 * A tie of i to a member of a suitable kind (mask), drawn with probability proportional to trust x strength; -1 if
 * none.
 */
function pickPartnerTie(model: Model, i: number, mask: number): number {
  const entry = drawTie(model, i, mask);
  return entry < 0 ? -1 : model.ties.tieAt[entry];
}

/** The coordinator's brokered tie for a task: a suitable member of the MC, tied afresh; -1 if none could be found. */
function brokerTie(model: Model, i: number, broker: readonly [number, number], rng: Rng): number {
  const p = model.params;
  const range = kindRange(model, model.agents.mc[i], broker[0], broker[1]);
  const j = drawMember(model, rng, range, i, p.search.maxTries, (j) => canTie(model, i, j));
  if (j < 0) return -1;
  model.counts.tiesFormed++;
  model.agents.recentTies[i] += 1;
  model.agents.recentTies[j] += 1;
  return addTie(model.ties, i, j, {
    trust: p.trust.initial,
    strength: p.tieFormation.initialStrength,
    step: model.step + 1,
    origin: ORIGIN_BROKERED,
  });
}

/**
 * Chance that a task worked through a tie succeeds: successBase x (0.6 + 0.4 x the ends' mean capability) x
 * (0.7 + 0.3 x the tie's trust before the outcome).
 */
export function successChance(model: Model, capabilityI: number, capabilityJ: number, trust: number): number {
  const capability = (capabilityI + capabilityJ) / 2;
  return model.params.tasks.successBase * (0.6 + 0.4 * capability) * (0.7 + 0.3 * trust);
}

/** Works one task of firm i through the tie in `slot`; returns whether it succeeded. */
function attempt(model: Model, i: number, slot: number, kind: number): boolean {
  const { params: p, ties, agents, rng, mcs } = model;
  const j = otherEnd(ties, slot, i);
  const chance = successChance(model, agents.capability[i], agents.capability[j], ties.trust[slot]);
  useTie(ties, slot, model.step + 1, p.decay.reinforcement);
  if (rng() < chance) {
    ties.trust[slot] += Math.min(1, p.trust.gain * mixEffect(model, agents.mc[i], TRUST)) * (1 - ties.trust[slot]);
    model.counts.tasksSolved[kind]++;
    mcs.tasksSolvedThisYear[agents.mc[i]]++;
    if (isExpert(agents.kind[j])) {
      agents.recentIur[i] += 1;
      agents.recentIur[j] += 1;
    }
    return true;
  }
  ties.trust[slot] = Math.max(0, ties.trust[slot] - p.trust.lossRatio * p.trust.gain * ties.trust[slot]);
  model.counts.tasksFailed++;
  return false;
}

/** Every member firm, in id order, may find a task this month and try to solve it. */
export function collaborate(model: Model): void {
  const { params: p, agents, mcs, rng } = model;
  const mix = Float64Array.from(TASK_KINDS, (k) => p.tasks.mix[k]);
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] !== 1 || agents.kind[i] !== FIRM) continue;
    const chance = p.tasks.probPerFirmMonth * (1 + p.events.visitTaskBoost * agents.visited[i]);
    agents.visited[i] = 0;
    if (rng() >= chance) continue;
    model.counts.tasksFound++;
    const kind = pickWeighted(rng, mix);
    const partners = TASK_PARTNERS[kind];
    let slot = pickPartnerTie(model, i, PARTNER_MASKS[kind]);
    const c = agents.mc[i];
    const ref = p.budget.subsidyPerMcMonth;
    const funding = ref > 0 ? Math.min(1, mcs.budget[c] / ref) : 1;
    if (slot < 0 && mcs.coordinator[c] >= 0 && rng() < p.tasks.brokerProb * funding) {
      slot = brokerTie(model, i, partners.broker, rng);
    }
    if (slot >= 0) {
      attempt(model, i, slot, kind);
    } else if (rng() < p.tasks.agencySolveProb * funding) {
      model.counts.tasksSolved[kind]++;
      model.counts.tasksSolvedByAgency++;
      mcs.tasksSolvedThisYear[agents.mc[i]]++;
    } else {
      model.counts.tasksFailed++;
    }
  }
  for (let i = 0; i < agents.count; i++) agents.visited[i] = 0;
}
