// Phase 8, membership: the fee burden, Table 5's reasons for staying out, and leave and join decisions on scripted
// draws with chances worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  activityDeficit,
  activityJoinFactor,
  feeBurden,
  leaveLogit,
  reasonFactor,
  refuseLogit,
  updateMembership,
} from '../../src/phases/update-membership.js';
import { AGENCY, FIRM, LARGE, MEDIUM, PROFESSOR, SMALL, STAY_OUT_REASONS } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel, type TinyAgent } from '../helpers/tiny-model.js';

const reason = (name: (typeof STAY_OUT_REASONS)[number]) => STAY_OUT_REASONS.indexOf(name);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

const build = (agents: TinyAgent[], params: ScenarioInput = {}, draws: number[] = []) =>
  tinyModel({ agents, params, draws });

describe('feeBurden', () => {
  it('is 0 without a fee', () => {
    expect(feeBurden(build([{ kind: FIRM }]), 0)).toBe(0);
  });

  it('is fee / (feeTolerance x ability to pay): small 1, medium 2, large 5', () => {
    const model = build(
      [
        { kind: FIRM, size: SMALL },
        { kind: FIRM, size: MEDIUM },
        { kind: FIRM, size: LARGE },
      ],
      { budget: { feePerFirmMonth: 0.5 } },
    );
    expect([0, 1, 2].map((i) => feeBurden(model, i))).toEqual([1, 0.5, 0.2]);
  });

  it("is the fee of the firm's own MC where a region-scoped policy set it", () => {
    const model = tinyModel({
      agents: [
        { kind: FIRM, mc: 0 },
        { kind: FIRM, mc: 1 },
      ],
      mcs: [{}, { region: 1 }],
      params: { budget: { feePerFirmMonth: 0.5 } },
    });
    model.mcs.scoped['budget.feePerFirmMonth'][1] = 0.1;
    expect([feeBurden(model, 0), feeBurden(model, 1)]).toEqual([1, 0.2]);
    model.mcs.scoped['budget.feePerFirmMonth'][1] = 0;
    expect(feeBurden(model, 1)).toBe(0);
  });

  it('is infinite when firms tolerate no fee at all', () => {
    const model = build([{ kind: FIRM }], { budget: { feePerFirmMonth: 0.5 }, membership: { feeTolerance: 0 } });
    expect(feeBurden(model, 0)).toBe(Infinity);
  });
});

describe('leaveLogit', () => {
  it('is leaveIntercept + leaveFeeWeight x burden - leaveSatisfactionWeight x (S - satisfactionReference)', () => {
    // Small firm, fee 0.5: burden 1; satisfaction 0.1: -2 + 2 x 1 - 6 x (0.1 - 0.4) = 1.8. Without a fee, at S 0.4: -2.
    const burdened = build([{ kind: FIRM, satisfaction: 0.1 }], { budget: { feePerFirmMonth: 0.5 } });
    expect(leaveLogit(burdened, 0)).toBeCloseTo(1.8, 15);
    expect(leaveLogit(build([{ kind: FIRM, satisfaction: 0.4 }]), 0)).toBeCloseTo(-2, 15);
  });
});

