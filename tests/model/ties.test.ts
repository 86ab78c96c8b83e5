// The tie store: bad input first (self-ties, duplicates), then adding, finding, dropping, slot reuse, growth and use.
import { describe, expect, it } from 'vitest';
import { addTie, createTies, dropTie, findTie, fitTies, otherEnd, tiesOf, useTie } from '../../src/model/ties.js';
import { createRng, randomInt } from '../../src/random/rng.js';
import { ORIGIN_EVENT, ORIGIN_INITIAL, type Ties } from '../../src/model/types.js';
import { tieStoreViolations } from '../helpers/invariants.js';

const tie = { trust: 0.4, strength: 0.5, step: 3, origin: ORIGIN_EVENT };

describe('createTies on bad input', () => {
  it('throws on an agent count or a capacity that is not a whole number >= 0', () => {
    expect(() => createTies(-1)).toThrow('clustersim/ties: agent count: expected an integer >= 0, got -1');
    expect(() => createTies(2.5)).toThrow('clustersim/ties: agent count: expected an integer >= 0, got 2.5');
    expect(() => createTies(3, -4)).toThrow('clustersim/ties: capacity: expected an integer >= 0, got -4');
    expect(() => createTies(3, Number.NaN)).toThrow('clustersim/ties: capacity: expected an integer >= 0, got NaN');
  });
});

describe('addTie on bad input', () => {
  it('throws on a self-tie', () => {
    const ties = createTies(3);
    expect(() => addTie(ties, 1, 1, tie)).toThrow('clustersim/ties: self-tie on agent 1');
    expect(ties.count).toBe(0);
  });

  it('throws on a duplicate, in either order, and leaves the store unchanged', () => {
    const ties = createTies(3);
    addTie(ties, 0, 2, tie);
    expect(() => addTie(ties, 0, 2, tie)).toThrow('clustersim/ties: duplicate tie 0-2');
    expect(() => addTie(ties, 2, 0, tie)).toThrow('clustersim/ties: duplicate tie 2-0');
    expect(ties.count).toBe(1);
    expect(tieStoreViolations(ties)).toEqual([]);
  });
});

