// Phase 7, satisfaction: each of Table 6's five factors measured by hand on a four-agent network, the weighted target,
// the smoothed update, and the fading of recent joint projects.
import { describe, expect, it } from 'vitest';
import { measureAllFactors, measureFactors, updateSatisfaction } from '../../src/phases/update-satisfaction.js';
import { addTie, dropTie } from '../../src/model/ties.js';
import { FACTOR_COUNT, FIRM, PROFESSOR } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel } from '../helpers/tiny-model.js';

// MC 0: firm 0, firm 1, professor 2. MC 1: firm 3, outsider firm 4. Ties 0-1 (trust 0.6), 0-2 (0.4), 0-3 (0.9).
// MC 0 had 2.7 events a month on average (half the reference 5.4) and 20% of its budget from fees. Firm 0 attended
// 8 events lately (participation 1 - e^-1 at scale 8), firm 3 attended 4; firm 1 made one new partner lately.
function build(params: ScenarioInput = {}) {
  const model = tinyModel({
    mcs: [{}, {}],
    agents: [
      { kind: FIRM },
      { kind: FIRM },
      { kind: PROFESSOR },
      { kind: FIRM, mc: 1 },
      { kind: FIRM, mc: 1, member: false, satisfaction: 0.3 },
    ],
    ties: [
      { a: 0, b: 1, trust: 0.6 },
      { a: 0, b: 2, trust: 0.4 },
      { a: 0, b: 3, trust: 0.9 },
    ],
    params,
  });
  model.mcs.activity[0] = 2.7;
  model.mcs.feeShare[0] = 0.2;
  model.agents.recentIur.set([0.2, 0, 0, 0, 0.5]);
  model.agents.recentEvents.set([8, 0, 0, 4, 0]);
  model.agents.recentTies.set([0, 1, 0, 0, 0]);
  return model;
}

const factorsOf = (model: ReturnType<typeof build>, i: number) =>
  Array.from(model.agents.factors.subarray(i * FACTOR_COUNT, (i + 1) * FACTOR_COUNT));

describe('measureFactors', () => {
  it('measures openness, skilled people, self-reliance, community cooperation and joint IUR for firm 0', () => {
    const model = build();
    measureFactors(model, 0);
    const [openness, skilled, selfReliance, community, jointIur] = factorsOf(model, 0);
    expect(openness).toBeCloseTo(1 - Math.exp(-1 / 0.5), 15); // one external tie, scale 0.5
    expect(skilled).toBeCloseTo(1 - Math.exp(-1 / 2), 15); // one expert, scale 2
    expect(selfReliance).toBeCloseTo(0.7 * 0.5 * (1 - Math.exp(-1)) + 0.3 * 0.2, 15); // activity 2.7/5.4 x participation, fee share 0.2
    expect(community).toBeCloseTo(0.5, 15); // mean trust of ties inside the MC: (0.6 + 0.4) / 2
    expect(jointIur).toBeCloseTo(1 - Math.exp(-0.2 / 0.2), 15);
  });

  it('gives zero community cooperation without ties inside the MC, and caps activity at the reference rate', () => {
    const model = build();
    model.mcs.activity[1] = 20;
    measureFactors(model, 3);
    const [openness, skilled, selfReliance, community, jointIur] = factorsOf(model, 3);
    expect([openness, skilled, community, jointIur]).toEqual([1 - Math.exp(-2), 0, 0, 0]);
    expect(selfReliance).toBeCloseTo(0.7 * (1 - Math.exp(-0.5)), 15);
  });

  it('counts recent new partners towards openness: firm 1 has no external tie but one new partner', () => {
    const model = build();
    measureFactors(model, 1);
    expect(factorsOf(model, 1)[0]).toBeCloseTo(1 - Math.exp(-1 / 0.5), 15);
  });

  it('reads no activity when the reference event rate is 0', () => {
    const model = build({ events: { ratePerMcMonth: 0 } });
    measureFactors(model, 1);
    expect(factorsOf(model, 1)[2]).toBeCloseTo(0.06, 15);
  });
});

