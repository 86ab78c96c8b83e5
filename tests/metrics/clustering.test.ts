// Average local clustering on hand-built CSRs: empty and degree-one graphs first, then a triangle with a pendant (7/12).
import { describe, expect, it } from 'vitest';
import { averageClustering } from '../../src/metrics/clustering.js';
import { csrOf } from '../helpers/networks.js';

describe('averageClustering', () => {
  it('is 0 for an empty graph and for nodes with fewer than two neighbours', () => {
    expect(averageClustering(csrOf(0, []))).toBe(0);
    expect(averageClustering(csrOf(3, []))).toBe(0);
    expect(averageClustering(csrOf(2, [[0, 1]]))).toBe(0);
  });

  it('is 0 for a path, where no neighbours are linked', () => {
    expect(averageClustering(csrOf(3, [[0, 1], [1, 2]]))).toBe(0);
  });

  it('is 1 for a triangle', () => {
    expect(averageClustering(csrOf(3, [[0, 1], [1, 2], [0, 2]]))).toBe(1);
  });

  it('is (1/3 + 1 + 1 + 0) / 4 = 7/12 for a triangle with a pendant', () => {
    expect(averageClustering(csrOf(4, [[0, 1], [1, 2], [0, 2], [0, 3]]))).toBeCloseTo(7 / 12, 15);
  });

  it('counts isolated nodes in the mean: a triangle and an isolated node give 3/4', () => {
    expect(averageClustering(csrOf(4, [[0, 1], [1, 2], [0, 2]]))).toBe(0.75);
  });

  it('is 2/3 at the ends of a square\'s diagonal and 1 at its other two corners', () => {
    // Square 0-1-2-3 with diagonal 0-2: nodes 0 and 2 have 3 neighbours and 2 links (2/3); nodes 1 and 3 have 2 linked neighbours (1).
    expect(averageClustering(csrOf(4, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]]))).toBeCloseTo((2 / 3 + 1 + 2 / 3 + 1) / 4, 15);
  });
});