describe('addTie and findTie', () => {
  it('stores the ends ordered and every attribute, and finds the tie from either end', () => {
    const ties = createTies(3);
    const slot = addTie(ties, 2, 0, tie);
    expect(slot).toBe(0);
    expect([ties.a[slot], ties.b[slot]]).toEqual([0, 2]);
    expect([
      ties.trust[slot],
      ties.strength[slot],
      ties.createdAt[slot],
      ties.lastUsed[slot],
      ties.origin[slot],
    ]).toEqual([0.4, 0.5, 3, 3, ORIGIN_EVENT]);
    expect(findTie(ties, 0, 2)).toBe(0);
    expect(findTie(ties, 2, 0)).toBe(0);
    expect(findTie(ties, 0, 1)).toBe(-1);
    expect([0, 1, 2].map((i) => tiesOf(ties, i))).toEqual([[0], [], [0]]);
    expect(ties.count).toBe(1);
  });

  it('grows past its initial capacity and keeps every tie', () => {
    const ties = createTies(5, 2);
    for (let j = 1; j < 5; j++) addTie(ties, 0, j, { ...tie, trust: j / 10 });
    expect(ties.alive.length).toBe(4);
    expect(ties.size).toBe(4);
    expect(Array.from(ties.trust)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(findTie(ties, 4, 0)).toBe(3);
    expect(tieStoreViolations(ties)).toEqual([]);
  });
});

describe('per-agent blocks', () => {
  it('start in agent-id order with the room asked for (at least 4)', () => {
    const ties = createTies(3, 4, [2, 10, 5]);
    expect(Array.from(ties.first)).toEqual([0, 4, 14]);
    expect(Array.from(ties.room)).toEqual([4, 10, 5]);
    expect(ties.poolUsed).toBe(19);
  });

  it("move a full block to the pool's end with twice the room, keeping its order", () => {
    const ties = createTies(8, 16, 4);
    const poolEnd = ties.poolUsed;
    for (let j = 1; j <= 5; j++) addTie(ties, 0, j, tie);
    expect(ties.first[0]).toBe(poolEnd);
    expect(ties.room[0]).toBe(8);
    expect(tiesOf(ties, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(findTie(ties, 5, 0)).toBe(4);
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('repack into a bigger pool in agent-id order when the pool is full, with a quarter more room than the blocks', () => {
    // 70 blocks of 4 in a pool of 350; agent 0's block moves to 8, 16 and 32 entries at the end, then 64 and 128 do not
    // fit.
    const many = createTies(70, 4, 4);
    for (let j = 1; j < 70; j++) addTie(many, 0, j, tie);
    expect(many.first[0]).toBe(0);
    expect(many.room[0]).toBe(128);
    expect(Array.from(many.first.subarray(1, 3))).toEqual([128, 132]);
    expect(many.partner.length).toBe(128 + 69 * 4 + 101); // a quarter more, rounded down
    expect(tiesOf(many, 0)).toEqual(Array.from({ length: 69 }, (_, k) => k));
    expect(tiesOf(many, 69)).toEqual([68]);
    expect(tieStoreViolations(many)).toEqual([]);
  });

  it("fill a dropped tie's place with the block's last entry", () => {
    const ties = createTies(5);
    for (let j = 1; j < 5; j++) addTie(ties, 0, j, tie);
    dropTie(ties, 1);
    expect(tiesOf(ties, 0)).toEqual([0, 3, 2]);
    expect(Array.from(ties.partner.subarray(ties.first[0], ties.first[0] + 3))).toEqual([1, 4, 3]);
  });
});

describe('dropTie', () => {
  it('removes the tie from the index, both ends and the count, and frees its slot', () => {
    const ties = createTies(3);
    addTie(ties, 0, 1, tie);
    addTie(ties, 0, 2, tie);
    addTie(ties, 1, 2, tie);
    dropTie(ties, 0);
    expect(findTie(ties, 0, 1)).toBe(-1);
    expect(ties.count).toBe(2);
    expect([0, 1, 2].map((i) => tiesOf(ties, i))).toEqual([[1], [2], [1, 2]]);
    expect(ties.free).toEqual([0]);
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('reuses the last freed slot first (a stack) for the next tie', () => {
    const ties = createTies(4);
    addTie(ties, 0, 1, tie);
    addTie(ties, 0, 2, tie);
    addTie(ties, 0, 3, tie);
    dropTie(ties, 0);
    dropTie(ties, 2);
    expect(addTie(ties, 1, 2, { ...tie, origin: ORIGIN_INITIAL })).toBe(2);
    expect(addTie(ties, 1, 3, tie)).toBe(0);
    expect(addTie(ties, 2, 3, tie)).toBe(3);
    expect(ties.size).toBe(4);
    expect(ties.origin[2]).toBe(ORIGIN_INITIAL);
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('lets a dropped pair be tied again', () => {
    const ties = createTies(2);
    addTie(ties, 0, 1, tie);
    dropTie(ties, 0);
    expect(addTie(ties, 1, 0, tie)).toBe(0);
    expect(findTie(ties, 0, 1)).toBe(0);
  });
});

describe('otherEnd and useTie', () => {
  it('returns the end that is not the given agent', () => {
    const ties = createTies(6);
    const slot = addTie(ties, 5, 3, tie);
    expect(otherEnd(ties, slot, 3)).toBe(5);
    expect(otherEnd(ties, slot, 5)).toBe(3);
  });

  it('strengthens a used tie by w += rate (1 - w) and marks the step', () => {
    const ties = createTies(2);
    const slot = addTie(ties, 0, 1, tie);
    useTie(ties, slot, 7, 0.2);
    expect(ties.strength[slot]).toBeCloseTo(0.6, 15);
    expect(ties.lastUsed[slot]).toBe(7);
    expect(ties.createdAt[slot]).toBe(3);
    useTie(ties, slot, 8, 0.2);
    expect(ties.strength[slot]).toBeCloseTo(0.68, 15);
  });
});

/** Every column of the live slots, and each agent's block in order: what no change of memory may alter. */
function contents(ties: Ties) {
  const slots = [];
  for (let s = 0; s < ties.size; s++)
    if (ties.alive[s] === 1)
      slots.push([s, ties.a[s], ties.b[s], ties.trust[s], ties.strength[s], ties.createdAt[s], ties.lastUsed[s]]);
  const blocks = Array.from(ties.degree, (_, i) => [
    tiesOf(ties, i),
    Array.from(ties.partner.subarray(ties.first[i], ties.first[i] + ties.degree[i])),
  ]);
  return { size: ties.size, count: ties.count, free: [...ties.free], slots, blocks };
}

/** Adds and drops ties at random (seeded) in both stores alike. */
function churn(stores: Ties[], agents: number, operations: number, seed: string): void {
  const rng = createRng(seed);
  for (let k = 0; k < operations; k++) {
    const i = randomInt(rng, agents);
    const j = randomInt(rng, agents);
    if (i === j) continue;
    const slot = findTie(stores[0], i, j);
    const drop = slot >= 0 && rng() < 0.4;
    for (const ties of stores) {
      if (drop) dropTie(ties, slot);
      else if (slot < 0) addTie(ties, i, j, { ...tie, trust: k / operations, step: k });
    }
  }
}

describe('fitTies', () => {
  it('sizes the slots and blocks from what is in use: a quarter more, blocks of at least 4, packed in id order', () => {
    const ties = createTies(4, 1024, 40);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [2, 3],
    ])
      addTie(ties, i, j, tie);
    dropTie(ties, 1);
    fitTies(ties);
    expect(ties.alive.length).toBe(6);
    expect(Array.from(ties.room)).toEqual([4, 4, 4, 4]);
    expect(Array.from(ties.first)).toEqual([0, 4, 8, 12]);
    expect(ties.poolUsed).toBe(16);
    expect(ties.partner.length).toBe(64);
    expect([0, 1, 2, 3].map((i) => tiesOf(ties, i))).toEqual([
      [0, 2],
      [0, 3],
      [4, 3],
      [2, 4],
    ]);
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('gives a block of many partners a quarter more room than its degree, and one', () => {
    const ties = createTies(40, 8, 4);
    for (let j = 1; j < 40; j++) addTie(ties, 0, j, tie);
    fitTies(ties);
    expect(ties.room[0]).toBe(39 + 9 + 1);
    expect(ties.room[1]).toBe(4);
    expect(tiesOf(ties, 0)).toEqual(Array.from({ length: 39 }, (_, k) => k));
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('changes no slot, no order of partners and no later slot: a fitted store and a roomy one stay alike', () => {
    const roomy = createTies(60, 4096, 64);
    const fitted = createTies(60, 4, 4);
    churn([roomy, fitted], 60, 600, 'seed-a');
    const before = contents(fitted);
    fitTies(fitted);
    expect(contents(fitted)).toEqual(before);
    expect(contents(fitted)).toEqual(contents(roomy));
    const fittedSlots = fitted.alive.length;
    const fittedRooms = Array.from(fitted.room);
    // Growing again past the fitted sizes (slots and blocks) keeps the two stores alike.
    churn([roomy, fitted], 60, 3000, 'seed-b');
    expect(fitted.alive.length).toBeGreaterThan(fittedSlots);
    expect(fittedRooms.some((room, i) => fitted.room[i] > room)).toBe(true);
    expect(fitted.alive.length).toBeLessThan(roomy.alive.length);
    expect(fitted.partner.length).toBeLessThan(roomy.partner.length);
    expect(contents(fitted)).toEqual(contents(roomy));
    for (let i = 0; i < 60; i++) for (let j = 0; j < 60; j++) expect(findTie(fitted, i, j)).toBe(findTie(roomy, i, j));
    expect(tieStoreViolations(fitted)).toEqual([]);
  });
});
