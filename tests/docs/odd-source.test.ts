// The source of the ODD's numbers: a scenario and the model createModel builds from it.
import { describe, expect, it } from 'vitest';
import { oddSource, withPopulation } from '../../src/docs/odd-source.js';

describe('oddSource', () => {
  it('builds the model of the scenario at step 0 (the defaults when none is given)', () => {
    const tiny = oddSource({ population: { regions: ['gangwon'], scale: 0.1 } });
    expect(tiny.model.step).toBe(0);
    expect(tiny.model.mcs.count).toBe(6);
    expect(oddSource().model.mcs.count).toBe(81);
  });

  it('replaces population settings and keeps the others', () => {
    const scenario = { population: { regions: ['gangwon' as const], scale: 2 }, steps: 12 };
    expect(withPopulation(scenario, { scale: 0.1 })).toEqual({
      population: { regions: ['gangwon'], scale: 0.1 },
      steps: 12,
    });
    expect(withPopulation({}, { scale: 0.1 })).toEqual({ population: { scale: 0.1 } });
  });
});
