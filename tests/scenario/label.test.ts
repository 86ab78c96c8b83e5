// The label of a scenario the command line changed: its name and the count of overrides, the seed not counted.
import { describe, expect, it } from 'vitest';
import { modifyingOverrides, scenarioLabel } from '../../src/scenario/label.js';

describe('scenario/label', () => {
  it('keeps the name of a scenario no override changed, the seed included', () => {
    expect(scenarioLabel('baseline')).toBe('baseline');
    expect(scenarioLabel('baseline', ['seed=4'])).toBe('baseline');
    expect(scenarioLabel('baseline', [' seed = 4'])).toBe('baseline');
  });

  it('counts every other override, --steps and region choices included', () => {
    expect(scenarioLabel('baseline', ['steps=24'])).toBe('baseline (modified: 1 override)');
    expect(scenarioLabel('baseline', ['population.regions=[gangwon]', 'seed=2', 'seedling.x=1'])).toBe(
      'baseline (modified: 2 overrides)',
    );
    expect(modifyingOverrides(['seed=1', 'levers.scope=region'])).toEqual(['levers.scope=region']);
  });
});
