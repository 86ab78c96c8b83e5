// Phase 4, tie formation: complementarity, distance, search cost and the logistic tie probability worked out by hand,
// then the decisions on a candidate list with scripted draws (capacity, duplicates, the strict < boundary).
import { describe, expect, it } from 'vitest';
import { addCandidate } from '../../src/model/candidates.js';
import { canTie, capacityOf } from '../../src/model/capacity.js';
import {
  complementarity,
  distance,
  formTies,
  searchCost,
  tieLogit,
  tieProbability,
  tieRules,
} from '../../src/phases/form-ties.js';
import { findTie } from '../../src/model/ties.js';
import {
  AGENCY,
  FIRM,
  INSTITUTE,
  ORIGIN_BROKERED,
  ORIGIN_EVENT,
  ORIGIN_REFERRAL,
  ORIGIN_SEARCH,
  PROFESSOR,
} from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { listCandidates, tinyModel } from '../helpers/tiny-model.js';

// MC 0 (capital, Banwol-Sihwa, sector 0): firm 0, professor 1, agency 2. MC 1 (Daegyeong, Gumi, sector 2): firm 3,
// institute 4.
const build = (params: ScenarioInput = {}, draws: number[] = []) =>
  tinyModel({
    mcs: [
      { region: 0, sector: 0 },
      { region: 1, sector: 2 },
    ],
    agents: [{ kind: FIRM }, { kind: PROFESSOR }, { kind: AGENCY }, { kind: FIRM, mc: 1 }, { kind: INSTITUTE, mc: 1 }],
    params,
    draws,
    step: 2,
  });

describe('complementarity', () => {
  it('reads the table symmetrically for every pair of kinds', () => {
    const model = build();
    const table: [number, number, number][] = [
      [FIRM, FIRM, 0.2],
      [FIRM, PROFESSOR, 1],
      [INSTITUTE, FIRM, 1],
      [FIRM, AGENCY, 0.7],
      [AGENCY, FIRM, 0.7],
      [PROFESSOR, INSTITUTE, 0.4],
      [PROFESSOR, PROFESSOR, 0.4],
      [INSTITUTE, AGENCY, 0.3],
      [AGENCY, PROFESSOR, 0.3],
      [AGENCY, AGENCY, 0.3],
    ];
    for (const [ki, kj, value] of table) expect(complementarity(model, ki, kj)).toBe(value);
  });
});

describe('distance', () => {
  it('is 0 within an MC and adds park, region and MC differences across MCs', () => {
    const model = build();
    expect(distance(model, 0, 1)).toBe(0);
    // Other park 0.5 + other region 1 + other MC 0.3 = 1.8 for firm and institute; two firms add another sector, 0.5.
    expect(distance(model, 0, 4)).toBeCloseTo(1.8, 15);
    expect(distance(model, 0, 3)).toBeCloseTo(2.3, 15);
  });

  it('counts the sector only between two firms', () => {
    const model = tinyModel({ agents: [{ kind: FIRM }, { kind: FIRM, sector: 1 }, { kind: PROFESSOR, sector: 3 }] });
    expect(distance(model, 0, 1)).toBe(0.5);
    expect(distance(model, 0, 2)).toBe(0);
  });
});

describe('searchCost', () => {
  it('is (base + perDistance d) x origin factor x (1 - trustReduction T)', () => {
    const model = build();
    // (0.5 + 0) x 0.5 x (1 - 0.5 x 0.4) = 0.2 for an event; x 0.75 / 0.5 / 1 for referral, brokered, search.
    expect(searchCost(model, 0, 1, ORIGIN_EVENT, 0.4)).toBeCloseTo(0.2, 15);
    expect(searchCost(model, 0, 1, ORIGIN_REFERRAL, 0.4)).toBeCloseTo(0.3, 15);
    expect(searchCost(model, 0, 1, ORIGIN_BROKERED, 0.4)).toBeCloseTo(0.2, 15);
    expect(searchCost(model, 0, 1, ORIGIN_SEARCH, 0.4)).toBeCloseTo(0.4, 15);
    // Firm to firm across MCs: (0.5 + 2.3) x 1 x (1 - 0.5 x 0.4) = 2.24.
    expect(searchCost(model, 0, 3, ORIGIN_SEARCH, 0.4)).toBeCloseTo(2.24, 14);
  });

  it('removes expertPoolCostReduction of the cost of ties to experts when the expert pool runs', () => {
    const model = build({ levers: { expertPool: true } });
    expect(searchCost(model, 0, 1, ORIGIN_SEARCH, 0)).toBeCloseTo(0.25, 15);
    expect(searchCost(model, 0, 2, ORIGIN_SEARCH, 0)).toBeCloseTo(0.5, 15);
  });
});

