// The seeded generator and the draws built on it: determinism, derived seeds, and each draw on scripted numbers.
import { describe, expect, it } from 'vitest';
import {
  belowScaledLogistic,
  createRng,
  deriveSeed,
  logistic,
  pickWeighted,
  pickWeightedOf,
  poisson,
  randomInt,
  uniform,
} from '../../src/random/rng.js';
import { scriptedRng } from '../helpers/tiny-model.js';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe('createRng', () => {
  it('gives the same sequence for the same seed, whether written as a number or a string', () => {
    expect(take(createRng(42), 5)).toEqual(take(createRng('42'), 5));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(createRng(1), 5)).not.toEqual(take(createRng(2), 5));
  });

  it('starts unrelated generators from seeds that differ only in their last character', () => {
    // Differences (mod 1) of the first draws of 1/run/a0 and 1/run/a1, ..., 1/run/a8 and 1/run/a9 for a < 300, in 20
    // bins: a chi-square above 43.8 (the 0.999 quantile, 19 degrees of freedom) says they are not uniform. Alea's own
    // first output gives 78.1 on these seeds.
    const bins = new Array<number>(20).fill(0);
    for (let a = 0; a < 300; a++) {
      for (let d = 0; d < 9; d++) {
        const diff = createRng(deriveSeed(1, 'run', `${a}${d + 1}`))() - createRng(deriveSeed(1, 'run', `${a}${d}`))();
        bins[Math.min(19, Math.floor((((diff % 1) + 1) % 1) * 20))]++;
      }
    }
    const expected = (300 * 9) / 20;
    const chi2 = bins.reduce((sum, b) => sum + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8);
  });

  it('draws in [0, 1)', () => {
    const draws = take(createRng('unit'), 10_000);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});

describe('deriveSeed', () => {
  it('joins the parent seed and the labels with slashes', () => {
    expect(deriveSeed(7, 3, 'worker')).toBe('7/3/worker');
    expect(deriveSeed('7')).toBe('7');
  });

  it('gives child generators that differ from each other and from the parent', () => {
    const parent = take(createRng(7), 3);
    const first = take(createRng(deriveSeed(7, 0)), 3);
    const second = take(createRng(deriveSeed(7, 1)), 3);
    expect(first).not.toEqual(parent);
    expect(first).not.toEqual(second);
  });
});

describe('randomInt and uniform', () => {
  it('maps a draw to floor(u n)', () => {
    expect(randomInt(scriptedRng([0]), 5)).toBe(0);
    expect(randomInt(scriptedRng([0.39]), 5)).toBe(1);
    expect(randomInt(scriptedRng([0.999]), 5)).toBe(4);
  });

  it('maps a draw to min + (max - min) u', () => {
    expect(uniform(scriptedRng([0.25]), 2, 4)).toBe(2.5);
    expect(uniform(scriptedRng([0]), 0.3, 0.7)).toBe(0.3);
  });
});

describe('poisson', () => {
  it('returns 0 for a mean of 0 or less without drawing', () => {
    const rng = scriptedRng([]);
    expect(poisson(rng, 0)).toBe(0);
    expect(poisson(rng, -1)).toBe(0);
    expect(rng.used).toBe(0);
  });

  it('counts the draws whose running product stays above e^-mean (Knuth)', () => {
    // e^-1 = 0.3679: 0.3 is below at once; 0.5 then 0.5 x 0.5 = 0.25 stops after one; 0.9, 0.81, 0.405, 0.2025 after
    // three.
    expect(poisson(scriptedRng([0.3]), 1)).toBe(0);
    expect(poisson(scriptedRng([0.5, 0.5]), 1)).toBe(1);
    const rng = scriptedRng([0.9, 0.9, 0.5, 0.5]);
    expect(poisson(rng, 1)).toBe(3);
    expect(rng.used).toBe(4);
  });

  it('uses a rounded normal (Box-Muller) above a mean of 30, never below 0', () => {
    // u2 = 0: cos 0 = 1; u1 = e^-2: sqrt(-2 ln u1) = 2; so z = 2 and 40 + 2 sqrt(40) = 52.65 -> 53.
    expect(poisson(scriptedRng([Math.exp(-2), 0]), 40)).toBe(53);
    // u2 = 0.5: cos(pi) = -1; u1 = 0 is replaced by the smallest double: z = -38.6, far below 0.
    expect(poisson(scriptedRng([0, 0.5]), 31)).toBe(0);
  });

  it('has the right mean on a seeded generator', () => {
    const rng = createRng('poisson-mean');
    const n = 20_000;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += poisson(rng, 2.5);
    expect(sum / n).toBeCloseTo(2.5, 1);
  });
});

describe('pickWeighted', () => {
  it('returns -1 without drawing when every weight is 0', () => {
    const rng = scriptedRng([]);
    expect(pickWeighted(rng, [0, 0, 0])).toBe(-1);
    expect(pickWeighted(rng, [])).toBe(-1);
    expect(rng.used).toBe(0);
  });

  it('picks the index whose cumulative weight first exceeds u x total, skipping zero weights', () => {
    // weights 1, 0, 3 (total 4): u 0.2 -> 0.8 falls in [0, 1); u 0.25 -> 1 falls in [1, 4); u 0.5 -> 2 likewise.
    expect(pickWeighted(scriptedRng([0.2]), [1, 0, 3])).toBe(0);
    expect(pickWeighted(scriptedRng([0.25]), [1, 0, 3])).toBe(2);
    expect(pickWeighted(scriptedRng([0.5]), [1, 0, 3])).toBe(2);
    expect(pickWeighted(scriptedRng([0.999]), [1, 3, 0])).toBe(1);
  });

  it('reads only the first count weights when given a count', () => {
    expect(pickWeighted(scriptedRng([0.99]), [1, 1, 5], 2)).toBe(1);
    expect(pickWeighted(scriptedRng([]), new Float64Array([0, 0, 5]), 2)).toBe(-1);
  });
});

describe('pickWeightedOf', () => {
  it('returns -1 without drawing when the total given is not above 0', () => {
    const rng = scriptedRng([]);
    expect(pickWeightedOf(rng, [1, 2], 2, 0)).toBe(-1);
    expect(pickWeightedOf(rng, [1, 2], 2, -1)).toBe(-1);
    expect(rng.used).toBe(0);
  });

  it('draws as pickWeighted does when given the sum pickWeighted makes', () => {
    for (const u of [0, 0.2, 0.25, 0.5, 0.999]) {
      expect(pickWeightedOf(scriptedRng([u]), [1, 0, 3], 3, 4)).toBe(pickWeighted(scriptedRng([u]), [1, 0, 3]));
    }
    // u 0.5 of the total 4 given is 2, past the first weight: index 2; of a total 2 it would be 1, still index 0's.
    expect(pickWeightedOf(scriptedRng([0.5]), [1, 0, 3], 3, 4)).toBe(2);
    expect(pickWeightedOf(scriptedRng([0.4]), [1, 0, 3], 3, 2)).toBe(0);
  });
});

describe('logistic', () => {
  it('is 1 / (1 + e^-x)', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(logistic(-Math.log(3))).toBeCloseTo(0.25, 15);
  });
});