describe('reasonFactor', () => {
  const firms: TinyAgent[] = STAY_OUT_REASONS.map((_, r) => ({ kind: FIRM, member: false, reason: r }));
  const factors = (params: ScenarioInput, leadInMc = false) => {
    const model = build(firms, params);
    return Object.fromEntries(STAY_OUT_REASONS.map((name, r) => [name, reasonFactor(model, r, leadInMc)]));
  };

  it('holds firms back by stayOutFactor (0.2) for reasons no lever removes, fully when not strategic', () => {
    expect(factors({})).toEqual({
      none: 1,
      notStrategic: 0,
      lowMoneyExpectation: 0.2,
      noNeed: 0.2,
      largeCustomerFirst: 0.2,
      otherRegionsBetter: 0.2,
      infoLeakFear: 0.2,
      other: 0.2,
    });
  });

  it('lifts each reason with its lever: openness, a lead firm in the MC, a wider scope, more subsidy', () => {
    const lifted = factors({ levers: { nonStrategicFirms: true, scope: 'region' }, budget: { subsidyLevel: 4 } }, true);
    expect(lifted).toMatchObject({ notStrategic: 1, largeCustomerFirst: 1, otherRegionsBetter: 1, noNeed: 0.2 });
    expect(lifted.lowMoneyExpectation).toBeCloseTo(0.8, 15);
    expect(factors({ budget: { subsidyLevel: 10 } }).lowMoneyExpectation).toBe(1);
  });

  it("scales low-money firms' chance by their own MC's subsidy level where a region-scoped policy set it", () => {
    const model = build(firms, { budget: { subsidyLevel: 4 } });
    model.mcs.scoped['budget.subsidyLevel'][0] = 0;
    expect(reasonFactor(model, reason('lowMoneyExpectation'), false)).toBe(0);
    model.mcs.scoped['budget.subsidyLevel'][0] = 2;
    expect(reasonFactor(model, reason('lowMoneyExpectation'), false)).toBeCloseTo(0.4, 15);
  });

  it("keeps low-money firms out once the MC's support has ended", () => {
    const model = build(firms);
    model.mcs.supported[0] = 0;
    expect(reasonFactor(model, reason('lowMoneyExpectation'), false)).toBe(0);
  });
});

describe('updateMembership', () => {
  it('lets non-firms neither leave nor join, and draws nothing for them', () => {
    const model = build([{ kind: PROFESSOR }, { kind: AGENCY, member: false }]);
    updateMembership(model);
    expect(model.rng.used).toBe(0);
    expect(Array.from(model.agents.member)).toEqual([1, 0]);
  });

  it('makes a member leave with chance leaveMaxPerMonth x logistic(intercept + fee - satisfaction terms)', () => {
    // Satisfaction at the reference 0.4 and no fee: 0.05 x logistic(-2) = 0.0059601.
    const chance = 0.05 * logistic(-2);
    expect(chance).toBeCloseTo(0.0059601, 7);
    const leaves = build([{ kind: FIRM, satisfaction: 0.4 }], {}, [chance - 1e-9]);
    updateMembership(leaves);
    expect(leaves.agents.member[0]).toBe(0);
    expect(leaves.counts.left).toBe(1);
    const stays = build([{ kind: FIRM, satisfaction: 0.4 }], {}, [chance]);
    updateMembership(stays);
    expect(stays.agents.member[0]).toBe(1);
    expect(stays.counts.left).toBe(0);
  });

  it('makes a burdened, unhappy member more likely to leave', () => {
    // Small firm, fee 0.5: burden 0.5 / 0.5 = 1; satisfaction 0.1: x = -2 + 2 x 1 - 6 x (0.1 - 0.4) = 1.8; chance 0.05
    // x logistic(1.8).
    const chance = 0.05 * logistic(1.8);
    expect(chance).toBeCloseTo(0.042907, 6);
    const model = build([{ kind: FIRM, satisfaction: 0.1 }], { budget: { feePerFirmMonth: 0.5 } }, [chance - 1e-9]);
    updateMembership(model);
    expect(model.agents.member[0]).toBe(0);
  });

  it('keeps required lead firms in without a draw, and makes required outsiders join for sure', () => {
    const model = build(
      [
        { kind: FIRM, size: LARGE, lead: true, satisfaction: 0 },
        { kind: FIRM, size: LARGE, lead: true, member: false, reason: reason('noNeed') },
      ],
      { levers: { leadFirmsRequired: true } },
      [0.999],
    );
    updateMembership(model);
    expect(model.rng.left).toBe(0);
    expect(Array.from(model.agents.member)).toEqual([1, 1]);
    expect(model.counts.joined).toBe(1);
  });

  it('makes an outsider join with chance joinPerMonth x reason x MC satisfaction / reference x contact bonus x (1 - burden)', () => {
    // Members 0 (satisfaction 0.5) and 1 (0.7): MC mean 0.6, / 0.4 = 1.5. Outsider 2 has ties to both members and to
    // professor 4, not a member: contacts 2, bonus 1 + 0.5 x 2 = 2. Chance 0.03 x 1 x 1.5 x 2 x 1 = 0.09.
    // Outsider 3 (no need for networking, no contacts): 0.03 x 0.2 x 1.5 = 0.009.
    const agents: TinyAgent[] = [
      { kind: FIRM, satisfaction: 0.5 },
      { kind: FIRM, satisfaction: 0.7 },
      { kind: FIRM, member: false, satisfaction: 0.1 },
      { kind: FIRM, member: false, reason: reason('noNeed') },
      { kind: PROFESSOR, member: false },
    ];
    const ties = [
      { a: 2, b: 0 },
      { a: 2, b: 1 },
      { a: 2, b: 4 },
    ];
    // Members 0 and 1 stay (0.99); outsider 2 joins just under 0.09; outsider 3 stays out at 0.009.
    const model = tinyModel({ agents, ties, draws: [0.99, 0.99, 0.09 - 1e-9, 0.009] });
    updateMembership(model);
    expect(model.rng.left).toBe(0);
    expect(Array.from(model.agents.member)).toEqual([1, 1, 1, 0, 0]);
    expect(model.agents.satisfaction[2]).toBe(0.6);
    expect(model.counts.joined).toBe(1);
  });

  it("judges the MC by its members before this month's changes (a leaver still counts for the joiners' view)", () => {
    // Member 0 (satisfaction 0.8) leaves first; outsider 1 still sees mean 0.8 / 0.4 = 2: chance 0.06; 0.059 joins.
    const model = build(
      [
        { kind: FIRM, satisfaction: 0.8 },
        { kind: FIRM, member: false },
      ],
      {},
      [0, 0.059],
    );
    updateMembership(model);
    expect(Array.from(model.agents.member)).toEqual([0, 1]);
  });

  it('keeps outsiders out when the fee burden reaches 1 or the MC has no members', () => {
    const burdened = build(
      [{ kind: FIRM }, { kind: FIRM, member: false }],
      { budget: { feePerFirmMonth: 0.5 } },
      [0.99, 0],
    );
    updateMembership(burdened);
    expect(burdened.agents.member[1]).toBe(0);
    const empty = build([{ kind: FIRM, member: false }], {}, [0]);
    updateMembership(empty);
    expect(empty.agents.member[0]).toBe(0);
  });
});

