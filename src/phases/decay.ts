// Phase 6: decay. A tie not used this month loses strength (faster across MCs, Burt 2002) and is dropped below a floor.
import { dropTie } from '../model/ties.js';
import type { Model } from '../model/types.js';

/** Walks every tie slot in order: w <- (1 - rate) w when unused this month; drop when w < dropBelow. */
export function decay(model: Model): void {
  const { params: p, ties, agents } = model;
  const month = model.step + 1;
  const keepInside = 1 - p.decay.ratePerMonth;
  const keepAcross = 1 - p.decay.crossMcRatePerMonth;
  const dropBelow = p.decay.dropBelow;
  const { mc } = agents;
  const { alive, lastUsed, strength, a, b } = ties;
  for (let slot = 0; slot < ties.size; slot++) {
    if (alive[slot] !== 1 || lastUsed[slot] === month) continue;
    strength[slot] *= mc[a[slot]] !== mc[b[slot]] ? keepAcross : keepInside;
    if (strength[slot] < dropBelow) {
      dropTie(ties, slot);
      model.counts.tiesDropped++;
    }
  }
}