describe('belowScaledLogistic', () => {
  const plain = (u: number, scale: number, x: number) => u < scale * logistic(x);

  it('answers like u < scale * logistic(x) on odd input: NaN, infinities, zero and negative scales', () => {
    const cases: [number, number, number][] = [
      [0.5, 1, Number.NaN],
      [0, 1, Number.NaN],
      [0.1, 1, -Infinity],
      [0, 1, -Infinity],
      [0.999, 1, Infinity],
      [0.01, 0, 3],
      [0, 0, 3],
      [0.2, -1, 5],
      [0, 1, -1000],
      [1e-300, 1, -700],
      [0.5, 1, 0],
      [0.4999999999, 1, 0],
    ];
    for (const [u, scale, x] of cases)
      expect([u, scale, x, belowScaledLogistic(u, scale, x)]).toEqual([u, scale, x, plain(u, scale, x)]);
  });

  it('answers like u < scale * logistic(x) at and beside every grid point and for u just around the threshold', () => {
    for (let k = -33 * 16; k <= 33 * 16; k++) {
      for (const x of [k / 16, k / 16 - 1e-12, k / 16 + 1e-12]) {
        for (const scale of [1, 0.05, 0.3]) {
          const p = scale * logistic(x);
          for (const u of [p, p * (1 - 1e-15), p * (1 + 1e-15), p * 0.999, p * 1.001, Math.min(0.999999, p * 1.06)]) {
            if (belowScaledLogistic(u, scale, x) !== plain(u, scale, x))
              throw new Error(`differs at u=${u} scale=${scale} x=${x}`);
          }
        }
      }
    }
  });

  it('answers like u < scale * logistic(x) on a million seeded draws', () => {
    const rng = createRng('below-scaled-logistic');
    let below = 0;
    for (let n = 0; n < 1_000_000; n++) {
      const u = rng();
      const scale = n % 3 === 0 ? 1 : rng();
      const x = (rng() - 0.5) * 80;
      const answer = belowScaledLogistic(u, scale, x);
      if (answer !== plain(u, scale, x)) throw new Error(`differs at u=${u} scale=${scale} x=${x}`);
      if (answer) below++;
    }
    expect(below).toBeGreaterThan(100_000);
  });
});
