// --param specs: bad syntax and unknown parameters first, then lists, ranges and levels.
import { describe, expect, it } from 'vitest';
import { levelsOf, parameterPaths, parseParam, parseParams, valueAt } from '../../src/experiments/params.js';

describe('parseParam', () => {
  it('rejects specs without a value, unknown parameters (with a suggestion) and groups', () => {
    expect(() => parseParam('decay.ratePerMonth')).toThrow(/expected path=v1,v2,\.\.\. or path=min:max/);
    expect(() => parseParam('decay.ratePerMonth=')).toThrow(/expected path=/);
    expect(() => parseParam('decay.ratePerMont=0.1:0.2')).toThrow(/unknown parameter "decay.ratePerMont": did you mean "decay.ratePerMonth"\?/);
    expect(() => parseParam('policies=1')).toThrow(/unknown parameter/);
    expect(() => parseParam('decay=0.1')).toThrow(/"decay" is a group of parameters/);
    expect(() => parseParam('decay.ratePerMonth=0.2:0.1')).toThrow(/max must exceed min/);
    expect(() => parseParam('decay.ratePerMonth=a:0.1')).toThrow(/min must be a number/);
    expect(() => parseParam('decay.ratePerMonth=0:1:1')).toThrow(/levels must be an integer >= 2/);
    expect(() => parseParam('decay.ratePerMonth=0.1,,0.2')).toThrow(/an empty value/);
    expect(() => parseParams([])).toThrow(/name at least one parameter/);
    expect(() => parseParams(['decay.ratePerMonth=0.1', 'decay.ratePerMonth=0.2'])).toThrow(/given twice/);
  });

  it('reads value lists as YAML scalars and ranges as numbers, noting integers', () => {
    expect(parseParam('levers.scope=park,region')).toEqual({ path: 'levers.scope', kind: 'values', values: ['park', 'region'] });
    expect(parseParam('levers.initiative=true,false')).toEqual({ path: 'levers.initiative', kind: 'values', values: [true, false] });
    expect(parseParam('tieFormation.intercept=-5:-3')).toEqual({ path: 'tieFormation.intercept', kind: 'range', min: -5, max: -3, integer: false });
    expect(parseParam('search.maxTries=5:25:3')).toEqual({ path: 'search.maxTries', kind: 'range', min: 5, max: 25, levels: 3, integer: true });
  });

  it('lists every leaf parameter and nothing else', () => {
    const paths = parameterPaths();
    expect(paths).toContain('tieFormation.complementarity.firmFirm');
    expect(paths).toContain('seed');
    expect(paths).not.toContain('decay');
    expect(paths).not.toContain('policies');
  });
});

describe('values of a spec', () => {
  it('places a position along a range, rounding integers, and picks listed values by stratum', () => {
    const range = parseParam('decay.ratePerMonth=0.02:0.08');
    expect(valueAt(range, 0)).toBe(0.02);
    expect(valueAt(range, 0.5)).toBe(0.05);
    expect(valueAt(parseParam('search.maxTries=5:25'), 0.33)).toBe(12);
    const list = parseParam('levers.scope=park,region,national');
    expect([0, 0.34, 0.99, 1].map((u) => valueAt(list, u))).toEqual(['park', 'region', 'national', 'national']);
  });

  it('cuts ranges into levels for a factorial design', () => {
    expect(levelsOf(parseParam('decay.ratePerMonth=0.02:0.08'), 4)).toEqual([0.02, 0.04, 0.06, 0.08]);
    expect(levelsOf(parseParam('decay.ratePerMonth=0:1:3'), 4)).toEqual([0, 0.5, 1]);
    expect(levelsOf(parseParam('search.maxTries=1:2'), 5)).toEqual([1, 2]);
  });
});
