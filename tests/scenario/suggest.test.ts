// "Did you mean": nothing for far names first, then the closest name by edit distance, case-insensitive.
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/scenario/suggest.js';

const KEYS = ['seed', 'steps', 'startYear', 'name', 'population', 'levers'];

describe('suggest', () => {
  it('suggests nothing for an empty list or a name far from every candidate', () => {
    expect(suggest('seed', [])).toBeUndefined();
    expect(suggest('qwertyuiop', KEYS)).toBeUndefined();
    expect(suggest('xyz', ['park', 'region', 'national'])).toBeUndefined();
  });

  it('answers at once for a huge name (a 1 MiB key is not compared letter by letter)', () => {
    const started = performance.now();
    expect(suggest('x'.repeat(1_000_000), KEYS)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('suggests the closest name within two edits for short names', () => {
    expect(suggest('sed', KEYS)).toBe('seed');
    expect(suggest('stpes', KEYS)).toBe('steps');
    expect(suggest('levres', KEYS)).toBe('levers');
  });

  it("allows about a third of a long name's length in edits", () => {
    expect(suggest('populatoin', KEYS)).toBe('population');
    expect(suggest('popul', KEYS)).toBeUndefined();
  });

  it('ignores case', () => {
    expect(suggest('STARTYEAR', KEYS)).toBe('startYear');
  });

  it('keeps the first of equally close names', () => {
    expect(suggest('ab', ['ax', 'ay'])).toBe('ax');
  });
});
