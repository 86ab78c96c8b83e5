// Phase 2, MC activities: the budget from subsidy and fees, the event rate it buys, and events held with scripted
// draws.
import { describe, expect, it } from 'vitest';
import { atRisk, eventRate, holdEvents, mcBudget, selfOrganisedShare } from '../../src/phases/hold-events.js';
import { AGENCY, FIRM, PROFESSOR } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { countingRng, tinyModel } from '../helpers/tiny-model.js';

// One MC: member firms 0 and 1, outsider firm 2, professor 3.
const oneMc = (params: ScenarioInput = {}, draws: number[] = []) =>
  tinyModel({
    agents: [{ kind: FIRM }, { kind: FIRM }, { kind: FIRM, member: false }, { kind: PROFESSOR }],
    params,
    draws,
  });

describe('mcBudget', () => {
  it('is the subsidy alone when there is no fee', () => {
    expect(mcBudget(oneMc(), 0)).toEqual({ budget: 2.5, feeShare: 0, subsidy: 2.5 });
  });

  it('adds the fee of each member firm (not outsiders, not experts): 2.5 + 2 x 0.5 = 3.5, fees 2/7 of it', () => {
    const { budget, feeShare, subsidy } = mcBudget(oneMc({ budget: { feePerFirmMonth: 0.5 } }), 0);
    expect(budget).toBe(3.5);
    expect(subsidy).toBe(2.5);
    expect(feeShare).toBeCloseTo(2 / 7, 15);
  });

  it('scales the subsidy by subsidyLevel and drops it when support has ended', () => {
    expect(mcBudget(oneMc({ budget: { subsidyLevel: 0.4 } }), 0).budget).toBeCloseTo(1, 15);
    const unsupported = oneMc({ budget: { feePerFirmMonth: 0.5 } });
    unsupported.mcs.supported[0] = 0;
    expect(mcBudget(unsupported, 0)).toEqual({ budget: 1, feeShare: 1, subsidy: 0 });
  });

  it("takes the MC's own subsidy level and fee where a region-scoped policy set them: 2.5 x 0.2 + 2 x 0.25 = 1", () => {
    const model = oneMc({ budget: { feePerFirmMonth: 0.5 } });
    model.mcs.scoped['budget.subsidyLevel'][0] = 0.2;
    model.mcs.scoped['budget.feePerFirmMonth'][0] = 0.25;
    const { budget, feeShare } = mcBudget(model, 0);
    expect(budget).toBeCloseTo(1, 15);
    expect(feeShare).toBeCloseTo(0.5, 15);
  });

  it('is zero, with a zero fee share, with neither subsidy nor fees', () => {
    expect(mcBudget(oneMc({ budget: { subsidyLevel: 0 } }), 0)).toEqual({ budget: 0, feeShare: 0, subsidy: 0 });
  });
});

describe('eventRate', () => {
  it('is ratePerMcMonth x (budget / reference)^elasticity', () => {
    const model = oneMc();
    expect(eventRate(model, 2.5)).toBe(5.4);
    expect(eventRate(model, 10)).toBeCloseTo(10.8, 14);
    expect(eventRate(model, 0)).toBe(0);
  });

  it('never falls below the share members sustain on their own', () => {
    const model = oneMc();
    expect(eventRate(model, 0, 0.2)).toBeCloseTo(1.08, 14);
    expect(eventRate(model, 0.1, 0.2)).toBeCloseTo(1.08, 14); // 5.4 x sqrt(0.04) = 1.08: the floor
    expect(eventRate(model, 2.5, 0.2)).toBe(5.4);
  });

  it('is the full rate for any budget when the reference is zero', () => {
    const model = oneMc({ budget: { subsidyPerMcMonth: 0, feePerFirmMonth: 1 } });
    expect(eventRate(model, 2)).toBe(5.4);
    expect(eventRate(model, 0)).toBe(0);
  });
});