describe('updateSatisfaction', () => {
  it('moves each member smoothing of the way to the weighted mean of its factors', () => {
    const model = build();
    updateSatisfaction(model);
    const selfReliance0 = 0.35 * (1 - Math.exp(-1)) + 0.06;
    const f = [1 - Math.exp(-2), 1 - Math.exp(-0.5), selfReliance0, 0.5, 1 - Math.exp(-1)];
    const w = [0.208, 0.182, 0.217, 0.177, 0.216];
    const target = f.reduce((s, x, k) => s + w[k] * x, 0) / w.reduce((a, b) => a + b, 0);
    expect(target).toBeCloseTo(0.53753, 5);
    expect(model.agents.satisfaction[0]).toBeCloseTo(0.6 + 0.1 * (target - 0.6), 15);
    // Firm 1: openness 1 - e^-2 from its new partner, self-reliance 0.06 (fees only: it attended nothing), community
    // 0.6.
    const target1 = 0.208 * (1 - Math.exp(-2)) + 0.217 * 0.06 + 0.177 * 0.6;
    expect(model.agents.satisfaction[1]).toBeCloseTo(0.6 + 0.1 * (target1 - 0.6), 15);
  });

  it("leaves outsiders' satisfaction and factors alone but fades everyone's recent tallies by 1 - 1/memoryMonths", () => {
    const model = build();
    updateSatisfaction(model);
    expect(model.agents.satisfaction[4]).toBe(0.3);
    expect(factorsOf(model, 4)).toEqual([0, 0, 0, 0, 0]);
    expect(model.agents.recentIur[0]).toBeCloseTo(0.2 * (11 / 12), 15);
    expect(model.agents.recentIur[4]).toBeCloseTo(0.5 * (11 / 12), 15);
    expect(model.agents.recentEvents[0]).toBeCloseTo(8 * (11 / 12), 15);
    expect(model.agents.recentTies[1]).toBeCloseTo(11 / 12, 15);
  });

  it('draws no random numbers', () => {
    const model = build();
    updateSatisfaction(model);
    expect(model.rng.used).toBe(0);
  });

  it('targets 0 when every weight is 0', () => {
    const model = build({
      satisfaction: {
        weights: { openness: 0, skilledPeople: 0, selfReliance: 0, communityCooperation: 0, jointIur: 0 },
        smoothing: 0.5,
      },
    });
    updateSatisfaction(model);
    expect(model.agents.satisfaction[0]).toBeCloseTo(0.3, 15);
  });

  it("adds each member's trust inside its MC in slot order, whatever the order of its ties", () => {
    // Firm 0 is tied to 1, 2, 3 (slots 0, 1, 2; trust 0.1, 0.2, 0.3) and across MCs to 5 (slot 3). Its tie to 1 is
    // dropped and one to 4 (trust 0.1) takes slot 0 but goes to the end of 0's ties: 3, 2, 5, 4 in its own order.
    const model = tinyModel({
      mcs: [{}, {}],
      agents: [
        { kind: FIRM },
        { kind: FIRM },
        { kind: FIRM },
        { kind: FIRM },
        { kind: PROFESSOR },
        { kind: FIRM, mc: 1 },
      ],
      ties: [
        { a: 0, b: 1, trust: 0.1 },
        { a: 0, b: 2, trust: 0.2 },
        { a: 0, b: 3, trust: 0.3 },
        { a: 0, b: 5, trust: 0.9 },
      ],
    });
    dropTie(model.ties, 0);
    expect(addTie(model.ties, 0, 4, { trust: 0.1, strength: 0.5, step: 0, origin: 0 })).toBe(0);
    updateSatisfaction(model);
    // In slot order (0.1 + 0.2) + 0.3 = 0.6000000000000001; in firm 0's own order (0.3 + 0.2) + 0.1 = 0.6.
    expect(factorsOf(model, 0)[3]).toBe((0.1 + 0.2 + 0.3) / 3);
    expect(factorsOf(model, 0)[3]).not.toBe((0.3 + 0.2 + 0.1) / 3);
    expect(factorsOf(model, 0)[0]).toBe(1 - Math.exp(-1 / 0.5)); // the tie across MCs: openness
    expect(factorsOf(model, 0)[1]).toBe(1 - Math.exp(-1 / 2)); // the professor: skilled people
    expect(factorsOf(model, 5)[3]).toBe(0); // firm 5 has no tie inside MC 1
    // Tallied with the ties sorted by MC first (the way of large models): the same factors to the bit.
    const inSlotOrder = Array.from(model.agents.factors);
    model.agents.factors.fill(0);
    measureAllFactors(model, true);
    expect(Array.from(model.agents.factors)).toEqual(inSlotOrder);
    measureAllFactors(model, false);
    expect(Array.from(model.agents.factors)).toEqual(inSlotOrder);
    // A month later with more ties than the sorted buffer held: the same sums.
    addTie(model.ties, 1, 2, { trust: 0.7, strength: 0.5, step: 0, origin: 0 });
    addTie(model.ties, 1, 3, { trust: 0.4, strength: 0.5, step: 0, origin: 0 });
    measureAllFactors(model, true);
    expect(factorsOf(model, 0)[3]).toBe((0.1 + 0.2 + 0.3) / 3);
    expect(factorsOf(model, 1)[3]).toBe((0.7 + 0.4) / 2);
  });
});
