// Who an agent can reach: scope and kind ranges on a two-MC model, and member draws with scripted numbers.
import { describe, expect, it } from 'vitest';
import { drawAgent, drawMember, kindRange, scopeRange } from '../../src/model/pools.js';
import { AGENCY, FIRM, INSTITUTE, PROFESSOR } from '../../src/model/types.js';
import { scriptedRng, tinyModel } from '../helpers/tiny-model.js';

// MC 0 in Banwol-Sihwa (capital): firms 0, 1 (1 not a member), professor 2, agency 3. MC 1 in Namdong (capital): firm
// 4, institute 5.
const twoMcs = () =>
  tinyModel({
    mcs: [
      { region: 0, park: 0 },
      { region: 0, park: 1 },
    ],
    agents: [
      { kind: FIRM },
      { kind: FIRM, member: false },
      { kind: PROFESSOR },
      { kind: AGENCY },
      { kind: FIRM, mc: 1 },
      { kind: INSTITUTE, mc: 1 },
    ],
  });

describe('scopeRange', () => {
  it("gives the MC's park, its region, or everyone", () => {
    const model = twoMcs();
    expect(scopeRange(model, 1, 'park')).toEqual({ start: 4, end: 6 });
    expect(scopeRange(model, 1, 'region')).toEqual({ start: 0, end: 6 });
    expect(scopeRange(model, 0, 'national')).toEqual({ start: 0, end: 6 });
  });
});

describe('kindRange', () => {
  it('gives the ids of a span of kinds within an MC, empty where the MC has none', () => {
    const model = twoMcs();
    expect(kindRange(model, 0, FIRM, FIRM)).toEqual({ start: 0, end: 2 });
    expect(kindRange(model, 0, PROFESSOR, INSTITUTE)).toEqual({ start: 2, end: 3 });
    expect(kindRange(model, 0, AGENCY, AGENCY)).toEqual({ start: 3, end: 4 });
    expect(kindRange(model, 1, PROFESSOR, INSTITUTE)).toEqual({ start: 5, end: 6 });
    expect(kindRange(model, 1, AGENCY, AGENCY)).toEqual({ start: 6, end: 6 });
  });
});

describe('drawMember', () => {
  it('returns -1 without drawing from an empty range', () => {
    const model = twoMcs();
    expect(drawMember(model, model.rng, { start: 6, end: 6 }, -1, 20)).toBe(-1);
    expect(model.rng.used).toBe(0);
  });

  it('rejects the excluded agent and non-members, then returns the first acceptable draw', () => {
    const model = twoMcs();
    // Range 0..4: 0.3 -> 1 (not a member), 0.1 -> 0 (excluded), 0.6 -> 2 (accepted).
    const rng = scriptedRng([0.3, 0.1, 0.6, 0.9]);
    expect(drawMember(model, rng, { start: 0, end: 4 }, 0, 5)).toBe(2);
    expect(rng.used).toBe(3);
  });

  it('applies the accept test and gives up after maxTries rejections', () => {
    const model = twoMcs();
    const rng = scriptedRng([0.6, 0.9, 0.0]);
    expect(drawMember(model, rng, { start: 0, end: 4 }, -1, 2, (j) => j === 0)).toBe(-1);
    expect(rng.used).toBe(2);
  });
});

describe('drawAgent', () => {
  it('returns -1 without drawing from an empty range', () => {
    const model = twoMcs();
    expect(drawAgent(model.rng, { start: 6, end: 6 }, -1, 20)).toBe(-1);
    expect(model.rng.used).toBe(0);
  });

  it('accepts a non-member (the pre-programme network), rejects only the excluded agent and the accept test', () => {
    // Range 0..4: 0.1 -> 0 (excluded), 0.3 -> 1 (not a member, accepted).
    const rng = scriptedRng([0.1, 0.3, 0.9]);
    expect(drawAgent(rng, { start: 0, end: 4 }, 0, 5)).toBe(1);
    expect(rng.used).toBe(2);
    const again = scriptedRng([0.3, 0.6]);
    expect(drawAgent(again, { start: 0, end: 4 }, -1, 2, (j) => j === 0)).toBe(-1);
    expect(again.used).toBe(2);
  });
});
