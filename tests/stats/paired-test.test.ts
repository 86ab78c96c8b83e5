// The paired t-test: Student's t against closed forms (1 and 2 degrees of freedom) and R's qt() quantiles, and the
// test of differences pinned on hand-computed cases (t.test(c(1, 2, 3, 4)) in R: t = 3.873, p = 0.03047).
import { describe, expect, it } from 'vitest';
import { incompleteBeta, logGamma, pairedTTest, tTwoSidedP } from '../../src/stats/paired-test.js';

describe('stats/paired-test: bad input', () => {
  it('gives NaN for no degrees of freedom, a NaN statistic or x outside [0, 1]', () => {
    expect(tTwoSidedP(2, 0)).toBeNaN();
    expect(tTwoSidedP(NaN, 5)).toBeNaN();
    expect(incompleteBeta(1.5, 1, 1)).toBeNaN();
    expect(incompleteBeta(0.5, 0, 1)).toBeNaN();
  });

  it('gives p NaN with fewer than two finite differences, and leaves non-finite ones out', () => {
    expect(pairedTTest([]).p).toBeNaN();
    expect(pairedTTest([3]).p).toBeNaN();
    expect(pairedTTest([1, NaN, 2, 3, Infinity, 4])).toMatchObject({ n: 4, mean: 2.5 });
  });
});

describe('stats/paired-test', () => {
  it('logGamma matches factorials and Gamma(1/2) = sqrt(pi)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
  });

  it('the incomplete beta: I_x(1, 1) = x, I_x(2, 3) by its polynomial', () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    // I_x(2, 3) = 6x^2 - 8x^3 + 3x^4 (the Beta(2, 3) distribution function).
    for (const x of [0.1, 0.5, 0.9])
      expect(incompleteBeta(x, 2, 3)).toBeCloseTo(6 * x ** 2 - 8 * x ** 3 + 3 * x ** 4, 13);
  });

  it('two-sided p of t with 1 and 2 degrees of freedom equals the closed forms', () => {
    for (const t of [0.3, 1, 2.5, 10, -4]) {
      expect(tTwoSidedP(t, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(Math.abs(t)), 13);
      expect(tTwoSidedP(t, 2)).toBeCloseTo(1 - Math.abs(t) / Math.sqrt(2 + t * t), 13);
    }
    expect(tTwoSidedP(0, 7)).toBe(1);
    expect(tTwoSidedP(Infinity, 7)).toBe(0);
  });

  it("gives 0.05 and 0.01 at R's qt(0.975) and qt(0.995) quantiles, and the normal's for large df", () => {
    const cases: [number, number, number][] = [
      [12.7062, 1, 0.05],
      [4.302653, 2, 0.05],
      [2.262157, 9, 0.05],
      [3.249836, 9, 0.01],
      [2.04523, 29, 0.05],
      [1.959964, 1e7, 0.05],
    ];
    for (const [t, df, p] of cases) expect(tTwoSidedP(t, df)).toBeCloseTo(p, 6);
  });

  it('tests the differences 1, 2, 3, 4: mean 2.5, sd 1.291, t 3.873 on 3 df, p 0.03047 (R)', () => {
    const r = pairedTTest([1, 2, 3, 4]);
    expect(r.n).toBe(4);
    expect(r.mean).toBe(2.5);
    expect(r.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(r.t).toBeCloseTo(2.5 / (Math.sqrt(5 / 3) / 2), 12);
    expect(r.p).toBeCloseTo(0.030466, 6);
  });

  it('never finds differences that do not vary significant: identical runs and a constant shift give p = 1', () => {
    expect(pairedTTest([0, 0, 0])).toMatchObject({ sd: 0, p: 1 });
    expect(pairedTTest([2, 2, 2, 2]).p).toBe(1);
    expect(pairedTTest([0.1 + 0.2, 0.3, 0.30000000000000004]).p).toBe(1);
  });
});
