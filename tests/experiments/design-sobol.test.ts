// Sobol' points (Joe & Kuo 2008 direction numbers) and the Saltelli design built on them: order, ranges, uniformity.
import { describe, expect, it } from 'vitest';
import {
  SALTELLI_MAX_PARAMETERS,
  SOBOL_MAX_DIMENSION,
  saltelliDesign,
  saltelliPoints,
  scaleToRanges,
  sobolSequence,
} from '../../src/experiments/design/sobol.js';
import { parseParam } from '../../src/experiments/params.js';
import { createRng } from '../../src/random/rng.js';

/** Points of the first two coordinates in each cell of a g x g grid, row by row. */
function cellCounts(points: readonly (readonly number[])[], g: number): number[] {
  const counts = new Array<number>(g * g).fill(0);
  for (const [x, y] of points) counts[Math.floor(y * g) * g + Math.floor(x * g)]++;
  return counts;
}

describe('sobolSequence', () => {
  it('rejects no points, a dimension out of range and a negative skip', () => {
    expect(() => sobolSequence(0, 2)).toThrow(/number of points >= 1, got 0/);
    expect(() => sobolSequence(4, 0)).toThrow(/dimension from 1 to 32, got 0/);
    expect(() => sobolSequence(4, SOBOL_MAX_DIMENSION + 1)).toThrow(/dimension from 1 to 32, got 33/);
    expect(() => sobolSequence(4, 2, { skip: -1 })).toThrow(/skip >= 0/);
  });

  it("starts with the published points, the all-zero point skipped (Joe & Kuo's and scipy's values)", () => {
    expect(sobolSequence(8, 3)).toEqual([
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
      [0.1875, 0.3125, 0.9375],
    ]);
    expect(sobolSequence(1, 2, { skip: 0 })).toEqual([[0, 0]]);
  });

  it('uses every embedded row of the table: point 1000 of all 32 dimensions (scipy.stats.qmc.Sobol, unscrambled)', () => {
    const times1024 = [
      225, 99, 531, 693, 287, 929, 47, 921, 513, 71, 87, 261, 165, 393, 147, 379, 737, 353, 1015, 743, 535, 563, 973,
      553, 597, 929, 41, 1003, 61, 349, 151, 149,
    ];
    const [point] = sobolSequence(1, 32, { skip: 1000 });
    expect(point.map((x) => x * 1024)).toEqual(times1024);
    // Starting at point 1000 directly or walking there from the start gives the same point.
    expect(sobolSequence(1001, 32, { skip: 0 })[1000]).toEqual(point);
  });

  it('puts exactly one of the first 256 points in each cell of a 16 x 16 grid, where random points clump', () => {
    expect(cellCounts(sobolSequence(256, 2, { skip: 0 }), 16).every((c) => c === 1)).toBe(true);
    // Dropping the all-zero point and taking point 256 instead moves one point into an occupied cell.
    const skipped = cellCounts(sobolSequence(256, 2), 16);
    expect(skipped.filter((c) => c === 1)).toHaveLength(254);
    expect(skipped.filter((c) => c === 0)).toHaveLength(1);
    expect(skipped.filter((c) => c === 2)).toHaveLength(1);
    const rng = createRng('random-points');
    const random = cellCounts(
      Array.from({ length: 256 }, () => [rng(), rng()]),
      16,
    );
    expect(random.filter((c) => c === 0).length).toBeGreaterThan(60);
  });

  it('shifts digitally by a seed: the same seed the same points, the net kept', () => {
    const shifted = sobolSequence(256, 2, { skip: 0, shiftSeed: 7 });
    expect(sobolSequence(256, 2, { skip: 0, shiftSeed: 7 })).toEqual(shifted);
    expect(sobolSequence(256, 2, { skip: 0, shiftSeed: 8 })).not.toEqual(shifted);
    expect(shifted).not.toEqual(sobolSequence(256, 2, { skip: 0 }));
    expect(cellCounts(shifted, 16).every((c) => c === 1)).toBe(true);
    for (const p of shifted) for (const x of p) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('saltelliDesign', () => {
  it('rejects no parameters, too many, and no base rows', () => {
    expect(() => saltelliDesign(0, 8)).toThrow(/1 to 16 parameters, got 0/);
    expect(() => saltelliDesign(SALTELLI_MAX_PARAMETERS + 1, 8)).toThrow(/1 to 16 parameters, got 17/);
    expect(() => saltelliDesign(2, 0)).toThrow(/base sample size >= 1, got 0/);
  });

  it('warns, without stopping, when the base size is not a power of 2', () => {
    expect(saltelliDesign(2, 8).warnings).toEqual([]);
    expect(saltelliDesign(2, 10).warnings[0]).toMatch(/10 is not a power of 2.*use 16/);
  });

  it("orders each base row A, AB_1..AB_k, BA_1..BA_k, B, A and B the halves of one 2k-dimensional Sobol' point", () => {
    const k = 3;
    const n = 4;
    const base = sobolSequence(n, 2 * k);
    const first = saltelliDesign(k, n);
    expect(first.stride).toBe(k + 2);
    expect(first.unit).toHaveLength(n * (k + 2));
    const second = saltelliDesign(k, n, { secondOrder: true });
    expect(second.stride).toBe(2 * k + 2);
    expect(second.unit).toHaveLength(n * (2 * k + 2));
    base.forEach((row, j) => {
      const a = row.slice(0, k);
      const b = row.slice(k);
      const block = second.unit.slice(j * second.stride, (j + 1) * second.stride);
      expect(block[0]).toEqual(a);
      expect(block[second.stride - 1]).toEqual(b);
      for (let i = 0; i < k; i++) {
        expect(block[1 + i]).toEqual(a.map((x, c) => (c === i ? b[c] : x)));
        expect(block[1 + k + i]).toEqual(b.map((x, c) => (c === i ? a[c] : x)));
      }
      const short = first.unit.slice(j * first.stride, (j + 1) * first.stride);
      expect(short).toEqual([...block.slice(0, 1 + k), b]);
    });
  });

  it('maps unit coordinates onto [min, max] per parameter, and onto parameter specs', () => {
    expect(
      scaleToRanges(
        [
          [0, 0.5],
          [0.25, 1],
        ],
        [
          [-2, 2],
          [10, 20],
        ],
      ),
    ).toEqual([
      [-2, 15],
      [-1, 20],
    ]);
    expect(() => scaleToRanges([[0.5]], [[1, 0]])).toThrow(/range 1 must be finite with min <= max/);
    expect(() => scaleToRanges([[0.5, 0.5]], [[0, 1]])).toThrow(/point 1 has 2 coordinates, expected 1/);
    const design = saltelliDesign(2, 2);
    const specs = [parseParam('decay.ratePerMonth=0:1'), parseParam('trust.gain=0.2:0.4')];
    const points = saltelliPoints(specs, design);
    expect(points).toHaveLength(8);
    expect(points[0]).toEqual({ 'decay.ratePerMonth': 0.5, 'trust.gain': 0.3 });
    expect(() => saltelliPoints(specs.slice(0, 1), design)).toThrow(/1 parameters for a design of 2/);
  });
});
