// Morris's elementary-effects design (Morris 1991; Campolongo et al. 2007): r trajectories of k + 1 points on a p-level
// grid, each moving one parameter at a time by delta = p / (2 (p - 1)); and the mu, mu* and sigma of the effects.
import { createRng, deriveSeed, randomInt } from '../../random/rng.js';
import { valueAt, type ParamSpec } from '../params.js';
import type { Point } from '../apply-point.js';

export interface Trajectory {
  /** Unit coordinates of its k + 1 points. */
  unit: number[][];
  /** Which parameter moves between point s and s + 1. */
  order: number[];
  /** Signed step of that move, +delta or -delta. */
  step: number[];
}

/** r random trajectories on a p-level grid of k dimensions (p even, so that every level is reached equally often). */
export function morrisTrajectories(k: number, r: number, p: number, seed: number | string): Trajectory[] {
  if (!Number.isInteger(p) || p < 2 || p % 2 !== 0)
    throw new Error(`clustersim/morris: expected an even number of levels >= 2, got ${p}`);
  if (!Number.isInteger(r) || r < 1) throw new Error(`clustersim/morris: expected trajectories >= 1, got ${r}`);
  const rng = createRng(deriveSeed(seed, 'morris'));
  const delta = p / (2 * (p - 1));
  const starts = p / 2;
  return Array.from({ length: r }, () => {
    const x = Array.from({ length: k }, () => randomInt(rng, starts) / (p - 1));
    const up = Array.from({ length: k }, () => rng() < 0.5);
    const point = x.map((v, d) => (up[d] ? v : v + delta));
    const order = Array.from({ length: k }, (_, d) => d);
    for (let i = k - 1; i > 0; i--) {
      const j = randomInt(rng, i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const unit = [point.slice()];
    const step = order.map((d) => {
      const s = up[d] ? delta : -delta;
      point[d] = Math.round((point[d] + s) * (p - 1)) / (p - 1);
      unit.push(point.slice());
      return s;
    });
    return { unit, order, step };
  });
}

/** The design points of the trajectories, trajectory after trajectory. */
export function morrisDesign(specs: readonly ParamSpec[], trajectories: readonly Trajectory[]): Point[] {
  return trajectories.flatMap((t) =>
    t.unit.map((u) => Object.fromEntries(specs.map((spec, d) => [spec.path, valueAt(spec, u[d])]))),
  );
}

export interface MorrisIndex {
  /** Mean elementary effect (signed), per unit of the parameter's whole range. */
  mu: number;
  /** Mean absolute elementary effect: the parameter's importance. */
  muStar: number;
  /** Standard deviation of the effects: interactions and non-linearity. */
  sigma: number;
}

/** mu, mu* and sigma of each parameter, from the outcome at every design point (points in morrisDesign order). */
export function morrisIndices(
  trajectories: readonly Trajectory[],
  outcome: readonly number[],
  k: number,
): MorrisIndex[] {
  const effects: number[][] = Array.from({ length: k }, () => []);
  let offset = 0;
  for (const t of trajectories) {
    t.order.forEach((d, s) => effects[d].push((outcome[offset + s + 1] - outcome[offset + s]) / t.step[s]));
    offset += t.unit.length;
  }
  return effects.map((e) => {
    const n = e.length;
    const mu = e.reduce((a, b) => a + b, 0) / n;
    const muStar = e.reduce((a, b) => a + Math.abs(b), 0) / n;
    const sigma = n > 1 ? Math.sqrt(e.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : 0;
    return { mu, muStar, sigma };
  });
}
