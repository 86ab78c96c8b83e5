// Latin hypercube design (McKay, Beckman & Conover 1979): n points in [0, 1)^k, one in each of n equal strata of every
// dimension, at a random position within its stratum; seeded, so the same seed gives the same design.
import { createRng, deriveSeed, randomInt } from '../../random/rng.js';
import { valueAt, type ParamSpec } from '../params.js';
import type { Point } from '../apply-point.js';

/** n points in the unit hypercube of k dimensions: unit[i][d]. */
export function latinHypercube(n: number, k: number, seed: number | string): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`clustersim/lhs: expected a sample size >= 1, got ${n}`);
  const rng = createRng(deriveSeed(seed, 'lhs'));
  const unit = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let d = 0; d < k; d++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = randomInt(rng, i + 1);
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) unit[i][d] = (strata[i] + rng()) / n;
  }
  return unit;
}

/** A Latin hypercube over the specs' ranges (listed values are picked by stratum). */
export function lhsDesign(specs: readonly ParamSpec[], n: number, seed: number | string): Point[] {
  return latinHypercube(n, specs.length, seed).map((u) =>
    Object.fromEntries(specs.map((spec, d) => [spec.path, valueAt(spec, u[d])])),
  );
}
