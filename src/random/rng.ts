// The run's one seeded generator and the draws built on it.
// Every random number of a run comes from an Rng created here; the global, unseeded generator is never used.
import seedrandom from 'seedrandom';

/** A seeded source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * Creates the generator of a run from its seed (Alea, from seedrandom), its first output discarded: Alea's first output
 * moves in near-equal steps between seeds that differ only in their last character (1/run/5, 1/run/6, ... give 0.259,
 * 0.328, 0.398, ...), so runs, steps and Louvain passes seeded by deriveSeed would start in step; from the second
 * output on, such seeds are unrelated (tests/random/rng.test.ts).
 */
export function createRng(seed: number | string): Rng {
  const rng = seedrandom.alea(String(seed)) as unknown as Rng;
  rng();
  return rng;
}

/** A child seed derived deterministically from a parent seed and labels (run index, worker, ...). */
export function deriveSeed(seed: number | string, ...labels: (number | string)[]): string {
  return [String(seed), ...labels.map(String)].join('/');
}

/** A uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A uniform number in [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/**
 * A Poisson draw by Knuth's product method, exact for the small means the model uses (< 30); larger means use a rounded
 * normal.
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const u1 = rng() || Number.MIN_VALUE;
    const u2 = rng();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * Index in [0, count) drawn with probability proportional to weights[i]; one uniform draw; -1 when all weights are 0.
 */
export function pickWeighted(rng: Rng, weights: ArrayLike<number>, count = weights.length): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += weights[i];
  return pickWeightedOf(rng, weights, count, total);
}

/**
 * pickWeighted when the caller has already summed the weights in index order (`total`, the same sum pickWeighted
 * makes): the hot callers sum them as they write them, one pass fewer.
 */
export function pickWeightedOf(rng: Rng, weights: ArrayLike<number>, count: number, total: number): number {
  if (total <= 0) return -1;
  let x = rng() * total;
  let last = -1;
  for (let i = 0; i < count; i++) {
    const w = weights[i];
    if (w <= 0) continue;
    last = i;
    x -= w;
    if (x < 0) return i;
  }
  return last;
}

/** The logistic function 1 / (1 + e^-x). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Grid of the logistic bound: points -32, -32 + 1/16, ..., 32. */
const GRID_LOW = -32;
const GRID_STEPS = 16;
/**
 * logistic at each grid point, nudged up by 1e-9 of itself: at least the computed logistic of any x at or below the
 * point.
 */
const LOGISTIC_CEILING = Float64Array.from(
  { length: 64 * GRID_STEPS + 1 },
  (_, k) => logistic(GRID_LOW + k / GRID_STEPS) * (1 + 1e-9),
);

/**
 * Exactly `u < scale * logistic(x)` (scale >= 0), without the exponential when a bound already decides: most draws of a
 * rare event fall above scale x (a ceiling of logistic(x) from a 1/16 grid). Tie formation and leaving ask this about
 * a million times a run.
 */
export function belowScaledLogistic(u: number, scale: number, x: number): boolean {
  if (u >= scale) return false;
  const k = Math.ceil((x - GRID_LOW) * GRID_STEPS);
  const ceiling = k <= 0 ? LOGISTIC_CEILING[0] : k < LOGISTIC_CEILING.length ? LOGISTIC_CEILING[k] : 1;
  if (u >= scale * ceiling) return false;
  return u < scale * logistic(x);
}
