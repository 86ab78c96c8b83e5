// Sobol' indices from a Saltelli design: bad input, the Ishigami function's analytic indices, a linear model's exact
// ones, and the seed noise of replicated outputs.
import { describe, expect, it } from 'vitest';
import { saltelliDesign, scaleToRanges } from '../../src/experiments/design/sobol.js';
import { createRng } from '../../src/random/rng.js';
import { type IndexEstimate, sobolIndices } from '../../src/stats/sobol-indices.js';

const rng = () => createRng('sobol-bootstrap');

/** Ishigami & Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3. */
function ishigami([x1, x2, x3]: readonly number[], a = 7, b = 0.1): number {
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/** Its analytic partial variances (Sobol' & Levitan 1999). */
function ishigamiIndices(a = 7, b = 0.1) {
  const pi4 = Math.PI ** 4;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (8 * b ** 2 * pi4 ** 2) / 225;
  const v = v1 + v2 + v13;
  return { S1: [v1 / v, v2 / v, 0], ST: [(v1 + v13) / v, v2 / v, v13 / v], S13: v13 / v };
}

const PI_RANGE: [number, number] = [-Math.PI, Math.PI];

function expectNear(e: IndexEstimate, truth: number, tolerance: number) {
  expect(Math.abs(e.estimate - truth)).toBeLessThan(tolerance);
  expect(e.lo).toBeLessThanOrEqual(truth);
  expect(e.hi).toBeGreaterThanOrEqual(truth);
}

/** A standard normal draw (Box-Muller) from a seeded generator. */
function gaussian(draw: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - draw())) * Math.cos(2 * Math.PI * draw());
}

