// Designs: full factorial order, Latin hypercube strata and seeding, Morris trajectories and their indices.
import { describe, expect, it } from 'vitest';
import { factorialDesign } from '../../src/experiments/design/factorial.js';
import { latinHypercube, lhsDesign } from '../../src/experiments/design/lhs.js';
import { morrisDesign, morrisIndices, morrisTrajectories } from '../../src/experiments/design/morris.js';
import { parseParam } from '../../src/experiments/params.js';

describe('factorialDesign', () => {
  it('crosses every level, the last parameter fastest', () => {
    const points = factorialDesign([parseParam('levers.scope=park,region'), parseParam('decay.ratePerMonth=0:1:3')]);
    expect(points).toEqual([
      { 'levers.scope': 'park', 'decay.ratePerMonth': 0 },
      { 'levers.scope': 'park', 'decay.ratePerMonth': 0.5 },
      { 'levers.scope': 'park', 'decay.ratePerMonth': 1 },
      { 'levers.scope': 'region', 'decay.ratePerMonth': 0 },
      { 'levers.scope': 'region', 'decay.ratePerMonth': 0.5 },
      { 'levers.scope': 'region', 'decay.ratePerMonth': 1 },
    ]);
  });
});

describe('latinHypercube', () => {
  it('rejects an empty design', () => {
    expect(() => latinHypercube(0, 2, 1)).toThrow(/sample size >= 1/);
  });

  it('puts one point in each stratum of every dimension, the same for the same seed', () => {
    const unit = latinHypercube(10, 3, 7);
    for (let d = 0; d < 3; d++)
      expect(unit.map((u) => Math.floor(u[d] * 10)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(latinHypercube(10, 3, 7)).toEqual(unit);
    expect(latinHypercube(10, 3, 8)).not.toEqual(unit);
  });

  it('maps the unit design onto the ranges', () => {
    const points = lhsDesign([parseParam('decay.ratePerMonth=0.02:0.08')], 5, 1);
    expect(points).toHaveLength(5);
    expect(points.map((p) => Math.floor(((p['decay.ratePerMonth'] as number) - 0.02) / 0.012)).sort()).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });
});

describe('Morris', () => {
  it('rejects odd levels and no trajectories', () => {
    expect(() => morrisTrajectories(2, 3, 3, 1)).toThrow(/even number of levels/);
    expect(() => morrisTrajectories(2, 0, 4, 1)).toThrow(/trajectories >= 1/);
  });

  it('moves one parameter at a time by delta, on the grid, each parameter once per trajectory', () => {
    const k = 3;
    const p = 4;
    const delta = p / (2 * (p - 1));
    for (const t of morrisTrajectories(k, 8, p, 3)) {
      expect(t.unit).toHaveLength(k + 1);
      expect([...t.order].sort()).toEqual([0, 1, 2]);
      t.order.forEach((d, s) => {
        const moved = t.unit[s + 1].map((x, j) => x - t.unit[s][j]);
        moved.forEach((m, j) => expect(m).toBeCloseTo(j === d ? t.step[s] : 0, 12));
        expect(Math.abs(t.step[s])).toBeCloseTo(delta, 12);
      });
      for (const u of t.unit)
        for (const x of u) expect(Number.isInteger(Math.round(x * (p - 1) * 1e9) / 1e9)).toBe(true);
      for (const u of t.unit) for (const x of u) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThanOrEqual(1);
    }
  });

  it('recovers the effects of a linear function: mu* = slope, sigma = 0', () => {
    const specs = [parseParam('decay.ratePerMonth=0:1'), parseParam('trust.gain=0:1'), parseParam('trust.initial=0:1')];
    const trajectories = morrisTrajectories(3, 6, 4, 5);
    const points = morrisDesign(specs, trajectories);
    const y = points.map((pt) => 3 * (pt['decay.ratePerMonth'] as number) - 2 * (pt['trust.gain'] as number));
    const [a, b, c] = morrisIndices(trajectories, y, 3);
    expect(a.mu).toBeCloseTo(3, 4);
    expect(a.muStar).toBeCloseTo(3, 4);
    expect(a.sigma).toBeCloseTo(0, 4);
    expect(b.mu).toBeCloseTo(-2, 4);
    expect(b.muStar).toBeCloseTo(2, 4);
    expect(c.muStar).toBe(0);
  });
});
