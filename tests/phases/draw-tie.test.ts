// Drawing one of an agent's ties in proportion to trust x strength: no eligible tie first (no draw spent), then the
// weights, the kind mask, the skipped partner and non-members.
import { describe, expect, it } from 'vitest';
import { ANY_KIND, drawTie, kindMask } from '../../src/phases/draw-tie.js';
import { AGENCY, FIRM, INSTITUTE, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

// Firm 0 tied to professor 2 (trust 0.5 x strength 0.4 = 0.2), firm 1 (0.3 x 0.2 = 0.06; not a member in one case) and
// agency 4 (0.8 x 0.5 = 0.4), in that block order; institute 3 has no tie.
const model = (draws: number[], member2 = true) =>
  tinyModel({
    agents: [
      { kind: FIRM },
      { kind: FIRM, member: member2 },
      { kind: PROFESSOR },
      { kind: INSTITUTE },
      { kind: AGENCY },
    ],
    ties: [
      { a: 0, b: 2, trust: 0.5, strength: 0.4 },
      { a: 0, b: 1, trust: 0.3, strength: 0.2 },
      { a: 0, b: 4, trust: 0.8, strength: 0.5 },
    ],
    draws,
  });
const partnerAt = (m: ReturnType<typeof model>, entry: number) => (entry < 0 ? -1 : m.ties.partner[entry]);

describe('drawTie with nothing to draw', () => {
  it('returns -1 without a draw when no tie qualifies: no ties, or no partner of the kinds asked', () => {
    const m = model([]);
    expect(drawTie(m, 3, ANY_KIND)).toBe(-1);
    expect(drawTie(m, 0, kindMask([INSTITUTE]))).toBe(-1);
    expect(m.rng.used).toBe(0);
  });
});

describe('drawTie', () => {
  it('draws in proportion to trust x strength, in block order (0.2, 0.06, 0.4 of 0.66)', () => {
    // 0.3 x 0.66 = 0.198 < 0.2: professor 2; 0.31 x 0.66 = 0.2046 falls in firm 1's 0.06; 0.99: agency 4.
    const m = model([0.3, 0.31, 0.99]);
    expect([0, 0, 0].map(() => partnerAt(m, drawTie(m, 0, ANY_KIND)))).toEqual([2, 1, 4]);
  });

  it('keeps to the kinds in the mask, skips the partner asked and leaves out non-members', () => {
    const m = model([0.5, 0.5, 0.5]);
    expect(partnerAt(m, drawTie(m, 0, kindMask([AGENCY, FIRM])))).toBe(4); // 0.5 x 0.46 = 0.23, past firm 1's 0.06
    expect(partnerAt(m, drawTie(m, 0, ANY_KIND, 4))).toBe(2); // 0.5 x 0.26 = 0.13, within professor 2's 0.2
  });

  it('leaves out a partner who is no longer a member', () => {
    // Weights 0.2, 0, 0.4: 0.35 x 0.6 = 0.21 passes professor 2 and lands on agency 4 (with firm 1 a member, 0.35 x
    // 0.66 = 0.231 would land on firm 1).
    const m = model([0.35], false);
    expect(partnerAt(m, drawTie(m, 0, ANY_KIND))).toBe(4);
  });
});
