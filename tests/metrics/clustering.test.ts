// Average local clustering on hand-built CSRs: empty and degree-one graphs first, then a triangle with a pendant
// (7/12); triangle counts by hand and against a brute-force count on seeded random graphs with hubs.
import { describe, expect, it } from 'vitest';
import { averageClustering, triangleCounts } from '../../src/metrics/clustering.js';
import { createRng, randomInt } from '../../src/random/rng.js';
import { csrOf } from '../helpers/networks.js';

describe('averageClustering', () => {
  it('is 0 for an empty graph and for nodes with fewer than two neighbours', () => {
    expect(averageClustering(csrOf(0, []))).toBe(0);
    expect(averageClustering(csrOf(3, []))).toBe(0);
    expect(averageClustering(csrOf(2, [[0, 1]]))).toBe(0);
  });

  it('is 0 for a path, where no neighbours are linked', () => {
    expect(
      averageClustering(
        csrOf(3, [
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toBe(0);
  });

  it('is 1 for a triangle', () => {
    expect(
      averageClustering(
        csrOf(3, [
          [0, 1],
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBe(1);
  });

  it('is (1/3 + 1 + 1 + 0) / 4 = 7/12 for a triangle with a pendant', () => {
    expect(
      averageClustering(
        csrOf(4, [
          [0, 1],
          [1, 2],
          [0, 2],
          [0, 3],
        ]),
      ),
    ).toBeCloseTo(7 / 12, 15);
  });

  it('counts isolated nodes in the mean: a triangle and an isolated node give 3/4', () => {
    expect(
      averageClustering(
        csrOf(4, [
          [0, 1],
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBe(0.75);
  });

  it("is 2/3 at the ends of a square's diagonal and 1 at its other two corners", () => {
    // Square 0-1-2-3 with diagonal 0-2: nodes 0 and 2 have 3 neighbours and 2 links (2/3); nodes 1 and 3 have 2 linked
    // neighbours (1).
    expect(
      averageClustering(
        csrOf(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
          [0, 2],
        ]),
      ),
    ).toBeCloseTo((2 / 3 + 1 + 2 / 3 + 1) / 4, 15);
  });
});

describe('triangleCounts', () => {
  it('is 0 everywhere without triangles, and counts each triangle once at each of its corners', () => {
    expect(Array.from(triangleCounts(csrOf(0, [])))).toEqual([]);
    expect(
      Array.from(
        triangleCounts(
          csrOf(4, [
            [0, 1],
            [1, 2],
            [2, 3],
          ]),
        ),
      ),
    ).toEqual([0, 0, 0, 0]);
    // K4: every node is in 3 triangles; a pendant 4 on node 0 is in none.
    const k4 = csrOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
      [0, 4],
    ]);
    expect(Array.from(triangleCounts(k4))).toEqual([3, 3, 3, 3, 0]);
  });

  it('agrees with a brute-force count over all triples on seeded random graphs with hubs', () => {
    const rng = createRng('triangles');
    for (let round = 0; round < 20; round++) {
      const n = 5 + randomInt(rng, 30);
      const seen = new Set<string>();
      const edges: [number, number][] = [];
      for (let k = 0; k < 3 * n; k++) {
        // Half the edges touch node 0 or 1, so that there are hubs of high degree.
        const u = rng() < 0.5 ? randomInt(rng, 2) : randomInt(rng, n);
        const v = randomInt(rng, n);
        const key = `${Math.min(u, v)}-${Math.max(u, v)}`;
        if (u === v || seen.has(key)) continue;
        seen.add(key);
        edges.push([u, v]);
      }
      const linked = (u: number, v: number) => seen.has(`${Math.min(u, v)}-${Math.max(u, v)}`);
      const expected = new Array(n).fill(0);
      for (let a = 0; a < n; a++)
        for (let b = a + 1; b < n; b++)
          for (let c = b + 1; c < n; c++) {
            if (linked(a, b) && linked(b, c) && linked(a, c)) expected[a]++, expected[b]++, expected[c]++;
          }
      expect(Array.from(triangleCounts(csrOf(n, edges)))).toEqual(expected);
    }
  });
});
