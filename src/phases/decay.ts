// Phase 6: decay. A tie not used this month loses strength (faster across MCs, Burt 2002) and is dropped below a floor.
import { dropTie } from '../model/ties.js';
import type { Model } from '../model/types.js';

/** Walks every tie slot in order: w <- (1 - rate) w when unused this month; drop when w < dropBelow. */
export function decay(model: Model): void {
  const { params: p, ties, agents } = model;
  const month = model.step + 1;
  for (let slot = 0; slot < ties.size; slot++) {
    if (ties.alive[slot] !== 1 || ties.lastUsed[slot] === month) continue;
    const across = agents.mc[ties.a[slot]] !== agents.mc[ties.b[slot]];
    ties.strength[slot] *= 1 - (across ? p.decay.crossMcRatePerMonth : p.decay.ratePerMonth);
    if (ties.strength[slot] < p.decay.dropBelow) {
      dropTie(ties, slot);
      model.counts.tiesDropped++;
    }
  }
}
