// Louvain communities and modularity: edgeless graphs first, then two disjoint triangles (2 communities, Q = 1/2),
// two triangles joined by a bridge (Q = 5/14), and modularity of hand-made partitions; each member's community for the
// network files, the partition the time series counts.
import { describe, expect, it } from 'vitest';
import { communities, memberCommunities } from '../../src/metrics/communities.js';
import { copyNetwork } from '../../src/model/to-graph.js';
import { louvain, modularity } from '../../src/metrics/louvain.js';
import { createRng } from '../../src/random/rng.js';
import { csrOf, firmNetwork } from '../helpers/networks.js';

const weighted = (csr: ReturnType<typeof csrOf>) => ({
  n: csr.n,
  offsets: csr.offsets,
  targets: csr.adj,
  weights: new Float64Array(csr.adj.length).fill(1),
});
const triangles: [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 2],
  [3, 4],
  [4, 5],
  [3, 5],
];

describe('modularity', () => {
  it('is 0 without edges', () => {
    expect(modularity(weighted(csrOf(3, [])), new Int32Array([0, 1, 2]))).toBe(0);
  });

  it('is 0 when every node is in one community', () => {
    expect(
      modularity(
        weighted(
          csrOf(3, [
            [0, 1],
            [1, 2],
            [0, 2],
          ]),
        ),
        new Int32Array(3),
      ),
    ).toBe(0);
  });

  it('is 1/6 for a path of four split in the middle', () => {
    // m = 3: each half has 1 internal edge (2/6) and degree 3 (3/6): 2 x (2/6 - 1/4) = 1/6.
    expect(
      modularity(
        weighted(
          csrOf(4, [
            [0, 1],
            [1, 2],
            [2, 3],
          ]),
        ),
        new Int32Array([0, 0, 1, 1]),
      ),
    ).toBeCloseTo(1 / 6, 15);
  });

  it('is negative when every edge runs between communities', () => {
    // One edge 0-1 in two communities: 0 - 2 x (1/2)^2 = -1/2.
    expect(modularity(weighted(csrOf(2, [[0, 1]])), new Int32Array([0, 1]))).toBe(-0.5);
  });
});

describe('louvain', () => {
  it('leaves each node alone in an edgeless graph', () => {
    expect(louvain(csrOf(3, []), createRng(1))).toEqual({
      community: new Int32Array([0, 1, 2]),
      count: 3,
      modularity: 0,
    });
  });

  it('finds two disjoint triangles: 2 communities, modularity 1/2', () => {
    const result = louvain(csrOf(6, triangles), createRng(1));
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(0.5, 15);
    const c = Array.from(result.community);
    expect(new Set(c.slice(0, 3)).size).toBe(1);
    expect(new Set(c.slice(3)).size).toBe(1);
    expect(c[0]).not.toBe(c[3]);
  });

  it('splits two triangles joined by a bridge: modularity 2 x (6/14 - 1/4) = 5/14, whatever the seed', () => {
    for (const seed of [1, 2, 3, 'x']) {
      const result = louvain(csrOf(6, [...triangles, [2, 3]]), createRng(seed));
      expect(result.count).toBe(2);
      expect(result.modularity).toBeCloseTo(5 / 14, 15);
    }
  });

  it('finds one community in a complete graph (modularity 0)', () => {
    const k4: [number, number][] = [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ];
    const result = louvain(csrOf(4, k4), createRng(1));
    expect(result.count).toBe(1);
    expect(result.modularity).toBeCloseTo(0, 15);
  });
});

describe('communities of a model', () => {
  it('counts every member as its own community, modularity 0, when there are no ties', () => {
    expect(communities(firmNetwork(3, []))).toEqual({ count: 3, modularity: 0 });
  });

  it('finds the two triangles among member firms, leaving the outsider out', () => {
    // Firms 0-2 and 3-5 form triangles; outsider 6 is tied to 0 and 3 and would otherwise bridge them.
    const model = firmNetwork(7, [...triangles, [6, 0], [6, 3]], [6]);
    const found = communities(model);
    expect(found.count).toBe(2);
    expect(found.modularity).toBeCloseTo(0.5, 15);
  });

  it("gives the same answer twice (its generator derives from the seed and step) without drawing from the model's", () => {
    const model = firmNetwork(6, [...triangles, [2, 3]]);
    expect(communities(model)).toEqual(communities(model));
    expect(model.rng.used).toBe(0);
  });
});

describe('memberCommunities', () => {
  it("gives each member its community, the outsider none, in the partition the model's measure counts", () => {
    const model = firmNetwork(7, [...triangles, [6, 0], [6, 3]], [6]);
    const community = memberCommunities(model, model.seed);
    expect(community[6]).toBe(-1);
    expect(new Set(community.slice(0, 3)).size).toBe(1);
    expect(new Set(community.slice(3, 6)).size).toBe(1);
    expect(community[0]).not.toBe(community[3]);
    expect(new Set(community.slice(0, 6)).size).toBe(communities(model).count);
  });

  it('gives the same partition for a copy of the network, and draws nothing from the model', () => {
    const model = firmNetwork(6, [...triangles, [2, 3]]);
    expect(memberCommunities(copyNetwork(model), model.seed)).toEqual(memberCommunities(model, model.seed));
    expect(model.rng.used).toBe(0);
  });
});
