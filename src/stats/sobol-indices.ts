// Written by hand: no maintained npm library estimates Sobol' indices (the Python reference is SALib's sobol.analyze).
// First-order (Saltelli et al. 2010), total-order (Jansen 1999) and second-order (Saltelli 2002) Sobol' indices from the
// outputs of a Saltelli design (src/experiments/design/sobol.ts), with percentile-bootstrap intervals over the base
// rows, and the share of the output variance that the replicate seeds' noise accounts for.
// stats/ sits in the bottom layer beside random/ and may not import it: the bootstrap's generator is passed in.

/** A seeded source of uniform numbers in [0, 1), such as createRng(deriveSeed(seed, 'sobol-bootstrap')). */
export type UniformSource = () => number;

export interface SobolIndicesOptions {
  /** The design has the BA_i rows (SaltelliDesign.secondOrder); estimate S2 (default false). */
  secondOrder?: boolean;
  /** Bootstrap resamples of the base rows (default 1000); 0 gives no intervals (lo, hi and sd are NaN). */
  resamples?: number;
  /** Coverage of the percentile intervals (default 0.95). */
  confidence?: number;
}

export interface IndexEstimate {
  /** The estimate from all base rows. */
  estimate: number;
  /**
   * Percentile bootstrap interval (Efron): the (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the resampled
   * estimates, linear interpolation between order statistics (numpy's default, Hyndman & Fan type 7). SALib reports
   * instead a normal half-width, 1.96 sd.
   */
  lo: number;
  hi: number;
  /** Standard deviation of the resampled estimates. */
  sd: number;
}

export interface PairIndex extends IndexEstimate {
  /** Parameters of the pair (0-based), i < j. */
  i: number;
  j: number;
}

export interface SeedNoise {
  /** Mean number of replicates per design point. */
  replicates: number;
  /**
   * Mean over the design points (those with 2 or more replicates) of the within-point variance of the replicates
   * (n - 1 denominator) divided by their number: the variance that the seeds add to the model output f, the mean.
   */
  noiseVariance: number;
  /** The output variance the indices are divided by (SobolIndices.variance). */
  outputVariance: number;
  /**
   * noiseVariance / outputVariance. Noise inflates each total-order estimate by about this much (Jansen's squared
   * differences hold it twice, halved) and shrinks first- and second-order ones; near 1, noise dominates.
   */
  noiseShare: number;
}

export interface SobolIndices {
  /** Parameters and base rows. */
  k: number;
  n: number;
  /** Mean and variance (n denominator, as numpy's var) of f over the A and B rows together. */
  mean: number;
  variance: number;
  /** First-order indices, Saltelli et al. (2010): mean(f(B) (f(AB_i) - f(A))) / variance. */
  S1: IndexEstimate[];
  /** Total-order indices, Jansen (1999): mean((f(A) - f(AB_i))^2) / 2 / variance. */
  ST: IndexEstimate[];
  /** Second-order indices, Saltelli (2002): mean(f(BA_i) f(AB_j) - f(A) f(B)) / variance - S1_i - S1_j; or null. */
  S2: PairIndex[] | null;
  /** The seed noise, when outputs came as replicates per point; otherwise null. */
  noise: SeedNoise | null;
  resamples: number;
  confidence: number;
}

interface Estimates {
  s1: Float64Array;
  st: Float64Array;
  s2: Float64Array;
}

/**
 * Sobol' indices of k parameters from the outputs of a Saltelli design, in its order (per base row: A, AB_1..AB_k,
 * [BA_1..BA_k,] B). Each output is a number, or the array of a point's replicate values (their mean is f). Like SALib,
 * outputs are first centred on their mean over the whole design, which the S1 and S2 estimators are not invariant to.
 * A constant output has variance 0 and NaN indices.
 */
