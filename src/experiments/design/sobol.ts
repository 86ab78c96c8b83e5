// Written by hand: no maintained npm library draws Sobol' sequences or Saltelli designs (the Python reference is SALib).
// Sobol' low-discrepancy points (Joe & Kuo 2008 direction numbers, "new-joe-kuo-6.21201"; Gray-code order, as
// Joe & Kuo's own generator and scipy.stats.qmc.Sobol), and the Saltelli (2002, 2010) design of a variance-based
// sensitivity analysis built on them (src/stats/sobol-indices.ts estimates the indices from its outputs).
import { createRng, deriveSeed } from '../../random/rng.js';
import type { Point } from '../apply-point.js';
import { type ParamSpec, valueAt } from '../params.js';

/**
 * Rows d = 2..32 of new-joe-kuo-6.21201 (https://web.maths.unsw.edu.au/~fkuo/sobol/): [s, a, m_1..m_s], s the degree of
 * the primitive polynomial, a its inner coefficients as bits, m_i the initial direction numbers. Dimension 1, the van der
 * Corput sequence, has every m_i = 1 and no row.
 */
const JOE_KUO: readonly (readonly number[])[] = [
  [1, 0, 1],
  [2, 1, 1, 3],
  [3, 1, 1, 3, 1],
  [3, 2, 1, 1, 1],
  [4, 1, 1, 1, 3, 3],
  [4, 4, 1, 3, 5, 13],
  [5, 2, 1, 1, 5, 5, 17],
  [5, 4, 1, 1, 5, 5, 5],
  [5, 7, 1, 1, 7, 11, 19],
  [5, 11, 1, 1, 5, 1, 1],
  [5, 13, 1, 1, 1, 3, 11],
  [5, 14, 1, 3, 5, 5, 31],
  [6, 1, 1, 3, 3, 9, 7, 49],
  [6, 13, 1, 1, 1, 15, 21, 21],
  [6, 16, 1, 3, 1, 13, 27, 49],
  [6, 19, 1, 1, 1, 15, 7, 5],
  [6, 22, 1, 3, 1, 15, 13, 25],
  [6, 25, 1, 1, 5, 5, 19, 61],
  [7, 1, 1, 3, 7, 11, 23, 15, 103],
  [7, 4, 1, 3, 7, 13, 13, 15, 69],
  [7, 7, 1, 1, 3, 13, 7, 35, 63],
  [7, 8, 1, 3, 5, 9, 1, 25, 53],
  [7, 14, 1, 3, 1, 13, 9, 35, 107],
  [7, 19, 1, 3, 1, 5, 27, 61, 31],
  [7, 21, 1, 1, 5, 11, 19, 41, 61],
  [7, 28, 1, 3, 5, 3, 3, 13, 69],
  [7, 31, 1, 1, 7, 13, 1, 19, 1],
  [7, 32, 1, 3, 7, 5, 13, 19, 59],
  [7, 37, 1, 1, 3, 9, 25, 29, 41],
  [7, 41, 1, 3, 5, 13, 23, 1, 55],
  [7, 42, 1, 3, 7, 3, 13, 59, 17],
];

/** The most dimensions sobolSequence draws (the rows embedded above, plus dimension 1). */
export const SOBOL_MAX_DIMENSION = JOE_KUO.length + 1;

/** Bits of every coordinate: points are integers below 2^32, divided by 2^32. */
const BITS = 32;
const SCALE = 2 ** BITS;

/** The 32 direction numbers v_1..v_32 of dimension d (1-based), left-aligned in 32 bits. */
function directions(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 1) {
    for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
    return v;
  }
  const [s, a, ...m] = JOE_KUO[d - 2];
  for (let j = 0; j < s; j++) v[j] = m[j] * 2 ** (BITS - 1 - j);
  for (let j = s; j < BITS; j++) {
    let x = v[j - s] ^ (v[j - s] >>> s);
    for (let q = 1; q < s; q++) if ((a >>> (s - 1 - q)) & 1) x ^= v[j - q];
    v[j] = x >>> 0;
  }
  return v;
}

export interface SobolOptions {
  /**
   * Points dropped from the start of the sequence (default 1: the all-zero point, as SALib and the brief of this design
   * ask). With skip 0 the first 2^m points form a (t, m, s)-net; dropping the first point shifts that balance by one
   * point (Owen 2020, "On dropping the first Sobol' point").
   */
  skip?: number;
  /**
   * Seed of a random digital shift: every coordinate's 32 bits are XORed with one random 32-bit word per dimension,
   * drawn from createRng(deriveSeed(shiftSeed, 'sobol-shift')). Keeps the net structure; absent (the default), the
   * sequence is the plain, deterministic one that SALib and scipy (scramble=False) give.
   */
  shiftSeed?: number | string;
}

