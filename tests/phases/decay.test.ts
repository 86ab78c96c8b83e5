// Phase 6, decay: unused ties weaken at the within- or cross-MC rate, used ties keep their strength, weak ties are
// dropped.
import { describe, expect, it } from 'vitest';
import { decay } from '../../src/phases/decay.js';
import { findTie } from '../../src/model/ties.js';
import { FIRM } from '../../src/model/types.js';
import { tieStoreViolations } from '../helpers/invariants.js';
import { tinyModel } from '../helpers/tiny-model.js';

// Firms 0, 1 in MC 0 and firms 2, 3 in MC 1; month 5 is being simulated (step 4 done).
const build = (ties: { a: number; b: number; strength: number; step?: number }[]) =>
  tinyModel({
    mcs: [{}, {}],
    agents: [{ kind: FIRM }, { kind: FIRM }, { kind: FIRM, mc: 1 }, { kind: FIRM, mc: 1 }],
    ties,
    step: 4,
  });

describe('decay', () => {
  it('draws no random numbers and does nothing without ties', () => {
    const model = build([]);
    decay(model);
    expect(model.rng.used).toBe(0);
    expect(model.counts.tiesDropped).toBe(0);
  });

  it('weakens an unused tie within an MC by ratePerMonth: 0.5 -> 0.475', () => {
    const model = build([{ a: 0, b: 1, strength: 0.5 }]);
    decay(model);
    expect(model.ties.strength[0]).toBeCloseTo(0.475, 15);
  });

  it('weakens an unused tie across MCs by crossMcRatePerMonth: 0.5 -> 0.415', () => {
    const model = build([{ a: 1, b: 2, strength: 0.5 }]);
    decay(model);
    expect(model.ties.strength[0]).toBeCloseTo(0.415, 15);
  });

  it('compounds over months: 0.5 x 0.95^3 after three', () => {
    const model = build([{ a: 0, b: 1, strength: 0.5 }]);
    for (let k = 0; k < 3; k++, model.step++) decay(model);
    expect(model.ties.strength[0]).toBeCloseTo(0.4286875, 15);
  });

  it('leaves a tie used this month alone', () => {
    const model = build([{ a: 0, b: 1, strength: 0.5, step: 5 }]);
    decay(model);
    expect(model.ties.strength[0]).toBe(0.5);
  });

  it('drops a tie that falls below dropBelow (0.105 -> 0.09975) and counts it, keeping one that stays at 0.1 or above', () => {
    const model = build([
      { a: 0, b: 1, strength: 0.105 },
      { a: 2, b: 3, strength: 0.11 },
    ]);
    decay(model);
    expect(findTie(model.ties, 0, 1)).toBe(-1);
    expect(model.ties.strength[1]).toBeCloseTo(0.1045, 15);
    expect(model.ties.count).toBe(1);
    expect(model.counts.tiesDropped).toBe(1);
    expect(model.ties.free).toEqual([0]);
    expect(tieStoreViolations(model.ties)).toEqual([]);
  });

  it('uses the rates and the floor of the parameters', () => {
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }],
      ties: [{ a: 0, b: 1, strength: 0.8 }],
      params: { decay: { ratePerMonth: 0.5, dropBelow: 0.5 } },
    });
    decay(model);
    expect(model.ties.count).toBe(0);
    expect(model.counts.tiesDropped).toBe(1);
  });
});
