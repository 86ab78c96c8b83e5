// Sub-groups inside MCs and sub-MCs (7.13): dense groups of strongly tied members, their persistence from one detection
// to the next, and the sub-MCs' own meetings with scripted draws.
import { describe, expect, it } from 'vitest';
import { findSubGroups, holdSubMcMeetings, overlap, trackSubGroups } from '../../src/phases/sub-groups.js';
import { FIRM } from '../../src/model/types.js';
import { scenarioSchema, type ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel, type TinyTie } from '../helpers/tiny-model.js';

const strong = (a: number, b: number): TinyTie => ({ a, b, trust: 0.8 });
// Firms 0-3 of MC 0 are a clique of strong ties; 4 and 5 are strongly tied to each other, 3 and 4 weakly; firms 6-7
// are in MC 1, 6 strongly tied to 0 (across MCs).
const CLIQUE = [strong(0, 1), strong(0, 2), strong(0, 3), strong(1, 2), strong(1, 3), strong(2, 3)];
const twoMcs = (params: ScenarioInput = {}, ties: TinyTie[] = CLIQUE, draws: number[] = []) =>
  tinyModel({
    agents: [0, 0, 0, 0, 0, 0, 1, 1].map((mc) => ({ kind: FIRM, mc })),
    mcs: [{}, {}],
    ties: [...ties, strong(4, 5), { a: 3, b: 4, trust: 0.3 }, strong(0, 6)],
    params: { ...params, subGroups: { tieTrust: 0.6, minSize: 4, minDensity: 0.5, ...params.subGroups } },
    draws,
  });

describe('the subGroups parameters', () => {
  it('refuse a negative period, a density above 1 and a fractional size, naming the path', () => {
    const bad = (subGroups: Record<string, number>) =>
      scenarioSchema.safeParse({ subGroups }).error?.issues.map((i) => i.path.join('.'));
    expect(bad({ everyMonths: -1 })).toEqual(['subGroups.everyMonths']);
    expect(bad({ minDensity: 1.5 })).toEqual(['subGroups.minDensity']);
    expect(bad({ minSize: 2.5 })).toEqual(['subGroups.minSize']);
  });
});

describe('overlap', () => {
  it('is the members in common over the larger group: 3 of 5', () => {
    expect(overlap([1, 2, 3, 4], [2, 3, 4, 5, 6])).toBe(3 / 5);
    expect(overlap([], [])).toBe(0);
  });
});

describe('findSubGroups', () => {
  it('finds the strong clique of MC 0 and not the pair, the weak tie or the partner in MC 1', () => {
    const model = twoMcs();
    expect(findSubGroups(model, 0)).toEqual([[0, 1, 2, 3]]);
    expect(findSubGroups(model, 1)).toEqual([]);
  });

  it('leaves out non-members: three members left are fewer than minSize 4', () => {
    const model = twoMcs();
    model.agents.member[3] = 0;
    expect(findSubGroups(model, 0)).toEqual([]);
  });

  it('needs minDensity of the pairs strong: 5 of 6 pairs pass 0.8 and fail 0.9', () => {
    const fiveOfSix = CLIQUE.filter((t) => !(t.a === 1 && t.b === 2));
    expect(findSubGroups(twoMcs({ subGroups: { minDensity: 0.8 } }, fiveOfSix), 0)).toEqual([[0, 1, 2, 3]]);
    expect(findSubGroups(twoMcs({ subGroups: { minDensity: 0.9 } }, fiveOfSix), 0)).toEqual([]);
  });

  it('counts a tie as strong from tieTrust on: at 0.9 the clique of trust 0.8 is no group', () => {
    expect(findSubGroups(twoMcs({ subGroups: { tieTrust: 0.9 } }), 0)).toEqual([]);
  });
});