export function sobolIndices(
  outputs: readonly number[] | readonly (readonly number[])[],
  k: number,
  rng: UniformSource,
  options: SobolIndicesOptions = {},
): SobolIndices {
  const secondOrder = options.secondOrder ?? false;
  const resamples = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(k) || k < 1)
    throw new Error(`clustersim/sobol: expected a number of parameters >= 1, got ${k}`);
  if (!Number.isInteger(resamples) || resamples < 0)
    throw new Error(`clustersim/sobol: expected bootstrap resamples >= 0, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1))
    throw new Error(`clustersim/sobol: expected a confidence between 0 and 1, got ${confidence}`);
  if (resamples > 0 && typeof rng !== 'function')
    throw new Error('clustersim/sobol: the bootstrap needs a seeded generator (rng)');
  const stride = secondOrder ? 2 * k + 2 : k + 2;
  if (outputs.length === 0 || outputs.length % stride !== 0)
    throw new Error(
      `clustersim/sobol: expected a multiple of ${stride} outputs (k = ${k}` +
        `${secondOrder ? ', second order' : ''}: ${stride} per base row), got ${outputs.length}`,
    );
  const n = outputs.length / stride;
  if (n < 2) throw new Error(`clustersim/sobol: expected at least 2 base rows, got ${n}`);

  const { f, noiseVariance, replicates } = meansOf(outputs);
  let grand = 0;
  for (const y of f) grand += y;
  grand /= f.length;
  const column = (offset: number) => Float64Array.from({ length: n }, (_, r) => f[r * stride + offset] - grand);
  const yA = column(0);
  const yB = column(stride - 1);
  const yAB = Array.from({ length: k }, (_, i) => column(1 + i));
  const yBA = secondOrder ? Array.from({ length: k }, (_, i) => column(1 + k + i)) : [];

  let mean = 0;
  for (let r = 0; r < n; r++) mean += yA[r] + yB[r];
  mean /= 2 * n;
  let variance = 0;
  for (let r = 0; r < n; r++) variance += (yA[r] - mean) ** 2 + (yB[r] - mean) ** 2;
  variance /= 2 * n;

  const pairs: [number, number][] = [];
  if (secondOrder) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  const estimate = (rows: Int32Array | null): Estimates => {
    const row = (t: number) => (rows ? rows[t] : t);
    let sum = 0;
    let sum2 = 0;
    for (let t = 0; t < n; t++) {
      const a = yA[row(t)];
      const b = yB[row(t)];
      sum += a + b;
      sum2 += a * a + b * b;
    }
    const m = sum / (2 * n);
    const v = Math.max(0, sum2 / (2 * n) - m * m);
    const per = v > 0 ? 1 / (n * v) : NaN;
    const s1 = new Float64Array(k);
    const st = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      const ab = yAB[i];
      let first = 0;
      let total = 0;
      for (let t = 0; t < n; t++) {
        const r = row(t);
        first += yB[r] * (ab[r] - yA[r]);
        total += (yA[r] - ab[r]) ** 2;
      }
      s1[i] = first * per;
      st[i] = (total * per) / 2;
    }
    const s2 = new Float64Array(pairs.length);
    pairs.forEach(([i, j], p) => {
      let closed = 0;
      for (let t = 0; t < n; t++) {
        const r = row(t);
        closed += yBA[i][r] * yAB[j][r] - yA[r] * yB[r];
      }
      s2[p] = closed * per - s1[i] - s1[j];
    });
    return { s1, st, s2 };
  };

  const point = estimate(null);
  const boot: Estimates[] = [];
  const rows = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let t = 0; t < n; t++) rows[t] = Math.floor(rng() * n);
    boot.push(estimate(rows));
  }
  const summarize = (value: number, pick: (e: Estimates) => number): IndexEstimate => {
    const values = boot
      .map(pick)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    if (values.length === 0) return { estimate: value, lo: NaN, hi: NaN, sd: NaN };
    const mu = values.reduce((a, x) => a + x, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, x) => a + (x - mu) ** 2, 0) / Math.max(1, values.length - 1));
    return {
      estimate: value,
      lo: quantile(values, (1 - confidence) / 2),
      hi: quantile(values, (1 + confidence) / 2),
      sd,
    };
  };

  const outputVariance = variance;
  return {
    k,
    n,
    mean: mean + grand,
    variance,
    S1: Array.from(point.s1, (x, i) => summarize(x, (e) => e.s1[i])),
    ST: Array.from(point.st, (x, i) => summarize(x, (e) => e.st[i])),
    S2: secondOrder ? pairs.map(([i, j], p) => ({ i, j, ...summarize(point.s2[p], (e) => e.s2[p]) })) : null,
    noise:
      noiseVariance === null
        ? null
        : { replicates, noiseVariance, outputVariance, noiseShare: noiseVariance / outputVariance },
    resamples,
    confidence,
  };
}

/** The model output f at every point (the mean of its replicates), and the seed noise when there are replicates. */
function meansOf(outputs: readonly number[] | readonly (readonly number[])[]): {
  f: Float64Array;
  noiseVariance: number | null;
  replicates: number;
} {
  const f = new Float64Array(outputs.length);
  const replicated = Array.isArray(outputs[0]);
  let noiseSum = 0;
  let noisy = 0;
  let count = 0;
  outputs.forEach((output: number | readonly number[], p: number) => {
    if (Array.isArray(output) !== replicated)
      throw new Error(`clustersim/sobol: output ${p + 1} mixes plain values with arrays of replicates`);
    const values: readonly number[] = typeof output === 'number' ? [output] : (output as readonly number[]);
    if (values.length === 0) throw new Error(`clustersim/sobol: output ${p + 1} has no replicate values`);
    let sum = 0;
    values.forEach((y, r) => {
      if (typeof y !== 'number' || !Number.isFinite(y))
        throw new Error(
          `clustersim/sobol: output ${p + 1}${replicated ? `, replicate ${r + 1},` : ''} is not a finite number: ${y}`,
        );
      sum += y;
    });
    const m = sum / values.length;
    f[p] = m;
    count += values.length;
    if (values.length > 1) {
      let ss = 0;
      for (const y of values) ss += (y - m) ** 2;
      noiseSum += ss / (values.length - 1) / values.length;
      noisy++;
    }
  });
  return {
    f,
    noiseVariance: replicated && noisy > 0 ? noiseSum / noisy : null,
    replicates: count / outputs.length,
  };
}

/** Quantile p of sorted values, linear between order statistics (type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