/** n points of the d-dimensional Sobol' sequence in [0, 1)^d: points[i][dim]. */
export function sobolSequence(n: number, d: number, options: SobolOptions = {}): number[][] {
  const skip = options.skip ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new Error(`clustersim/sobol: expected a number of points >= 1, got ${n}`);
  if (!Number.isInteger(d) || d < 1 || d > SOBOL_MAX_DIMENSION)
    throw new Error(`clustersim/sobol: expected a dimension from 1 to ${SOBOL_MAX_DIMENSION}, got ${d}`);
  if (!Number.isInteger(skip) || skip < 0) throw new Error(`clustersim/sobol: expected skip >= 0, got ${skip}`);
  if (n + skip > 2 ** 31)
    throw new Error(`clustersim/sobol: at most 2^31 points (skipped ones included), got ${n + skip}`);
  const v = Array.from({ length: d }, (_, i) => directions(i + 1));
  const shift = new Uint32Array(d);
  if (options.shiftSeed !== undefined) {
    const rng = createRng(deriveSeed(options.shiftSeed, 'sobol-shift'));
    for (let i = 0; i < d; i++) shift[i] = Math.floor(rng() * SCALE) >>> 0;
  }
  // Point `index` in Gray-code order is the XOR of the direction numbers at the set bits of index ^ (index >> 1).
  const x = new Uint32Array(d);
  const gray = skip ^ (skip >>> 1);
  for (let j = 0; j < BITS; j++) if ((gray >>> j) & 1) for (let i = 0; i < d; i++) x[i] ^= v[i][j];
  const points: number[][] = [];
  for (let index = skip; ; index++) {
    points.push(Array.from(x, (xi, i) => ((xi ^ shift[i]) >>> 0) / SCALE));
    if (points.length === n) return points;
    // Next point: flip the direction number at the lowest zero bit of index.
    const c = 31 - Math.clz32(~index & (index + 1));
    for (let i = 0; i < d; i++) x[i] ^= v[i][c];
  }
}

export interface SaltelliOptions extends SobolOptions {
  /** Add the BA_i rows that second-order indices need (default false). */
  secondOrder?: boolean;
}

export interface SaltelliDesign {
  /** Number of parameters. */
  k: number;
  /** Base sample size: rows of A and of B. */
  n: number;
  secondOrder: boolean;
  /** Design points per base row: k + 2, or 2k + 2 with second order. */
  stride: number;
  /**
   * Unit coordinates of every point, n * stride of them, base row after base row; within base row j:
   * A_j, AB_1j .. AB_kj, [BA_1j .. BA_kj,] B_j (SALib's saltelli.sample order). AB_i is A with column i taken from B;
   * BA_i is B with column i taken from A.
   */
  unit: number[][];
  /** Advice that does not stop the design, e.g. a base size that is not a power of 2. */
  warnings: string[];
}

/** The largest number of parameters a Saltelli design takes: its base sequence has 2k dimensions. */
export const SALTELLI_MAX_PARAMETERS = Math.floor(SOBOL_MAX_DIMENSION / 2);

/**
 * Saltelli's design for k parameters and base size n (a power of 2 recommended): a 2k-dimensional Sobol' sequence of n
 * points, A its first k columns and B its last k, then the cross matrices AB_i (and BA_i).
 */
export function saltelliDesign(k: number, n: number, options: SaltelliOptions = {}): SaltelliDesign {
  if (!Number.isInteger(k) || k < 1 || k > SALTELLI_MAX_PARAMETERS)
    throw new Error(`clustersim/saltelli: expected 1 to ${SALTELLI_MAX_PARAMETERS} parameters, got ${k}`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`clustersim/saltelli: expected a base sample size >= 1, got ${n}`);
  const secondOrder = options.secondOrder ?? false;
  const warnings: string[] = [];
  if ((n & (n - 1)) !== 0)
    warnings.push(
      `clustersim/saltelli: the base sample size ${n} is not a power of 2; the Sobol' points lose their balance ` +
        `(use ${2 ** Math.ceil(Math.log2(n))})`,
    );
  const base = sobolSequence(n, 2 * k, options);
  const unit: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, k);
    const b = row.slice(k);
    unit.push(a);
    for (let i = 0; i < k; i++) unit.push(a.map((x, c) => (c === i ? b[c] : x)));
    if (secondOrder) for (let i = 0; i < k; i++) unit.push(b.map((x, c) => (c === i ? a[c] : x)));
    unit.push(b);
  }
  return { k, n, secondOrder, stride: secondOrder ? 2 * k + 2 : k + 2, unit, warnings };
}

/** Unit coordinates mapped linearly onto [min, max] per parameter: min + u (max - min). */
export function scaleToRanges(
  unit: readonly (readonly number[])[],
  ranges: readonly (readonly [number, number])[],
): number[][] {
  ranges.forEach(([min, max], i) => {
    if (!Number.isFinite(min) || !Number.isFinite(max) || min > max)
      throw new Error(`clustersim/saltelli: range ${i + 1} must be finite with min <= max, got [${min}, ${max}]`);
  });
  return unit.map((u, row) => {
    if (u.length !== ranges.length)
      throw new Error(`clustersim/saltelli: point ${row + 1} has ${u.length} coordinates, expected ${ranges.length}`);
    return u.map((x, i) => ranges[i][0] + x * (ranges[i][1] - ranges[i][0]));
  });
}

/** The design's points over the specs' ranges (listed values are picked by stratum), in the design's order. */
export function saltelliPoints(specs: readonly ParamSpec[], design: SaltelliDesign): Point[] {
  if (specs.length !== design.k)
    throw new Error(`clustersim/saltelli: ${specs.length} parameters for a design of ${design.k}`);
  return design.unit.map((u) => Object.fromEntries(specs.map((spec, d) => [spec.path, valueAt(spec, u[d])])));
}

/** The unit coordinates of saltelliDesign(k, n, options) alone (its warnings dropped: ask saltelliDesign for them). */
export function saltelliSample(k: number, n: number, options: SaltelliOptions = {}): number[][] {
  return saltelliDesign(k, n, options).unit;
}
