// The network layout: positions depend on the population only (not the seed, not the step), and agents do not overlap.
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/model/create-model.js';
import { step } from '../../src/engine/step.js';
import { layoutNetwork, sunflower } from '../../src/web/layout.js';

const classroom = { population: { regions: ['gangwon' as const] } };

describe('sunflower', () => {
  it('puts the first point near the centre and every point within the radius', () => {
    const points = Array.from({ length: 50 }, (_, k) => sunflower(k, 50, 2));
    expect(Math.hypot(...points[0])).toBeCloseTo(2 * Math.sqrt(0.5 / 50), 12);
    for (const [x, y] of points) expect(Math.hypot(x, y)).toBeLessThanOrEqual(2);
  });
});

describe('layoutNetwork', () => {
  it('gives the same positions for any seed and at any step', () => {
    const a = createModel(classroom, { seed: 1 });
    const b = createModel(classroom, { seed: 99 });
    const before = layoutNetwork(a);
    for (let t = 0; t < 3; t++) step(a);
    expect(layoutNetwork(a)).toEqual(before);
    expect(layoutNetwork(b)).toEqual(before);
  });

  it('places every agent at a distinct, finite point and labels each simulated region once', () => {
    const model = createModel({ population: { regions: ['gangwon', 'honam'] } });
    const layout = layoutNetwork(model);
    expect(layout.x.length).toBe(model.agents.count);
    const keys = new Set<string>();
    for (let i = 0; i < layout.x.length; i++) {
      expect(Number.isFinite(layout.x[i]) && Number.isFinite(layout.y[i])).toBe(true);
      keys.add(`${layout.x[i]},${layout.y[i]}`);
    }
    expect(keys.size).toBe(model.agents.count);
    expect(layout.labels.map((l) => l.text)).toEqual(['Honam (south-west)', 'Gangwon']);
    expect(layout.mcCount).toBe(model.mcs.count);
  });
});
