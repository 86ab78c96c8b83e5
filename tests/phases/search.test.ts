// Phase 3b, search: which firms search, random search in the MC or the scope, referral along trusted ties, and the
// initiative.
import { describe, expect, it } from 'vitest';
import { search } from '../../src/phases/search.js';
import { FIRM, ORIGIN_BROKERED, ORIGIN_REFERRAL, ORIGIN_SEARCH, PROFESSOR } from '../../src/model/types.js';
import { listCandidates, tinyModel } from '../helpers/tiny-model.js';

describe('search', () => {
  it('skips outsiders, non-firms and firms at capacity without drawing, and firms whose draw is not below probPerMonth', () => {
    const model = tinyModel({
      agents: [{ kind: FIRM, member: false }, { kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
      ties: [{ a: 1, b: 3 }],
      params: { tieFormation: { capacity: { firm: 1 } } },
      draws: [0.3],
    });
    search(model);
    expect(model.rng.used).toBe(1);
    expect(model.counts.candidates).toBe(0);
  });

  it('makes a firm without ties search at random, in its own MC when the draw is below ownMcShare', () => {
    // Firm 0: searches (0.1 < 0.3), own MC (0.5 < 0.7), draws 0 (itself, rejected) then 2. Firm 1: no search (0.3).
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
      draws: [0.1, 0.5, 0.1, 0.9, 0.3],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model)).toEqual({ from: [0], to: [2], origin: [ORIGIN_SEARCH], expectedTrust: [0.4] });
  });

  it('searches across the scope when the draw is not below ownMcShare', () => {
    // MC 0 in park 0 and MC 1 in park 1 of the capital region; scope region covers both: 0.7 x 2 -> agent 1.
    const model = tinyModel({
      mcs: [
        { region: 0, park: 0 },
        { region: 0, park: 1 },
      ],
      agents: [{ kind: FIRM }, { kind: FIRM, mc: 1 }],
      params: { levers: { scope: 'region' } },
      draws: [0.1, 0.8, 0.7, 0.5],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model).to).toEqual([1]);
    expect(listCandidates(model).origin).toEqual([ORIGIN_SEARCH]);
  });

  it('skips agents already tied when searching at random', () => {
    // Firm 0 is tied to 1; randomShare draw 0.1 < 0.4: random; own MC; draws 1 (tied), 1 again, then 2.
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: FIRM }],
      ties: [{ a: 0, b: 1 }],
      draws: [0.1, 0.1, 0.5, 0.5, 0.5, 0.9, /* firm 1 */ 0.9, /* firm 2 */ 0.9],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model).to).toEqual([2]);
  });

  it('refers a friend of a friend, with the geometric mean of the two trusts as expected trust', () => {
    // 0 -(0.8)- 1 -(0.2)- 2. Firm 0: searches, referral (0.5 >= randomShare 0.4), walks to 1, then from 1 to 2 (0 is
    // skipped).
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
      ties: [
        { a: 0, b: 1, trust: 0.8 },
        { a: 1, b: 2, trust: 0.2 },
      ],
      draws: [0.1, 0.5, 0.3, 0.6, /* firm 1 */ 0.9],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model).from).toEqual([0]);
    expect(listCandidates(model).to).toEqual([2]);
    expect(listCandidates(model).origin).toEqual([ORIGIN_REFERRAL]);
    expect(listCandidates(model).expectedTrust[0]).toBeCloseTo(0.4, 15);
  });

  it('walks ties with probability proportional to trust x strength', () => {
    // Firm 0 ties: 1 (0.2 x 0.5 = 0.1) and 2 (0.6 x 0.5 = 0.3): draw 0.3 -> 0.12 passes the first, lands on 2; 2's only
    // other tie is 3.
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM, member: false }, { kind: PROFESSOR }, { kind: PROFESSOR }],
      ties: [
        { a: 0, b: 1, trust: 0.2 },
        { a: 0, b: 2, trust: 0.6 },
        { a: 2, b: 3, trust: 0.6 },
      ],
      draws: [0.1, 0.5, 0.3, 0.0],
    });
    search(model);
    expect(listCandidates(model).to).toEqual([3]);
    expect(listCandidates(model).expectedTrust[0]).toBeCloseTo(0.6, 15);
  });

  it('proposes nothing when the friend of a friend is already a partner or the friend has no other partner', () => {
    const triangle = tinyModel({
      agents: [{ kind: FIRM }, { kind: PROFESSOR }, { kind: PROFESSOR }],
      ties: [
        { a: 0, b: 1 },
        { a: 1, b: 2 },
        { a: 0, b: 2 },
      ],
      draws: [0.1, 0.5, 0.1, 0.9],
    });
    search(triangle);
    expect(triangle.rng.left).toBe(0);
    expect(triangle.counts.candidates).toBe(0);
    const pair = tinyModel({
      agents: [{ kind: FIRM }, { kind: PROFESSOR }],
      ties: [{ a: 0, b: 1 }],
      draws: [0.1, 0.5, 0.1],
    });
    search(pair);
    expect(pair.rng.left).toBe(0);
    expect(pair.counts.candidates).toBe(0);
  });

  it('turns a random search into one for an expert in scope through the expert pool', () => {
    // Firm 0: searches, random (no ties), expert pool (0.2 < 0.5); the park range 0..3 gives firm 1 (not an expert),
    // then professor 2.
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
      params: { levers: { expertPool: true } },
      draws: [0.1, 0.2, 0.5, 0.9, /* firm 1 */ 0.9],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model)).toEqual({ from: [0], to: [2], origin: [ORIGIN_SEARCH], expectedTrust: [0.4] });
  });

  it('lets the initiative broker a partner in another MC anywhere in the nation', () => {
    // Firm 0 in MC 0: searches, initiative (0.1 < 0.2), national draws: 0 (itself), 1 (firm of MC 1: accepted). Firm 1:
    // no search.
    const model = tinyModel({
      mcs: [{ region: 0 }, { region: 5 }],
      agents: [{ kind: FIRM }, { kind: FIRM, mc: 1 }, { kind: PROFESSOR, mc: 1 }],
      params: { levers: { initiative: true } },
      draws: [0.1, 0.1, 0.1, 0.5, 0.9],
    });
    search(model);
    expect(model.rng.left).toBe(0);
    expect(listCandidates(model)).toEqual({ from: [0], to: [1], origin: [ORIGIN_BROKERED], expectedTrust: [0.4] });
  });
});
