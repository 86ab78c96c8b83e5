// Checks of the model's invariants, each returning the list of violations it found (empty when the model is sound),
// so that a failing test prints what broke rather than a bare false.
import { capacityOf } from '../../src/model/capacity.js';
import { findTie, tiesOf } from '../../src/model/ties.js';
import { FACTOR_COUNT, type Model, type Ties } from '../../src/model/types.js';

const inUnit = (x: number) => x >= 0 && x <= 1;

/** The tie store agrees with itself: slots, look-ups, per-agent blocks and the live count. */
export function tieStoreViolations(ties: Ties): string[] {
  const out: string[] = [];
  let alive = 0;
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    alive++;
    const [a, b] = [ties.a[s], ties.b[s]];
    if (a === b) out.push(`slot ${s}: self-tie on ${a}`);
    if (a > b) out.push(`slot ${s}: ends ${a}-${b} not ordered`);
    if (findTie(ties, a, b) !== s || findTie(ties, b, a) !== s)
      out.push(`slot ${s}: findTie finds ${a}-${b} at ${findTie(ties, a, b)}`);
    if (!tiesOf(ties, a).includes(s) || !tiesOf(ties, b).includes(s))
      out.push(`slot ${s}: missing from the block of ${a} or ${b}`);
  }
  if (alive !== ties.count) out.push(`count ${ties.count} but ${alive} live slots`);
  let listed = 0;
  const owner = new Int32Array(ties.poolUsed).fill(-1);
  for (let i = 0; i < ties.degree.length; i++) {
    const slots = tiesOf(ties, i);
    listed += slots.length;
    if (ties.degree[i] > ties.room[i])
      out.push(`agent ${i}: degree ${ties.degree[i]} over its block's room ${ties.room[i]}`);
    if (ties.first[i] < 0 || ties.first[i] + ties.room[i] > ties.poolUsed)
      out.push(`agent ${i}: block outside the pool's used part`);
    for (let k = ties.first[i]; k < ties.first[i] + ties.room[i]; k++) {
      if (owner[k] >= 0) out.push(`agent ${i}: block overlaps agent ${owner[k]}'s at ${k}`);
      owner[k] = i;
    }
    if (new Set(slots).size !== slots.length) out.push(`agent ${i}: a slot listed twice`);
    slots.forEach((s, k) => {
      if (ties.alive[s] !== 1 || (ties.a[s] !== i && ties.b[s] !== i))
        out.push(`agent ${i}: lists slot ${s}, not its live tie`);
      else if (ties.partner[ties.first[i] + k] !== (ties.a[s] === i ? ties.b[s] : ties.a[s]))
        out.push(`agent ${i}: wrong partner for slot ${s}`);
    });
  }
  if (listed !== 2 * ties.count) out.push(`blocks list ${listed} ends for ${ties.count} ties`);
  const free = new Set(ties.free);
  if (free.size !== ties.free.length) out.push('a free slot listed twice');
  for (const s of free) if (ties.alive[s] === 1 || s >= ties.size) out.push(`free slot ${s} is live or out of range`);
  if (alive + free.size !== ties.size) out.push(`${alive} live + ${free.size} free slots != size ${ties.size}`);
  return out;
}

/** Trust, strength, satisfaction and factors are in [0, 1]; live ties are at least decay.dropBelow strong. */
export function stateViolations(model: Model): string[] {
  const out: string[] = [];
  const { ties, agents, params } = model;
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    if (!inUnit(ties.trust[s])) out.push(`slot ${s}: trust ${ties.trust[s]}`);
    if (!inUnit(ties.strength[s])) out.push(`slot ${s}: strength ${ties.strength[s]}`);
    if (ties.strength[s] < params.decay.dropBelow) out.push(`slot ${s}: strength ${ties.strength[s]} below dropBelow`);
  }
  for (let i = 0; i < agents.count; i++) {
    if (!inUnit(agents.satisfaction[i])) out.push(`agent ${i}: satisfaction ${agents.satisfaction[i]}`);
    for (let k = 0; k < FACTOR_COUNT; k++) {
      const f = agents.factors[i * FACTOR_COUNT + k];
      if (!inUnit(f)) out.push(`agent ${i}: factor ${k} = ${f}`);
    }
    if (agents.recentIur[i] < 0) out.push(`agent ${i}: recentIur ${agents.recentIur[i]}`);
  }
  return out;
}

/**
 * Agents above their tie capacity (tieFormation.capacity of their kind). With `before` (each agent's tie count a step
 * earlier), only those that gained ties while above it: what tie formation and brokering must never do.
 */
export function capacityViolations(model: Model, before?: readonly number[]): string[] {
  const out: string[] = [];
  const { degree } = model.ties;
  for (let i = 0; i < model.agents.count; i++) {
    const n = degree[i];
    if (n > capacityOf(model, i) && (!before || n > before[i]))
      out.push(`agent ${i}: ${n} ties over capacity ${capacityOf(model, i)}`);
  }
  return out;
}