describe('participation follows activity', () => {
  // Reference: activityReference 0.5 x events.ratePerMcMonth 5.4 = 2.7 events a month; the weights as worked below.
  const active = { membership: { activityReference: 0.5, leaveIdleWeight: 2, joinActivityWeight: 1 } };

  it('gives the activity deficit 1 - A / (activityReference x ratePerMcMonth), clamped to [0, 1], 0 with no reference', () => {
    const model = build([{ kind: FIRM }], active);
    const at = (activity: number) => {
      model.mcs.activity[0] = activity;
      return activityDeficit(model, 0);
    };
    expect([at(0), at(2.7), at(5.4)]).toEqual([1, 0, 0]);
    expect(at(0.675)).toBeCloseTo(0.75, 15);
    expect(activityDeficit(build([{ kind: FIRM }]), 0)).toBe(0);
  });

  it('adds leaveIdleWeight x deficit to the leave logit: members of an idle MC leave more', () => {
    // Satisfaction at the reference, no fee: -2 + 2 x 1 = 0 with no events, -2 + 2 x 0.25 = -1.5 at A = 2.025.
    const model = build([{ kind: FIRM, satisfaction: 0.4 }], active);
    expect(leaveLogit(model, 0)).toBeCloseTo(0, 15);
    model.mcs.activity[0] = 2.025;
    expect(leaveLogit(model, 0)).toBeCloseTo(-1.5, 15);
    const chance = 0.05 * logistic(-1.5);
    const leaves = build([{ kind: FIRM, satisfaction: 0.4 }], active, [chance - 1e-9]);
    leaves.mcs.activity[0] = 2.025;
    updateMembership(leaves);
    expect(leaves.agents.member[0]).toBe(0);
    const stays = build([{ kind: FIRM, satisfaction: 0.4 }], active, [chance + 1e-9]);
    stays.mcs.activity[0] = 2.025;
    updateMembership(stays);
    expect(stays.agents.member[0]).toBe(1);
  });

  it('multiplies joining by (1 - deficit)^joinActivityWeight: an MC with no events attracts nobody', () => {
    const model = build([{ kind: FIRM }], { membership: { activityReference: 0.5, joinActivityWeight: 2 } });
    expect(activityJoinFactor(model, 0.5)).toBe(0.25);
    expect(activityJoinFactor(model, 1)).toBe(0);
    model.params.membership.joinActivityWeight = 0;
    expect(activityJoinFactor(model, 1)).toBe(1);
    // Member 0 at satisfaction 0.4 (mean / reference = 1) stays (0.99); outsider 1 with no contacts: 0.03 x 1 x 1 x
    // (1 - 0.5) = 0.015 at A = 1.35 (deficit 0.5).
    const join = (draw: number, activity: number) => {
      const m = build(
        [
          { kind: FIRM, satisfaction: 0.4 },
          { kind: FIRM, member: false },
        ],
        active,
        [0.99, draw],
      );
      m.mcs.activity[0] = activity;
      updateMembership(m);
      return m.agents.member[1];
    };
    expect(join(0.015 - 1e-9, 1.35)).toBe(1);
    expect(join(0.015, 1.35)).toBe(0);
    expect(join(0, 0)).toBe(0);
    expect(join(0.03 - 1e-9, 2.7)).toBe(1);
  });
});

