// Adjusted p-values against hand-computed values (the same as R's p.adjust(c(0.01, 0.04, 0.03, 0.005), method)).
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/adjust.js';

const P = [0.01, 0.04, 0.03, 0.005];

describe('stats/adjust: bad input', () => {
  it('keeps NaN p-values NaN and leaves them out of the family size', () => {
    // Holm over the three finite p: 3 x 0.01, 2 x 0.03 (max with before), 1 x 0.04 -> 0.06.
    const holm = adjustPValues([0.01, NaN, 0.03, 0.04], 'holm');
    expect(holm[1]).toBeNaN();
    expect(holm[0]).toBeCloseTo(0.03, 15);
    expect(holm[2]).toBeCloseTo(0.06, 15);
    expect(holm[3]).toBeCloseTo(0.06, 15);
    expect(adjustPValues([], 'bh')).toEqual([]);
  });
});

describe('stats/adjust', () => {
  it('Holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1, made monotone: 0.02, 0.03, 0.06, 0.06', () => {
    const adjusted = adjustPValues(P, 'holm');
    [0.03, 0.06, 0.06, 0.02].forEach((v, k) => expect(adjusted[k]).toBeCloseTo(v, 15));
  });

  it('Benjamini-Hochberg: p (4 / rank), the running minimum from the largest: 0.02, 0.02, 0.04, 0.04', () => {
    const adjusted = adjustPValues(P, 'bh');
    [0.02, 0.04, 0.04, 0.02].forEach((v, k) => expect(adjusted[k]).toBeCloseTo(v, 15));
  });

  it('caps at 1 and leaves p as it is with none', () => {
    expect(adjustPValues([0.5, 0.6], 'holm')).toEqual([1, 1]);
    expect(adjustPValues([0.5, 0.6], 'bh')).toEqual([0.6, 0.6]);
    expect(adjustPValues(P, 'none')).toEqual(P);
  });
});