describe('holdEvents', () => {
  it('holds a Poisson number of events, in which members attend by their own draws, and marks visits for firms', () => {
    const model = oneMc({ events: { ratePerMcMonth: 1 } }, [
      0.5,
      0.5, // Poisson(1): 0.5 > e^-1, 0.25 < e^-1: one event
      0.1, // a visit (0.1 < visitShare 0.2)
      // attendance by geometric skips of floor(ln(1 - u) / ln(0.85)) agents: 0.1 skips none (firm 0 attends),
      // 0.3 skips two (firm 1, outsider 2) so professor 3 attends, 0.1 steps past the end
      0.1,
      0.3,
      0.1,
      0.9, // not open (openEventShare 0); scope park: no guests
    ]);
    holdEvents(model);
    expect(model.rng.left).toBe(0);
    expect(model.events).toEqual([{ mc: 0, visit: true, attendees: [0, 3] }]);
    expect(Array.from(model.agents.visited)).toEqual([1, 0, 0, 0]);
    expect(model.mcs.budget[0]).toBe(2.5);
    expect(model.mcs.eventsThisStep[0]).toBe(1);
    expect(model.mcs.activity[0]).toBeCloseTo(1 / 12, 15);
    expect([model.counts.events, model.counts.attendances]).toEqual([1, 2]);
    expect([model.counts.subsidyPaid, model.counts.feesPaid]).toEqual([2.5, 0]);
  });

  it('counts the subsidy and the fees paid into the budgets: 2.5 + 2 member firms x 0.5', () => {
    const model = oneMc({ events: { ratePerMcMonth: 0 }, budget: { feePerFirmMonth: 0.5 } }, [0.5]);
    holdEvents(model);
    expect([model.counts.subsidyPaid, model.counts.feesPaid]).toEqual([2.5, 1]);
  });

  it('takes every member without drawing when attendProb is 1, and nobody when it is 0', () => {
    const all = oneMc({ events: { ratePerMcMonth: 1, attendProb: 1 } }, [0.5, 0.5, 0.9, 0.9]);
    holdEvents(all);
    expect(all.rng.left).toBe(0);
    expect(all.events[0].attendees).toEqual([0, 1, 3]);
    const none = oneMc({ events: { ratePerMcMonth: 1, attendProb: 0 } }, [0.5, 0.5, 0.9, 0.9]);
    holdEvents(none);
    expect(none.rng.left).toBe(0);
    expect(none.events[0].attendees).toEqual([]);
  });

  it('lets each member attend with probability attendProb on a seeded generator', () => {
    const model = oneMc({ events: { ratePerMcMonth: 1 } });
    model.rng = countingRng('attend');
    let attended = 0;
    let events = 0;
    for (let month = 0; month < 3000; month++) {
      holdEvents(model);
      events += model.events.length;
      for (const e of model.events) attended += e.attendees.length;
    }
    // Three members per event.
    expect(attended / (3 * events)).toBeCloseTo(0.15, 1);
  });

  it("moves activity a twelfth of the way to this month's events", () => {
    const model = oneMc({ events: { ratePerMcMonth: 1 } }, [0.3]);
    model.mcs.activity[0] = 6;
    holdEvents(model);
    expect(model.mcs.activity[0]).toBe(5.5);
    expect(model.events).toEqual([]);
  });

  it('invites guests to an open event: outsider firms and members of other MCs in scope, each once', () => {
    // MC 0: member firm 0, outsider firm 1; MC 1 in the same park: member firm 2. MC 1 has no budget and its members
    // sustain nothing on their own (selfOrganisedShare 0), hence no events and no draws.
    const model = tinyModel({
      mcs: [{}, {}],
      agents: [{ kind: FIRM }, { kind: FIRM, member: false }, { kind: FIRM, mc: 1 }],
      params: {
        events: { ratePerMcMonth: 1, selfOrganisedShare: 0 },
        levers: { openEventShare: 0.5, guestsPerOpenEvent: 3 },
      },
      draws: [
        0.5,
        0.5, // one event
        0.9, // not a visit
        0.9, // firm 0 does not attend
        0.0, // open (0 < 0.5)
        0.9,
        0.9,
        0.9,
        0.9,
        0.001, // Poisson(3): 0.9, 0.81, 0.729, 0.656 > e^-3, then below: four guests
        0.4,
        0.7,
        0.1,
        0.45, // park range 0..3: 1 (outsider, welcome), 2 (other MC, welcome), 0 (own member, not a guest), 1 again
      ],
    });
    model.mcs.supported[1] = 0;
    holdEvents(model);
    expect(model.rng.left).toBe(0);
    expect(model.events).toEqual([{ mc: 0, visit: false, attendees: [1, 2] }]);
    expect(model.counts.attendances).toBe(2);
    expect(model.mcs.budget[1]).toBe(0);
  });

  it('invites members of other MCs, but not outsiders, to a closed event under a wider scope', () => {
    const model = tinyModel({
      mcs: [
        { region: 0, park: 0 },
        { region: 0, park: 1 },
      ],
      agents: [{ kind: FIRM }, { kind: FIRM, member: false }, { kind: AGENCY, mc: 1 }],
      params: { events: { ratePerMcMonth: 1 }, levers: { scope: 'region', guestsPerOpenEvent: 1 } },
      draws: [0.5, 0.5, 0.9, 0.9, 0.5, /* guests */ 0.5, 0.5, /* pool 0..3 */ 0.4, /* MC 1: no events */ 0.1],
    });
    holdEvents(model);
    expect(model.events[0].attendees).toEqual([]);
    const again = tinyModel({
      mcs: [
        { region: 0, park: 0 },
        { region: 0, park: 1 },
      ],
      agents: [{ kind: FIRM }, { kind: FIRM, member: false }, { kind: AGENCY, mc: 1 }],
      params: { events: { ratePerMcMonth: 1 }, levers: { scope: 'region', guestsPerOpenEvent: 1 } },
      draws: [0.5, 0.5, 0.9, 0.9, 0.5, 0.5, 0.5, 0.9, 0.1],
    });
    holdEvents(again);
    expect(again.events[0].attendees).toEqual([2]);
    expect(again.rng.left).toBe(0);
  });
});

