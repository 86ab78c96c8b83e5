// Phase 3, meeting: attendees draw others to meet; a meeting uses an existing tie or makes an event candidate.
import { describe, expect, it } from 'vitest';
import { meet } from '../../src/phases/meet.js';
import { FIRM, ORIGIN_EVENT, PROFESSOR } from '../../src/model/types.js';
import { listCandidates, tinyModel } from '../helpers/tiny-model.js';

const build = (draws: number[]) => {
  const model = tinyModel({
    agents: [{ kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
    ties: [{ a: 0, b: 1, strength: 0.5 }],
    draws,
    step: 4,
  });
  model.events = [{ mc: 0, visit: false, attendees: [0, 1, 2] }];
  return model;
};

describe('meet', () => {
  it('skips events with fewer than two attendees without drawing', () => {
    const model = build([]);
    model.events = [
      { mc: 0, visit: false, attendees: [] },
      { mc: 0, visit: false, attendees: [2] },
    ];
    meet(model);
    expect(model.counts.meetings).toBe(0);
    expect(listCandidates(model).from).toEqual([]);
  });

  it('draws meetingsPerAttendee partners per attendee: uses ties, proposes candidates, and skips meeting oneself', () => {
    // Among [0, 1, 2]: attendee 0 draws 1 (tie used), then 0 (itself: skipped); attendee 1 draws 2 (candidate), then 0
    // (tie used); attendee 2 draws 1 (candidate), then 0 (candidate).
    const model = build([0.5, 0.1, 0.9, 0.1, 0.5, 0.0]);
    meet(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.meetings).toBe(5);
    expect(model.ties.strength[0]).toBeCloseTo(0.68, 15);
    expect(model.ties.lastUsed[0]).toBe(5);
    expect(listCandidates(model)).toEqual({
      from: [1, 2, 2],
      to: [2, 1, 0],
      origin: [ORIGIN_EVENT, ORIGIN_EVENT, ORIGIN_EVENT],
      expectedTrust: [0.4, 0.4, 0.4],
    });
    expect(model.counts.candidates).toBe(3);
    expect(model.ties.count).toBe(1);
  });

  it('makes as many draws as meetingsPerAttendee says', () => {
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }],
      params: { events: { meetingsPerAttendee: 1 } },
      draws: [0.9, 0.1],
    });
    model.events = [{ mc: 0, visit: false, attendees: [0, 1] }];
    meet(model);
    expect(listCandidates(model).from).toEqual([0, 1]);
    expect(listCandidates(model).to).toEqual([1, 0]);
  });
});
