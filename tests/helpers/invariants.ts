// Checks of the model's invariants, each returning the list of violations it found (empty when the model is sound),
// so that a failing test prints what broke rather than a bare false.
import { capacityOf } from '../../src/phases/form-ties.js';
import { findTie } from '../../src/model/ties.js';
import { FACTOR_COUNT, type Model, type Ties } from '../../src/model/types.js';

const inUnit = (x: number) => x >= 0 && x <= 1;

/** The tie store agrees with itself: slots, pair index, per-agent lists and the live count. */
export function tieStoreViolations(ties: Ties): string[] {
  const out: string[] = [];
  let alive = 0;
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    alive++;
    const [a, b] = [ties.a[s], ties.b[s]];
    if (a === b) out.push(`slot ${s}: self-tie on ${a}`);
    if (a > b) out.push(`slot ${s}: ends ${a}-${b} not ordered`);
    if (findTie(ties, a, b) !== s || findTie(ties, b, a) !== s) out.push(`slot ${s}: the index finds ${a}-${b} at ${findTie(ties, a, b)}`);
    if (!ties.byAgent[a].includes(s) || !ties.byAgent[b].includes(s)) out.push(`slot ${s}: missing from byAgent of ${a} or ${b}`);
  }
  if (alive !== ties.count) out.push(`count ${ties.count} but ${alive} live slots`);
  if (ties.index.size !== ties.count) out.push(`index holds ${ties.index.size} pairs for ${ties.count} ties`);
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1 && findTie(ties, ties.a[s], ties.b[s]) === s) out.push(`the index still finds dropped slot ${s}`);
  }
  let listed = 0;
  ties.byAgent.forEach((slots, i) => {
    listed += slots.length;
    if (new Set(slots).size !== slots.length) out.push(`agent ${i}: a slot listed twice`);
    for (const s of slots) if (ties.alive[s] !== 1 || (ties.a[s] !== i && ties.b[s] !== i)) out.push(`agent ${i}: lists slot ${s}, not its live tie`);
    if (ties.degree[i] !== slots.length) out.push(`agent ${i}: degree ${ties.degree[i]} but ${slots.length} slots listed`);
  });
  if (listed !== 2 * ties.count) out.push(`byAgent lists ${listed} ends for ${ties.count} ties`);
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
  const { byAgent } = model.ties;
  for (let i = 0; i < model.agents.count; i++) {
    const n = byAgent[i].length;
    if (n > capacityOf(model, i) && (!before || n > before[i])) out.push(`agent ${i}: ${n} ties over capacity ${capacityOf(model, i)}`);
  }
  return out;
}
