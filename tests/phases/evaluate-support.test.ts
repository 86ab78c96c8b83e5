// Phase 9, the exit rule: at the end of every exitEvery-th month, support ends for the least efficient MCs or those at
// their goal.
import { describe, expect, it } from 'vitest';
import { evaluateSupport } from '../../src/phases/evaluate-support.js';
import { FIRM } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel } from '../helpers/tiny-model.js';

// Three MCs: MC 0 with two member firms, MC 1 with one member firm and one outsider, MC 2 with two member firms.
function build(levers: ScenarioInput['levers'], tasks: number[], step: number) {
  const model = tinyModel({
    mcs: [{}, {}, {}],
    agents: [
      { kind: FIRM },
      { kind: FIRM },
      { kind: FIRM, mc: 1 },
      { kind: FIRM, mc: 1, member: false },
      { kind: FIRM, mc: 2 },
      { kind: FIRM, mc: 2 },
    ],
    params: { levers },
    step,
  });
  model.mcs.tasksSolvedThisYear.set(tasks);
  return model;
}

describe('evaluateSupport', () => {
  it('does nothing between evaluations', () => {
    const model = build({ exitRule: 'least-efficient', exitEvery: 12 }, [4, 0, 1], 10);
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([1, 1, 1]);
    expect(Array.from(model.mcs.tasksSolvedThisYear)).toEqual([4, 0, 1]);
    expect(model.counts.supportEnded).toBe(0);
  });

  it('with no exit rule only resets the tally every 12 months', () => {
    const model = build({ exitRule: 'none', exitEvery: 6 }, [4, 0, 1], 5);
    evaluateSupport(model);
    expect(Array.from(model.mcs.tasksSolvedThisYear)).toEqual([4, 0, 1]);
    model.step = 11;
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([1, 1, 1]);
    expect(Array.from(model.mcs.tasksSolvedThisYear)).toEqual([0, 0, 0]);
  });

  it('least-efficient: ends support for ceil(exitShare x supported) MCs with the fewest tasks per member, then resets the tally', () => {
    // Month 12: per member 4/2 = 2, 0/1 = 0, 1/2 = 0.5; ceil(0.2 x 3) = 1 MC ends: MC 1.
    const model = build({ exitRule: 'least-efficient', exitEvery: 12, exitShare: 0.2 }, [4, 0, 1], 11);
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([1, 0, 1]);
    expect(model.counts.supportEnded).toBe(1);
    expect(Array.from(model.mcs.tasksSolvedThisYear)).toEqual([0, 0, 0]);
  });

  it('least-efficient: ends two of three with exitShare 0.5, the lower MC index first on a tie', () => {
    // Per member: 1/2 = 0.5, 0.5/1 = 0.5, 3/2 = 1.5; ceil(1.5) = 2: MCs 0 and 1 tie at 0.5 and both end.
    const model = build({ exitRule: 'least-efficient', exitEvery: 6, exitShare: 0.5 }, [1, 0.5, 3], 5);
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([0, 0, 1]);
    expect(model.counts.supportEnded).toBe(2);
  });

  it('least-efficient: counts only MCs still supported and with members', () => {
    const model = build({ exitRule: 'least-efficient', exitEvery: 12, exitShare: 0.5 }, [0, 0, 1], 23);
    model.mcs.supported[1] = 0;
    model.agents.member[0] = 0;
    model.agents.member[1] = 0;
    evaluateSupport(model);
    // Only MC 2 is a candidate: ceil(0.5 x 1) = 1 ends, though it is the most efficient.
    expect(Array.from(model.mcs.supported)).toEqual([1, 0, 0]);
    expect(model.counts.supportEnded).toBe(1);
  });

  it('goal-reached: ends support where tasks per member-year reach the goal, scaling the period to a year', () => {
    // Every 6 months, goal 0.5 per member-year: MC 0 1/2 x 2 = 1 (ends), MC 1 0.2/1 x 2 = 0.4 (stays), MC 2 0.5/2 x 2 =
    // 0.5 (ends).
    const model = build({ exitRule: 'goal-reached', exitEvery: 6, exitGoalTasksPerMember: 0.5 }, [1, 0.2, 0.5], 17);
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([0, 1, 0]);
    expect(model.counts.supportEnded).toBe(2);
    expect(Array.from(model.mcs.tasksSolvedThisYear)).toEqual([0, 0, 0]);
  });

  it('goal-reached: an MC whose support already ended is not counted again', () => {
    const model = build({ exitRule: 'goal-reached', exitEvery: 12, exitGoalTasksPerMember: 0.5 }, [5, 5, 5], 11);
    model.mcs.supported[0] = 0;
    evaluateSupport(model);
    expect(Array.from(model.mcs.supported)).toEqual([0, 0, 0]);
    expect(model.counts.supportEnded).toBe(2);
  });
});
