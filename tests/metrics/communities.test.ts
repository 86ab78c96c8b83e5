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

/** Labels 0..count-1, each used, and the modularity that modularity() gives the partition. */
function expectValidPartition(graph: ReturnType<typeof csrOf>, result: ReturnType<typeof louvain>): void {
  expect(new Set(result.community).size).toBe(result.count);
  expect(Math.min(...result.community)).toBe(0);
  expect(Math.max(...result.community)).toBe(result.count - 1);
  expect(result.modularity).toBeCloseTo(modularity(weighted(graph), result.community), 12);
}

/** A seeded random graph of n nodes and about m edges (no self-loops, no duplicates). */
function randomGraph(n: number, m: number, seed: string): ReturnType<typeof csrOf> {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const edges: [number, number][] = [];
  while (edges.length < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return csrOf(n, edges);
}

describe('louvain from a start partition (warm start), bad input first', () => {
  it('throws when the start does not give a label to each node', () => {
    expect(() => louvain(csrOf(3, []), createRng(1), new Int32Array(2))).toThrow(
      'clustersim/louvain: start: expected a label for each of the 3 nodes, got 2',
    );
  });

  it('finds the same partition as from singletons when no node has a label', () => {
    const graph = randomGraph(40, 90, 'g');
    const none = new Int32Array(40).fill(-1);
    expect(louvain(graph, createRng('s'), none)).toEqual(louvain(graph, createRng('s')));
  });

  it('keeps the best split of two bridged triangles when it starts there (labels of any size)', () => {
    const graph = csrOf(6, [...triangles, [2, 3]]);
    const result = louvain(graph, createRng(1), new Int32Array([7, 7, 7, 2, 2, 2]));
    expect(Array.from(result.community)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.modularity).toBeCloseTo(5 / 14, 15);
  });

  it('from singletons as labels, splits two bridged triangles as a cold start does', () => {
    const graph = csrOf(6, [...triangles, [2, 3]]);
    const result = louvain(graph, createRng(1), new Int32Array([0, 1, 2, 3, 4, 5]));
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 15);
  });

  it('gives a valid partition at least as modular as its start, from good and bad starts', () => {
    for (const seed of ['a', 'b', 'c']) {
      const graph = randomGraph(60, 150, seed);
      const cold = louvain(graph, createRng(seed));
      const starts = [
        cold.community,
        new Int32Array(60), // everyone together
        Int32Array.from({ length: 60 }, (_, v) => v % 3), // a split that ignores the edges
        Int32Array.from({ length: 60 }, (_, v) => (v % 4 === 0 ? -1 : cold.community[v])), // new members alone
      ];
      for (const start of starts) {
        const warm = louvain(graph, createRng(seed), start);
        expectValidPartition(graph, warm);
        const startQ = modularity(
          weighted(graph),
          Int32Array.from(start, (c, v) => (c < 0 ? 60 + v : c)),
        );
        expect(warm.modularity).toBeGreaterThanOrEqual(startQ - 1e-12);
      }
    }
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

  it('starts from the last measured partition with metrics.louvainWarmStart, and only then', () => {
    // Two bridged triangles; the last measurement (set here) put all six firms together. From there no firm gains by
    // leaving for a neighbour's community (they are all in its own): Louvain stays at one community, modularity 0.
    const model = firmNetwork(6, [...triangles, [2, 3]]);
    const together = { step: model.step - 1, seed: model.seed, community: new Int32Array(6) };
    model.partition = together;
    const cold = communities(model);
    expect(cold.count).toBe(2);
    expect(cold.modularity).toBeCloseTo(5 / 14, 15);
    model.params.metrics.louvainWarmStart = true;
    model.partition = together;
    expect(communities(model)).toEqual({ count: 1, modularity: 0 });
    expect(model.partition?.step).toBe(model.step);
    // Firms 3-5 were not members at the last measurement: they start alone and find each other again.
    model.partition = { ...together, community: new Int32Array([0, 0, 0, -1, -1, -1]) };
    const rejoined = communities(model);
    expect(rejoined.count).toBe(2);
    expect(rejoined.modularity).toBeCloseTo(5 / 14, 15);
  });

  it('splits a warm start community that is no longer connected into its parts', () => {
    // Two triangles, no bridge, last measured as one community: they start as two.
    const model = firmNetwork(6, triangles);
    model.params.metrics.louvainWarmStart = true;
    model.partition = { step: model.step - 1, seed: model.seed, community: new Int32Array(6) };
    expect(communities(model)).toEqual({ count: 2, modularity: 0.5 });
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

  it('gives the partition the last measurement kept at that step, from the model or a copy', () => {
    const model = firmNetwork(6, [...triangles, [2, 3]]);
    communities(model);
    expect(model.partition?.step).toBe(model.step);
    const measured = model.partition?.community;
    // The kept partition is what the files carry: change it and they follow, as long as the step and seed agree.
    if (measured) measured[5] = 9;
    expect(memberCommunities(model, model.seed)[5]).toBe(9);
    expect(memberCommunities(copyNetwork(model), model.seed)[5]).toBe(9);
    expect(memberCommunities(model, 'another seed')[5]).not.toBe(9);
    model.step++;
    expect(memberCommunities(model, model.seed)[5]).not.toBe(9);
  });

  it('gives the same partition for a copy of the network, and draws nothing from the model', () => {
    const model = firmNetwork(6, [...triangles, [2, 3]]);
    expect(memberCommunities(copyNetwork(model), model.seed)).toEqual(memberCommunities(model, model.seed));
    expect(model.rng.used).toBe(0);
  });
});
