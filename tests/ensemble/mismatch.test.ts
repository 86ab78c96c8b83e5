// The mismatch warning: population (counts, regions, scale), horizon and calendar, named with both values.
import { describe, expect, it } from 'vitest';
import { mismatchPaths, mismatchWarnings } from '../../src/ensemble/mismatch.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('ensemble/mismatch', () => {
  it('says nothing when only policies and levers differ', () => {
    const a = scenarioSchema.parse({ name: 'a' });
    const b = scenarioSchema.parse({
      name: 'b',
      levers: { scope: 'region' },
      policies: [{ at: 3, set: { 'budget.subsidyLevel': 0 } }],
    });
    expect(mismatchWarnings([a, b], ['a', 'b'])).toEqual([]);
  });

  it('names every difference in population, steps and startYear, for each scenario against the first', () => {
    const a = scenarioSchema.parse({ name: 'a' });
    const b = scenarioSchema.parse({
      name: 'b',
      steps: 72,
      startYear: 2006,
      population: { scale: 0.5, regions: ['gangwon', 'honam'] },
    });
    const c = scenarioSchema.parse({ name: 'c', population: { firmMembers: 100 } });
    expect(mismatchWarnings([a, b, a, c], ['a', 'b', 'a#3', 'c'])).toEqual([
      'b differs from a in steps 72 (a: 120), startYear 2006 (a: 2005), population.scale 0.5 (a: 1), population.regions [gangwon, honam] (a: [capital, daegyeong, chungcheong, dongnam, honam, gangwon]): its difference mixes the policy with another population, horizon or calendar',
      'c differs from a in population.firmMembers 100 (a: 4566): its difference mixes the policy with another population, horizon or calendar',
    ]);
  });

  it('covers every parameter of the population', () => {
    expect(mismatchPaths()).toEqual(
      expect.arrayContaining([
        'steps',
        'startYear',
        'population.scale',
        'population.regions',
        'population.nonJoinerFirmRatio',
      ]),
    );
  });
});
