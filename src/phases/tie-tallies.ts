// The tie tallies behind the satisfaction factors (phase 7): per agent, its ties across MCs, its ties to experts and
// the trust of its ties inside its MC, summed over the tie slots in slot order. Hand-written over typed arrays: one
// pass over every tie each month, the largest part of the phase.
import { EXPERT_KIND, type Model, type SortedTies } from '../model/types.js';

/** Entries per agent in the tally (a Float64Array): ties across MCs, ties to experts, trust inside the MC, and key. */
export const TALLY_STRIDE = 4;

/**
 * Agents above which the ties are sorted by MC before they are tallied (sortInside): their tallies, 32 bytes each, then
 * outgrow a 1 MB cache. In slot order, each tie jumps to the tallies of two agents anywhere: at scale 1 (8k agents, in
 * cache) that one pass took a third of the time of the sorted passes; the phase took 15% more time without sorting at
 * scale 10, and twice as long at scale 40.
 */
export const SORT_TIES_ABOVE_AGENTS = 1 << 15;

/**
 * Writes each agent's tally into tallies[TALLY_STRIDE i ...]: ties across MCs, ties to experts, trust inside the MC,
 * each tie in slot order; sorted by MC first (sortByMc) or not, the same sums to the bit.
 */
export function tallyAllTies(model: Model, tallies: Float64Array, sortByMc: boolean): void {
  if (sortByMc) {
    tallies.fill(0, 0, TALLY_STRIDE * model.agents.count);
    const startOfMc = new Int32Array(model.mcs.count + 1);
    tallyAcross(model, tallies, startOfMc);
    const sorted = sortedTies(model, startOfMc);
    sortInside(model, sorted, startOfMc);
    tallyInside(model, tallies, sorted, startOfMc[model.mcs.count]);
  } else {
    fillTallyKeys(model, tallies);
    tallyTies(model, tallies);
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
  if (model.sortedTies.trust.length < count) {
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
