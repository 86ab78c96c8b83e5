// Share of members in the largest connected component: empty and trivial networks first, then hand-built ones.
import { describe, expect, it } from 'vitest';
import { findRoot, largestComponent, resetComponents, unite, uniteBySize } from '../../src/metrics/components.js';
import { giantComponentShare as shareOf } from '../../src/metrics/network.js';
import { tallyNetwork } from '../../src/metrics/tally.js';
import type { Model } from '../../src/model/types.js';
import { eightAgents, firmNetwork as firms } from '../helpers/networks.js';

const giantComponentShare = (model: Model) => shareOf(tallyNetwork(model));

describe('giantComponentShare', () => {
  it('is 0 without members', () => {
    expect(giantComponentShare(firms(2, [[0, 1]], [0, 1]))).toBe(0);
  });

  it('is 1 / n when no member is tied', () => {
    expect(giantComponentShare(firms(4, []))).toBe(0.25);
  });

  it('is 1 for a connected pair', () => {
    expect(giantComponentShare(firms(2, [[0, 1]]))).toBe(1);
  });

  it('finds the larger of two components: a path of 3 and a pair', () => {
    expect(
      giantComponentShare(
        firms(5, [
          [0, 1],
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe(0.6);
  });

  it('does not connect members through an outsider', () => {
    // 0 - 1 (outsider) - 2: members 0, 2 and 3 are three components of one.
    expect(
      giantComponentShare(
        firms(
          4,
          [
            [0, 1],
            [1, 2],
          ],
          [1],
        ),
      ),
    ).toBeCloseTo(1 / 3, 15);
  });

  it('merges components joined late in slot order (union-find by any order)', () => {
    expect(
      giantComponentShare(
        firms(6, [
          [4, 5],
          [0, 1],
          [2, 3],
          [1, 5],
          [3, 0],
        ]),
      ),
    ).toBe(1);
  });

  it('is 6 / 7 on the eight-agent model, where firm 7 is tied only to an outsider', () => {
    expect(giantComponentShare(eightAgents())).toBeCloseTo(6 / 7, 15);
  });
});

describe('union-find', () => {
  it('unites components and measures the largest among the included nodes only', () => {
    const parent = new Int32Array(6);
    resetComponents(parent);
    unite(parent, 4, 5);
    unite(parent, 0, 1);
    unite(parent, 1, 5);
    expect([0, 1, 4, 5].map((x) => findRoot(parent, x))).toEqual([0, 0, 0, 0]);
    expect(findRoot(parent, 2)).toBe(2);
    expect(largestComponent(parent, Uint8Array.of(1, 1, 1, 1, 1, 1), new Int32Array(6))).toBe(4);
    expect(largestComponent(parent, Uint8Array.of(0, 0, 1, 1, 0, 1), new Int32Array(6))).toBe(1);
    expect(largestComponent(parent, new Uint8Array(6), new Int32Array(6))).toBe(0);
  });
});

describe('uniteBySize', () => {
  it('returns 0 for two nodes already joined, and leaves the sizes alone', () => {
    const parent = new Int32Array(3);
    resetComponents(parent);
    const size = Int32Array.of(1, 1, 1);
    expect(uniteBySize(parent, size, 0, 1)).toBe(2);
    expect(uniteBySize(parent, size, 1, 0)).toBe(0);
    expect(Array.from(size)).toEqual([2, 1, 1]);
  });

  it('puts the smaller component under the larger and returns the joined size, counting only what size counts', () => {
    // Nodes 0..5; node 5 weighs 0 (not a member). {1, 2, 3} joins {4}: 4 goes under 1's root, whatever the ids.
    const parent = new Int32Array(6);
    resetComponents(parent);
    const size = Int32Array.of(1, 1, 1, 1, 1, 0);
    expect(uniteBySize(parent, size, 2, 1)).toBe(2);
    expect(uniteBySize(parent, size, 3, 1)).toBe(3);
    const root = findRoot(parent, 1);
    expect(uniteBySize(parent, size, 4, 3)).toBe(4);
    expect(findRoot(parent, 4)).toBe(root);
    expect(uniteBySize(parent, size, 5, 0)).toBe(1);
    expect([0, 1, 2, 3, 4, 5].map((x) => findRoot(parent, x) === root)).toEqual([false, true, true, true, true, false]);
  });
});