describe('tieProbability', () => {
  it('is logistic(intercept + benefit + trust - cost - attention) worked out by hand', () => {
    const model = build();
    // Firm 0 and professor 1 met at an event, no ties yet: -4.3 + 4 x 1 + 2 x 0.4 - 0.2 - 0 = 0.3.
    expect(tieProbability(model, 0, 1, ORIGIN_EVENT, 0.4)).toBeCloseTo(1 / (1 + Math.exp(-0.3)), 15);
    expect(tieProbability(model, 0, 1, ORIGIN_EVENT, 0.4)).toBeCloseTo(0.574442516811659, 15);
  });

  it('is the logistic of tieLogit, the sum formTies draws against', () => {
    const model = build();
    expect(tieLogit(model, tieRules(model), 0, 1, ORIGIN_EVENT, 0.4)).toBeCloseTo(0.3, 15);
    expect(tieProbability(model, 0, 1, ORIGIN_EVENT, 0.4)).toBe(
      1 / (1 + Math.exp(-tieLogit(model, tieRules(model), 0, 1, ORIGIN_EVENT, 0.4))),
    );
  });

  it('falls with the ties both ends already keep (used capacity)', () => {
    const model = tinyModel({
      mcs: [
        { region: 0, sector: 0 },
        { region: 1, sector: 2 },
      ],
      agents: [
        { kind: FIRM },
        { kind: PROFESSOR },
        { kind: AGENCY },
        { kind: FIRM, mc: 1 },
        { kind: INSTITUTE, mc: 1 },
      ],
      ties: [
        { a: 0, b: 1 },
        { a: 0, b: 2 },
        { a: 3, b: 4 },
      ],
    });
    // Firms 0 and 3 by search: -4.3 + 4 x 0.2 + 2 x 0.4 - 2.24 - (2/20 + 1/20) = -5.09.
    expect(tieProbability(model, 0, 3, ORIGIN_SEARCH, 0.4)).toBeCloseTo(1 / (1 + Math.exp(5.09)), 15);
  });
});

describe('canTie and capacityOf', () => {
  it('refuses self-ties, existing ties and ends at capacity', () => {
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: PROFESSOR }],
      ties: [{ a: 0, b: 1 }],
      params: { tieFormation: { capacity: { firm: 1 } } },
    });
    expect(capacityOf(model, 0)).toBe(1);
    expect(capacityOf(model, 2)).toBe(40);
    expect(canTie(model, 2, 2)).toBe(false);
    expect(canTie(model, 1, 0)).toBe(false);
    expect(canTie(model, 0, 2)).toBe(false);
    expect(canTie(model, 2, 0)).toBe(false);
  });

  it('accepts two untied agents under capacity', () => {
    const model = build();
    expect(canTie(model, 0, 1)).toBe(true);
  });
});

describe('formTies', () => {
  it('turns a candidate into a tie when the draw is below its probability, with its origin and expected trust', () => {
    const model = build({}, [0.57]);
    addCandidate(model, 0, 1, ORIGIN_EVENT, 0.4);
    formTies(model);
    const slot = findTie(model.ties, 0, 1);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect([
      model.ties.trust[slot],
      model.ties.strength[slot],
      model.ties.createdAt[slot],
      model.ties.lastUsed[slot],
      model.ties.origin[slot],
    ]).toEqual([0.4, 0.5, 3, 3, ORIGIN_EVENT]);
    expect(model.counts.tiesFormed).toBe(1);
    expect(listCandidates(model).from).toEqual([]);
  });

  it('makes no tie when the draw equals the probability', () => {
    const p = tieProbability(build(), 0, 1, ORIGIN_EVENT, 0.4);
    const model = build({}, [p]);
    addCandidate(model, 0, 1, ORIGIN_EVENT, 0.4);
    formTies(model);
    expect(model.ties.count).toBe(0);
    expect(model.counts.tiesFormed).toBe(0);
  });

  it('decides candidates in order, skipping without a draw those that can no longer be tied, and recomputes attention', () => {
    // Before any tie, 0-2 (firm, agency) has logit -4.3 + 4 x 0.7 + 2 x 0.4 - 0.5 x 0.5 x 0.8 = -0.9, p = 0.2891.
    // Candidate 0-1 is tied (0.5 < 0.574); the two 1-0 are now duplicates (no draw); 0-2 then carries 1/20 of firm 0's
    // attention: logit -0.95, p = 0.2789, so the draw 0.285 no longer ties them.
    const model = build({}, [0.5, 0.285]);
    addCandidate(model, 0, 1, ORIGIN_EVENT, 0.4);
    addCandidate(model, 1, 0, ORIGIN_EVENT, 0.4);
    addCandidate(model, 1, 0, ORIGIN_EVENT, 0.4);
    addCandidate(model, 0, 2, ORIGIN_EVENT, 0.4);
    expect(tieProbability(model, 0, 2, ORIGIN_EVENT, 0.4)).toBeCloseTo(1 / (1 + Math.exp(0.9)), 15);
    formTies(model);
    expect(model.rng.left).toBe(0);
    expect(tieProbability(model, 0, 2, ORIGIN_EVENT, 0.4)).toBeCloseTo(1 / (1 + Math.exp(0.95)), 15);
    expect(model.ties.count).toBe(1);
    expect(findTie(model.ties, 0, 2)).toBe(-1);
    expect(model.counts.tiesFormed).toBe(1);
  });

  it('keeps candidates beyond the first capacity of the list', () => {
    const model = build(
      {},
      Array.from({ length: 40 }, () => 0.99),
    );
    for (let k = 0; k < 40; k++) addCandidate(model, 0, 1, ORIGIN_SEARCH, 0.4);
    expect(listCandidates(model).from).toHaveLength(40);
    formTies(model);
    expect(model.rng.left).toBe(0);
  });
});