describe('refusing a new or higher fee', () => {
  // Small firm, satisfaction 0.4 (the reference), fee 0.05 against tolerance 0.5: burden 0.1; refusal logit
  // -1.5 + 4 x 0.1 - 6 x 0 = -1.1.
  const rising = (draws: number[], satisfaction = 0.4) => {
    const model = build(
      [
        { kind: FIRM, satisfaction },
        { kind: FIRM, member: false },
      ],
      {},
      draws,
    );
    model.params.budget.feePerFirmMonth = 0.05; // the fee appears after step 0, as a policy would set it
    return model;
  };

  it('gives the refusal logit of the ODD: intercept + burden weight x burden - satisfaction weight x (S - reference)', () => {
    const model = rising([]);
    expect(refuseLogit(model, 0, 0.1)).toBeCloseTo(-1.1, 14);
    expect(refuseLogit(model, 0, 0)).toBeCloseTo(-1.5, 14);
    model.agents.satisfaction[0] = 0.6;
    expect(refuseLogit(model, 0, 0.1)).toBeCloseTo(-1.1 - 6 * 0.2, 14);
  });

  it('makes a member refuse and leave when its draw is below logistic(refusal logit), once, when the fee appears', () => {
    const chance = logistic(-1.1);
    const model = rising([chance - 1e-9, 0.99]); // the refusal; then the outsider's join draw
    updateMembership(model);
    expect(model.agents.member[0]).toBe(0);
    expect([model.counts.left, model.counts.feeRefusals]).toEqual([1, 1]);
    expect(model.mcs.feeSeen[0]).toBe(0.05);
    expect(model.rng.left).toBe(0);
  });

  it('lets a member who pays go on to the usual leave draw, and asks nobody again while the fee stays', () => {
    const chance = logistic(-1.1);
    const model = rising([chance, 0.99, 0.99]); // pays; does not leave; the outsider does not join
    updateMembership(model);
    expect(model.agents.member[0]).toBe(1);
    expect(model.counts.feeRefusals).toBe(0);
    expect(model.rng.left).toBe(0);
    // The same fee next month: one leave draw and one join draw, no refusal draw.
    const next = rising([0.99, 0.99]);
    next.mcs.feeSeen[0] = 0.05;
    updateMembership(next);
    expect(next.rng.left).toBe(0);
    expect(next.counts.feeRefusals).toBe(0);
  });

  it('asks again when the fee rises, and not when it falls', () => {
    const falling = rising([0.99, 0.99]);
    falling.mcs.feeSeen[0] = 0.1;
    updateMembership(falling);
    expect(falling.rng.left).toBe(0);
    expect(falling.mcs.feeSeen[0]).toBe(0.05);
  });

  it('never lets a firm join an MC that has dissolved, and draws nothing for it', () => {
    const model = build([{ kind: FIRM, member: false }], { membership: { joinPerMonth: 1 } });
    model.mcs.dissolved[0] = 1;
    updateMembership(model);
    expect(model.agents.member[0]).toBe(0);
    expect(model.rng.used).toBe(0);
  });
});
