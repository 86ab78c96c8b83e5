// Reading and writing parameters by dotted path: prototype names and missing paths first, then nested reads and writes.
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS, getPath, isForbiddenKey, setPath } from '../../src/scenario/params-path.js';

describe('forbidden keys', () => {
  it('are every name of Object.prototype, and prototype', () => {
    expect([...FORBIDDEN_KEYS].sort()).toEqual([
      '__defineGetter__',
      '__defineSetter__',
      '__lookupGetter__',
      '__lookupSetter__',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'prototype',
      'toLocaleString',
      'toString',
      'valueOf',
    ]);
    expect(isForbiddenKey('toString')).toBe(true);
    expect(isForbiddenKey('scope')).toBe(false);
    expect(isForbiddenKey('proto')).toBe(false);
  });

  it('are refused by setPath anywhere in a path, and nothing is polluted', () => {
    for (const key of FORBIDDEN_KEYS) {
      const target: Record<string, unknown> = { levers: {} };
      expect(() => setPath(target, `${key}.polluted`, 1)).toThrow(
        `clustersim/params-path: "${key}.polluted" is not a parameter path`,
      );
      expect(() => setPath(target, `levers.${key}`, 1)).toThrow(
        `clustersim/params-path: "levers.${key}" is not a parameter path`,
      );
      expect(target).toEqual({ levers: {} });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('getPath', () => {
  it('returns undefined where the path leaves the object', () => {
    expect(getPath({ a: { b: 1 } }, 'a.c')).toBeUndefined();
    expect(getPath({ a: 1 }, 'a.b')).toBeUndefined();
    expect(getPath({ a: null }, 'a.b')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(getPath({}, 'toString')).toBeUndefined();
    expect(getPath({ a: {} }, 'a.constructor')).toBeUndefined();
  });

  it('reads nested values', () => {
    expect(getPath({ levers: { scope: 'region' } }, 'levers.scope')).toBe('region');
    expect(getPath({ budget: { subsidyLevel: 0 } }, 'budget.subsidyLevel')).toBe(0);
    expect(getPath({ a: { b: { c: false } } }, 'a.b')).toEqual({ c: false });
  });
});

describe('setPath', () => {
  it('writes a nested value and keeps its siblings', () => {
    const target: Record<string, unknown> = { levers: { scope: 'park', initiative: false } };
    setPath(target, 'levers.scope', 'national');
    expect(target).toEqual({ levers: { scope: 'national', initiative: false } });
  });

  it('creates plain objects on the way, replacing scalars in the way', () => {
    const target: Record<string, unknown> = { a: 3 };
    setPath(target, 'a.b.c', 1);
    setPath(target, 'x.y', true);
    expect(target).toEqual({ a: { b: { c: 1 } }, x: { y: true } });
  });
});
