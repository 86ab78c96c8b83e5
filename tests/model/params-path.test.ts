// Reading and writing parameters by dotted path: missing paths first, then nested reads and writes.
import { describe, expect, it } from 'vitest';
import { getPath, setPath } from '../../src/model/params-path.js';

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
