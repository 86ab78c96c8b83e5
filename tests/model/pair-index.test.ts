// The open-addressing pair index: absent pairs first, then symmetric look-ups, deletion with tombstones, growth,
// and a seeded churn checked against a Map.
import { describe, expect, it } from 'vitest';
import { createPairIndex, deletePair, getPair, setPair } from '../../src/model/pair-index.js';
import { createRng, randomInt } from '../../src/random/rng.js';

describe('pair index on absent pairs', () => {
  it('finds nothing in an empty index and deletes nothing', () => {
    const index = createPairIndex(4);
    expect(getPair(index, 0, 1)).toBe(-1);
    expect(deletePair(index, 0, 1)).toBe(false);
    expect(index.size).toBe(0);
  });
});

describe('pair index', () => {
  it('finds a pair from either end', () => {
    const index = createPairIndex(4);
    setPair(index, 7, 3, 12);
    expect(getPair(index, 3, 7)).toBe(12);
    expect(getPair(index, 7, 3)).toBe(12);
    expect(getPair(index, 3, 8)).toBe(-1);
    expect(index.size).toBe(1);
  });

  it('forgets a deleted pair and lets it be set again', () => {
    const index = createPairIndex(4);
    setPair(index, 1, 2, 0);
    expect(deletePair(index, 2, 1)).toBe(true);
    expect(getPair(index, 1, 2)).toBe(-1);
    expect(deletePair(index, 1, 2)).toBe(false);
    setPair(index, 1, 2, 5);
    expect(getPair(index, 1, 2)).toBe(5);
    expect(index.size).toBe(1);
  });

  it('grows past its first capacity and keeps every pair', () => {
    const index = createPairIndex(2);
    for (let k = 0; k < 500; k++) setPair(index, k, k + 1000, k);
    expect(index.size).toBe(500);
    for (let k = 0; k < 500; k++) expect(getPair(index, k + 1000, k)).toBe(k);
  });

  it('agrees with a Map through a seeded churn of adds and deletes, and stays bounded', () => {
    const rng = createRng('pair-index');
    const index = createPairIndex(16);
    const reference = new Map<string, number>();
    const key = (i: number, j: number) => `${Math.min(i, j)}-${Math.max(i, j)}`;
    for (let t = 0; t < 20_000; t++) {
      const i = randomInt(rng, 40);
      const j = randomInt(rng, 40);
      if (i === j) continue;
      const present = reference.has(key(i, j));
      expect(getPair(index, i, j)).toBe(present ? reference.get(key(i, j)) : -1);
      if (present) {
        expect(deletePair(index, j, i)).toBe(true);
        reference.delete(key(i, j));
      } else {
        setPair(index, i, j, t);
        reference.set(key(i, j), t);
      }
      expect(index.size).toBe(reference.size);
    }
    for (let i = 0; i < 40; i++) {
      for (let j = 0; j < 40; j++) if (i !== j) expect(getPair(index, i, j)).toBe(reference.get(key(i, j)) ?? -1);
    }
    expect(index.capacity).toBeLessThanOrEqual(4096);
  });
});
