// Means, 95% intervals (Student's t) and paired differences, against hand-computed values.
import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDifference, tQuantile975 } from '../../src/stats/interval.js';

describe('stats/interval', () => {
  it('refuses paired samples of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow('clustersim/stats: paired samples differ in length');
  });

  it('gives NaN for no values and a zero-width interval for one', () => {
    expect(meanInterval([]).mean).toBeNaN();
    expect(meanInterval([4])).toEqual({ n: 1, mean: 4, sd: 0, lo: 4, hi: 4 });
  });

  it('uses t with n - 1 degrees of freedom: [1, 2, 3] has mean 2, sd 1, half-width 4.303 / sqrt(3)', () => {
    const r = meanInterval([1, 2, 3]);
    expect(r.mean).toBe(2);
    expect(r.sd).toBe(1);
    expect(r.hi - r.mean).toBeCloseTo(4.303 / Math.sqrt(3), 12);
    expect(r.mean - r.lo).toBeCloseTo(4.303 / Math.sqrt(3), 12);
  });

  it('takes t quantiles from the table up to 30 df and approaches 1.96 beyond', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(29)).toBe(2.045);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3);
    expect(tQuantile975(0)).toBeNaN();
  });

  it('pairs differences by position: b - a', () => {
    const d = pairedDifference([1, 2, 3], [2, 4, 6]);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(1);
  });
});