describe('selfOrganisedShare', () => {
  it("is selfOrganisedShare x the members' mean satisfaction over the reference, at most 1, and 0 without members", () => {
    // Members 0, 1 and 3 at satisfaction 0.2, 0.1 and 0.3 (outsider 2 not counted): mean 0.2, engagement 0.2 / 0.4.
    const model = oneMc({ events: { selfOrganisedShare: 0.2 } });
    model.agents.satisfaction.set([0.2, 0.1, 0.9, 0.3]);
    expect(selfOrganisedShare(model, 0)).toBeCloseTo(0.1, 14);
    model.agents.satisfaction.set([0.8, 0.8, 0, 0.8]);
    expect(selfOrganisedShare(model, 0)).toBeCloseTo(0.2, 14);
    model.agents.member.fill(0);
    expect(selfOrganisedShare(model, 0)).toBe(0);
    expect(selfOrganisedShare(oneMc({ events: { selfOrganisedShare: 0 } }), 0)).toBe(0);
  });
});

describe('atRisk', () => {
  const threeMcs = (levers: object) => {
    const model = tinyModel({
      mcs: [{}, {}, {}],
      agents: [{ kind: FIRM }, { kind: FIRM, mc: 1 }, { kind: FIRM, mc: 2 }],
      params: { levers },
    });
    model.mcs.tasksSolvedThisYear.set([3, 1, 2]);
    return model;
  };

  it('marks nobody without the least-efficient rule or without effort', () => {
    expect(Array.from(atRisk(threeMcs({})))).toEqual([0, 0, 0]);
    expect(Array.from(atRisk(threeMcs({ exitRule: 'goal-reached' })))).toEqual([0, 0, 0]);
    expect(Array.from(atRisk(threeMcs({ exitRule: 'least-efficient', exitEffort: 0 })))).toEqual([0, 0, 0]);
  });

  it('marks the bottom 2 x exitShare of supported MCs by tasks per member so far, rounded up', () => {
    // exitShare 0.2: ceil(0.4 x 3) = 2 at risk: MC 1 (1 task) and MC 2 (2 tasks).
    expect(Array.from(atRisk(threeMcs({ exitRule: 'least-efficient', exitShare: 0.2 })))).toEqual([0, 1, 1]);
    const unsupported = threeMcs({ exitRule: 'least-efficient', exitShare: 0.1 });
    unsupported.mcs.supported[1] = 0; // ceil(0.2 x 2) = 1 of MCs 0 and 2: MC 2
    expect(Array.from(atRisk(unsupported))).toEqual([0, 0, 1]);
  });
});

describe('dissolution', () => {
  it('dissolves an MC after dissolveAfterMonths without an event: its members leave, it holds nothing after', () => {
    const model = oneMc({ events: { ratePerMcMonth: 0, dissolveAfterMonths: 2 } }); // Poisson(0) draws nothing
    holdEvents(model);
    expect([model.mcs.idleMonths[0], model.mcs.dissolved[0]]).toEqual([1, 0]);
    holdEvents(model);
    expect([model.mcs.idleMonths[0], model.mcs.dissolved[0]]).toEqual([2, 1]);
    expect(Array.from(model.agents.member)).toEqual([0, 0, 0, 0]);
    expect([model.counts.left, model.counts.mcsDissolved]).toEqual([2, 1]); // two member firms; the professor too
    const paid = model.counts.subsidyPaid; // 2.5 in each of the two months before
    holdEvents(model); // a dissolved MC holds nothing and is paid nothing
    expect(model.rng.used).toBe(0);
    expect([paid, model.counts.subsidyPaid, model.mcs.budget[0]]).toEqual([5, 5, 0]);
  });

  it('never dissolves with dissolveAfterMonths 0', () => {
    const model = oneMc({ events: { ratePerMcMonth: 0, dissolveAfterMonths: 0 } });
    for (let t = 0; t < 3; t++) holdEvents(model);
    expect(model.mcs.dissolved[0]).toBe(0);
  });
});
