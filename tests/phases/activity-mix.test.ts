// The activity mix: shares of an MC (its region's policy or the levers), the effect of a mix on each channel relative
// to the default mix, and where holdEvents, meet and collaborate apply it.
import { describe, expect, it } from 'vitest';
import {
  MEETING,
  mixEffect,
  mixEffects,
  mixShares,
  TASKS,
  TIES,
  TRUST,
  updateMixEffects,
} from '../../src/phases/activity-mix.js';
import { meet } from '../../src/phases/meet.js';
import { FIRM } from '../../src/model/types.js';
import { ACTIVITY_TYPES } from '../../src/scenario/schema.js';
import { tinyModel } from '../helpers/tiny-model.js';

const only = (type: (typeof ACTIVITY_TYPES)[number]) => Float64Array.from(ACTIVITY_TYPES, (t) => (t === type ? 1 : 0));

describe('mixEffects', () => {
  const { params } = tinyModel({ agents: [{ kind: FIRM }] });

  it('is exactly 1 on every channel for the default mix, whatever the multipliers', () => {
    const model = tinyModel({ agents: [{ kind: FIRM }] });
    expect([...mixEffects(params, mixShares(model, 0))]).toEqual([1, 1, 1, 1]);
    const odd = tinyModel({
      agents: [{ kind: FIRM }],
      params: { events: { activityEffects: { online: { ties: 7 } } } },
    });
    expect([...mixEffects(odd.params, mixShares(odd, 0))]).toEqual([1, 1, 1, 1]);
  });

  it("is a type's multiplier over the default mix's mean multiplier for a mix of that type alone", () => {
    // Default mix 0.1, 0.5, 0.2, 0.05, 0.05, 0.1. Ties: 0.1 x 1 + 0.5 x 0.15 + 0.2 x 0.4 + 0.05 x 0.3 + 0.05 x 0.1 +
    // 0.1 x 0.1 = 0.285; project teams alone: 1 / 0.285. Meeting: 0.06 + 0.6 + 0.16 + 0.075 + 0.075 + 0.1 = 1.07.
    const teams = mixEffects(params, only('projectTeams'));
    expect(teams[TIES]).toBeCloseTo(1 / 0.285, 12);
    expect(teams[MEETING]).toBeCloseTo(0.6 / 1.07, 12);
    // Trust: 0.15 + 0.4 + 0.2 + 0.04 + 0.025 + 0.13 = 0.945; tasks: 0.15 + 0.4 + 0.4 + 0.04 + 0.025 + 0.05 = 1.065.
    expect(teams[TRUST]).toBeCloseTo(1.5 / 0.945, 12);
    expect(teams[TASKS]).toBeCloseTo(1.5 / 1.065, 12);
    expect(mixEffects(params, only('online'))[MEETING]).toBeCloseTo(1.5 / 1.07, 12);
  });
});

describe('mixShares and updateMixEffects', () => {
  it("normalises an MC's mix, reading a region-scoped policy's shares where one is in force", () => {
    const model = tinyModel({
      agents: [
        { kind: FIRM, mc: 0 },
        { kind: FIRM, mc: 1 },
      ],
      mcs: [{}, { region: 1 }],
    });
    for (const type of ACTIVITY_TYPES) model.mcs.scoped[`levers.activityMix.${type}`][1] = type === 'online' ? 2 : 0;
    expect([...mixShares(model, 1)]).toEqual([0, 0, 0, 0, 1, 0]);
    updateMixEffects(model);
    expect(mixEffect(model, 0, TIES)).toBe(1);
    expect(mixEffect(model, 1, TIES)).toBeCloseTo(0.1 / 0.285, 12);
  });
});

describe('meet under a mix', () => {
  it('gives each attendee meetingsPerAttendee x the ties effect meetings, the fraction by one draw', () => {
    // Two attendees; ties effect 1.25: 2 x 1.25 = 2.5 meetings, so a draw decides a third (0.4 < 0.5: yes; 0.6: no).
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }],
      draws: [0.4, 0.9, 0.9, 0.9, 0.6, 0.1, 0.1],
    });
    model.mcs.mixEffects[TIES] = 1.25;
    model.events = [{ mc: 0, visit: false, attendees: [0, 1] }];
    meet(model);
    // Attendee 0: 3 partner draws (0.9 -> attendee 1); attendee 1: draw 0.6 (no third), 2 partner draws (0.1 -> 0:
    // meets 0).
    expect(model.rng.left).toBe(0);
    expect(model.counts.meetings).toBe(5);
  });

  it('draws nothing extra under the default mix', () => {
    const model = tinyModel({ agents: [{ kind: FIRM }, { kind: FIRM }], draws: [0.9, 0.9, 0.1, 0.1] });
    model.events = [{ mc: 0, visit: false, attendees: [0, 1] }];
    meet(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.meetings).toBe(4);
  });
});
