// Full factorial design: every combination of the levels of every parameter, the last parameter varying fastest.
import { levelsOf, type ParamSpec } from '../params.js';
import type { Point } from '../apply-point.js';

/** All combinations of the specs' levels (a range without :levels is cut into `defaultLevels`). */
export function factorialDesign(specs: readonly ParamSpec[], defaultLevels = 3): Point[] {
  let points: Point[] = [{}];
  for (const spec of specs) {
    const levels = levelsOf(spec, defaultLevels);
    points = points.flatMap((point) => levels.map((value) => ({ ...point, [spec.path]: value })));
  }
  return points;
}