describe('trackSubGroups', () => {
  it('looks only at the end of every everyMonths months, and never with 0', () => {
    const model = twoMcs({ subGroups: { everyMonths: 12 } });
    model.step = 10; // month 11
    trackSubGroups(model);
    expect(model.mcs.subGroups).toEqual([]);
    model.step = 11; // month 12
    trackSubGroups(model);
    expect(model.mcs.subGroups).toEqual([{ mc: 0, members: [0, 1, 2, 3], since: 12, subMc: false }]);
    const never = twoMcs({ subGroups: { everyMonths: 0 } });
    never.step = 11;
    trackSubGroups(never);
    expect(never.mcs.subGroups).toEqual([]);
  });

  it('keeps a persisting group since its first month; it becomes a sub-MC after monthsToSubMc months', () => {
    const model = twoMcs({ subGroups: { everyMonths: 12, monthsToSubMc: 24, minSize: 3 } });
    for (const [step, subMc] of [
      [11, false],
      [23, false],
      [35, true],
    ] as const) {
      model.step = step;
      if (step === 23) model.agents.member[3] = 0; // [0, 1, 2] shares 3 of 4 with [0, 1, 2, 3]: the same group
      trackSubGroups(model);
      expect(model.mcs.subGroups).toEqual(
        [{ mc: 0, members: [0, 1, 2], since: 12, subMc }].map((g) =>
          step === 11 ? { ...g, members: [0, 1, 2, 3] } : g,
        ),
      );
    }
  });

  it('starts a group anew when it overlaps less than overlapShare, and drops those of a dissolved MC', () => {
    const model = twoMcs({ subGroups: { everyMonths: 12, minSize: 3, overlapShare: 0.8 } });
    model.step = 11;
    trackSubGroups(model);
    model.agents.member[3] = 0; // 3 of 4 in common: 0.75 < 0.8
    model.step = 23;
    trackSubGroups(model);
    expect(model.mcs.subGroups).toEqual([{ mc: 0, members: [0, 1, 2], since: 24, subMc: false }]);
    model.mcs.dissolved[0] = 1;
    model.step = 35;
    trackSubGroups(model);
    expect(model.mcs.subGroups).toEqual([]);
  });
});

describe('holdSubMcMeetings', () => {
  const withSubMc = (params: ScenarioInput, draws: number[]) => {
    const model = twoMcs(params, CLIQUE, draws);
    model.mcs.subGroups = [{ mc: 0, members: [0, 1, 2, 3], since: 12, subMc: true }];
    return model;
  };

  it('draws nothing while there is no sub-MC (the scripted generator throws on any draw)', () => {
    const model = twoMcs();
    model.mcs.subGroups = [{ mc: 0, members: [0, 1, 2, 3], since: 12, subMc: false }];
    holdSubMcMeetings(model);
    expect([model.rng.used, model.events.length, model.counts.subMcEvents]).toEqual([0, 0, 0]);
  });

  it('holds Poisson(1) = 1 meeting (draws 0.5, 0.5); members attend with 0.5 (draws 0.4, 0.6, 0.1), not leavers', () => {
    const model = withSubMc({ subGroups: { subMcMeetingsPerMonth: 1, attendProb: 0.5 } }, [0.5, 0.5, 0.4, 0.6, 0.1]);
    model.agents.member[3] = 0;
    model.mcs.idleMonths[0] = 5;
    holdSubMcMeetings(model);
    expect(model.events).toEqual([{ mc: 0, visit: false, attendees: [0, 2] }]);
    expect(model.counts.subMcEvents).toBe(1);
    expect(model.counts.events).toBe(0);
    expect(Array.from(model.agents.recentEvents.slice(0, 4))).toEqual([1, 0, 1, 0]);
    expect(model.mcs.idleMonths[0]).toBe(0);
    expect(model.rng.left).toBe(0);
  });

  it('holds none with a first draw below e^-1, leaving the idle months; none at rate 0 or in a dissolved MC', () => {
    const model = withSubMc({ subGroups: { subMcMeetingsPerMonth: 1 } }, [0.3]);
    model.mcs.idleMonths[0] = 5;
    holdSubMcMeetings(model);
    expect([model.events.length, model.counts.subMcEvents, model.mcs.idleMonths[0]]).toEqual([0, 0, 5]);
    const off = withSubMc({ subGroups: { subMcMeetingsPerMonth: 0 } }, []);
    holdSubMcMeetings(off);
    expect(off.events).toEqual([]);
    const dissolved = withSubMc({}, []);
    dissolved.mcs.dissolved[0] = 1;
    holdSubMcMeetings(dissolved);
    expect(dissolved.events).toEqual([]);
  });
});
