// --param specs: bad syntax and unknown parameters first, then lists, ranges and levels.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { levelsOf, parameterPaths, parseParam, parseParams, valueAt } from '../../src/experiments/params.js';

/** The message of the UserError a spec throws (anything else escaping would be a crash). */
function userError(spec: string): string {
  try {
    parseParam(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`${spec} was accepted`);
}

describe('parseParam on hostile specs', () => {
  it('reports prototype names in a path as unknown parameters', () => {
    expect(userError('__proto__=1')).toBe('--param "__proto__=1": unknown parameter "__proto__"');
    expect(userError('toString=1,2')).toBe('--param "toString=1,2": unknown parameter "toString"');
    expect(userError('constructor.name=x')).toBe('--param "constructor.name=x": unknown parameter "constructor.name"');
    expect(userError('levers.constructor=1')).toBe(
      '--param "levers.constructor=1": unknown parameter "levers.constructor"',
    );
    expect(userError('decay.hasOwnProperty=0:1')).toBe(
      '--param "decay.hasOwnProperty=0:1": unknown parameter "decay.hasOwnProperty"',
    );
    expect(userError('tieFormation.capacity.__proto__=1')).toBe(
      '--param "tieFormation.capacity.__proto__=1": unknown parameter "tieFormation.capacity.__proto__": did you mean "tieFormation.capacity.firm"?',
    );
  });

  it('keeps YAML aliases, collections and bad syntax in a value list as text rather than crashing', () => {
    expect(parseParam('levers.scope=*a,park')).toEqual({
      path: 'levers.scope',
      kind: 'values',
      values: ['*a', 'park'],
    });
    expect(parseParam('levers.scope=[y,{z: 1}')).toEqual({
      path: 'levers.scope',
      kind: 'values',
      values: ['[y', '{z: 1}'],
    });
    expect(parseParam('levers.scope=&a x')).toEqual({ path: 'levers.scope', kind: 'values', values: ['x'] });
    expect(parseParam('seed=-0,1')).toEqual({ path: 'seed', kind: 'values', values: [0, 1] });
  });

  it('caps the levels of a range and the values of a list at 1000', () => {
    expect(userError('decay.ratePerMonth=0:1:1001')).toBe(
      '--param "decay.ratePerMonth=0:1:1001": levels must be at most 1000, got 1001',
    );
    expect(userError('decay.ratePerMonth=0:1:1e9')).toBe(
      '--param "decay.ratePerMonth=0:1:1e9": levels must be at most 1000, got 1e9',
    );
    const many = Array.from({ length: 1001 }, (_, k) => k).join(',');
    expect(userError(`seed=${many}`)).toBe(`--param "seed=${many}": at most 1000 values, got 1001`);
    expect(levelsOf(parseParam('decay.ratePerMonth=0:1:1000'), 4)).toHaveLength(1000);
  });

  it('refuses infinite range ends', () => {
    expect(userError('decay.ratePerMonth=0:1e400')).toBe(
      '--param "decay.ratePerMonth=0:1e400": max must be a number, got "1e400"',
    );
  });
});

describe('parseParam', () => {
  it('rejects specs without a value, unknown parameters (with a suggestion) and groups', () => {
    expect(() => parseParam('decay.ratePerMonth')).toThrow(/expected path=v1,v2,\.\.\. or path=min:max/);
    expect(() => parseParam('decay.ratePerMonth=')).toThrow(/expected path=/);
    expect(() => parseParam('decay.ratePerMont=0.1:0.2')).toThrow(
      /unknown parameter "decay.ratePerMont": did you mean "decay.ratePerMonth"\?/,
    );
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
    expect(parseParam('levers.scope=park,region')).toEqual({
      path: 'levers.scope',
      kind: 'values',
      values: ['park', 'region'],
    });
    expect(parseParam('levers.initiative=true,false')).toEqual({
      path: 'levers.initiative',
      kind: 'values',
      values: [true, false],
    });
    expect(parseParam('tieFormation.intercept=-5:-3')).toEqual({
      path: 'tieFormation.intercept',
      kind: 'range',
      min: -5,
      max: -3,
      integer: false,
    });
    expect(parseParam('search.maxTries=5:25:3')).toEqual({
      path: 'search.maxTries',
      kind: 'range',
      min: 5,
      max: 25,
      levels: 3,
      integer: true,
    });
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