describe('sobolIndices', () => {
  it('rejects no parameters, outputs of the wrong length, too few rows, NaN and mixed outputs', () => {
    expect(() => sobolIndices([1, 2, 3, 4], 0, rng())).toThrow(/number of parameters >= 1, got 0/);
    expect(() => sobolIndices([], 2, rng())).toThrow(/multiple of 4 outputs \(k = 2: 4 per base row\), got 0/);
    expect(() => sobolIndices([1, 2, 3, 4, 5], 2, rng())).toThrow(/multiple of 4 outputs.*got 5/);
    expect(() => sobolIndices([1, 2, 3, 4, 5, 6, 7, 8], 2, rng(), { secondOrder: true })).toThrow(
      /multiple of 6 outputs \(k = 2, second order: 6 per base row\), got 8/,
    );
    expect(() => sobolIndices([1, 2, 3, 4], 2, rng())).toThrow(/at least 2 base rows, got 1/);
    expect(() => sobolIndices([1, 2, Number.NaN, 4, 1, 2, 3, 4], 2, rng())).toThrow(
      /output 3 is not a finite number: NaN/,
    );
    expect(() => sobolIndices([[1], [2], [3, Number.POSITIVE_INFINITY], [4], [1], [2], [3], [4]], 2, rng())).toThrow(
      /output 3, replicate 2, is not a finite number: Infinity/,
    );
    expect(() => sobolIndices([[1], [2], [3], [], [1], [2], [3], [4]], 2, rng())).toThrow(/output 4 has no replicate/);
    expect(() => sobolIndices([[1], 2, 3, 4, 1, 2, 3, 4] as number[][], 2, rng())).toThrow(/output 2 mixes/);
    expect(() => sobolIndices([1, 2, 3, 4, 1, 2, 3, 4], 2, rng(), { resamples: -1 })).toThrow(/resamples >= 0/);
    expect(() => sobolIndices([1, 2, 3, 4, 1, 2, 3, 4], 2, rng(), { confidence: 1 })).toThrow(/confidence between/);
  });

  it('gives NaN indices, not an error, for a constant output', () => {
    const indices = sobolIndices(new Array(40).fill(3), 2, rng(), { resamples: 10 });
    expect(indices.variance).toBe(0);
    expect(indices.mean).toBe(3);
    expect(indices.S1[0].estimate).toBeNaN();
    expect(indices.ST[1].estimate).toBeNaN();
  });

  it("recovers the Ishigami function's analytic indices within 0.005, each inside its 95% bootstrap interval", () => {
    // Largest error found at N = 2^13: 0.0011 (S1_1); 0.019 at N = 2^10, 0.011 at 2^11, 0.0013 at 2^12.
    const truth = ishigamiIndices();
    // The published values (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer).
    expect(truth.S1.map((s) => s.toFixed(4))).toEqual(['0.3139', '0.4424', '0.0000']);
    expect(truth.ST.map((s) => s.toFixed(4))).toEqual(['0.5576', '0.4424', '0.2437']);
    const design = saltelliDesign(3, 2 ** 13, { secondOrder: true });
    const y = scaleToRanges(design.unit, [PI_RANGE, PI_RANGE, PI_RANGE]).map((x) => ishigami(x));
    const indices = sobolIndices(y, 3, rng(), { secondOrder: true });
    expect(indices.n).toBe(2 ** 13);
    expect(indices.resamples).toBe(1000);
    indices.S1.forEach((e, i) => expectNear(e, truth.S1[i], 0.005));
    indices.ST.forEach((e, i) => expectNear(e, truth.ST[i], 0.005));
    const [s12, s13, s23] = indices.S2!;
    expect([s12.i, s12.j, s13.i, s13.j, s23.i, s23.j]).toEqual([0, 1, 0, 2, 1, 2]);
    expectNear(s12, 0, 0.005);
    expectNear(s13, truth.S13, 0.005);
    expectNear(s23, 0, 0.005);
    // The intervals are real intervals, not points: about 0.04 wide for S1 at this size.
    for (const e of [...indices.S1, ...indices.ST]) expect(e.hi - e.lo).toBeGreaterThan(0.01);
    expect(indices.noise).toBeNull();
  });

  it('finds S1 = ST = a_i^2 / sum a_j^2 and S2 = 0 for a linear model', () => {
    const a = [1, 2, 3, 4];
    const sum = a.reduce((s, x) => s + x * x, 0);
    const design = saltelliDesign(4, 4096, { secondOrder: true });
    const y = scaleToRanges(
      design.unit,
      a.map(() => [-1, 3]),
    ).map((x) => x.reduce((s, xi, i) => s + a[i] * xi, 0));
    const indices = sobolIndices(y, 4, rng(), { secondOrder: true, resamples: 200 });
    // Largest errors found at N = 4096: 0.0014 (S1), 0.0012 (ST), 0.00013 (S2); 0.005 at N = 1024.
    a.forEach((ai, i) => {
      expectNear(indices.S1[i], (ai * ai) / sum, 0.002);
      expectNear(indices.ST[i], (ai * ai) / sum, 0.002);
    });
    expect(indices.S2).toHaveLength(6);
    for (const pair of indices.S2!) expectNear(pair, 0, 0.001);
    // Var of sum a_i x_i, x_i uniform on a range of 4: sum a_i^2 * 16 / 12.
    expect(indices.variance / ((sum * 16) / 12)).toBeCloseTo(1, 2);
  });

  it('reports the seed noise of replicated outputs: s^2 / r beside the output variance', () => {
    const s = 0.5;
    const r = 4;
    const draw = createRng('noise');
    const design = saltelliDesign(2, 1024);
    const replicates = design.unit.map(([x1, x2]) => Array.from({ length: r }, () => x1 + 2 * x2 + s * gaussian(draw)));
    const indices = sobolIndices(replicates, 2, rng(), { resamples: 100 });
    const noise = indices.noise!;
    expect(noise.replicates).toBe(r);
    expect(noise.noiseVariance / ((s * s) / r)).toBeCloseTo(1, 1);
    expect(noise.outputVariance).toBe(indices.variance);
    // Var f = (1 + 4) / 12 from the function, plus s^2 / r from the mean of r noisy replicates.
    expect(indices.variance).toBeCloseTo(5 / 12 + (s * s) / r, 1);
    expect(noise.noiseShare).toBeCloseTo(noise.noiseVariance / indices.variance, 12);
    // Noise raises each total-order estimate by about noiseShare over the noiseless S_i = a_i^2 / 5.
    expect(indices.ST[0].estimate - 1 / 5).toBeCloseTo(noise.noiseShare, 1);
    // One replicate per point: no noise to report.
    expect(
      sobolIndices(
        design.unit.map(([x1, x2]) => [x1 + x2]),
        2,
        rng(),
        { resamples: 0 },
      ).noise,
    ).toBeNull();
  });

  it('is reproducible from the seed of its generator, and gives no intervals without resamples', () => {
    const design = saltelliDesign(2, 64);
    const y = design.unit.map(([x1, x2]) => x1 * x2 + x1);
    expect(sobolIndices(y, 2, rng(), { resamples: 50 })).toEqual(sobolIndices(y, 2, rng(), { resamples: 50 }));
    expect(sobolIndices(y, 2, createRng('other'), { resamples: 50 }).S1[0].lo).not.toBe(
      sobolIndices(y, 2, rng(), { resamples: 50 }).S1[0].lo,
    );
    const none = sobolIndices(y, 2, rng(), { resamples: 0 });
    expect(none.S1[0].estimate).toBeGreaterThan(0);
    expect(none.S1[0].lo).toBeNaN();
    expect(none.S1[0].hi).toBeNaN();
  });
});
