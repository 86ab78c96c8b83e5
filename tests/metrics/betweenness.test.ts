// Betweenness by Brandes on a CSR: sampling without a generator refused first; then exact values worked out by hand on
// paths, a star and a square, split by pairs across groups; a sample's estimate averages to the exact value over every
// sample; the work and the sources a budget allows; and the exact value against graphology-metrics on random graphs.
import { UndirectedGraph } from 'graphology';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness, brandesWork, sampleSources, sourcesWithin } from '../../src/metrics/betweenness.js';
import { createRng } from '../../src/random/rng.js';
import { csrOf } from '../helpers/networks.js';
import { scriptedRng } from '../helpers/tiny-model.js';

type Betweenness = (graph: UndirectedGraph) => Record<string, number>;
const graphBetweenness = ((betweennessModule as unknown as { default?: Betweenness }).default ??
  betweennessModule) as Betweenness;

const path4 = () =>
  csrOf(4, [
    [0, 1],
    [1, 2],
    [2, 3],
  ]);

describe('betweenness', () => {
  it('refuses to sample sources without a generator', () => {
    expect(() => betweenness(path4(), { sources: 2 })).toThrow(/needs an rng/);
  });

  it('gives 0 to every node of a graph of two nodes or fewer, and of an empty graph', () => {
    expect([...betweenness(csrOf(2, [[0, 1]])).values]).toEqual([0, 0]);
    expect([...betweenness(csrOf(0, [])).values]).toEqual([]);
  });

  it('counts the pairs whose shortest paths pass through a node, over the (n-1)(n-2)/2 pairs', () => {
    // Path 0-1-2-3: node 1 lies on 0-2 and 0-3, node 2 on 0-3 and 1-3: 2 of 3 pairs each.
    expect([...betweenness(path4()).values]).toEqual([0, 2 / 3, 2 / 3, 0]);
    // Star: the centre lies on all 3 pairs of leaves.
    expect([
      ...betweenness(
        csrOf(4, [
          [0, 1],
          [0, 2],
          [0, 3],
        ]),
      ).values,
    ]).toEqual([1, 0, 0, 0]);
    // Square 0-1-2-3-0: node 0 lies on one of the two shortest paths 1-3: half a pair of 3.
    const square = betweenness(
      csrOf(4, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ]),
    ).values;
    for (const value of square) expect(value).toBeCloseTo(1 / 6, 15);
  });

  it('splits off the pairs whose ends are in different groups', () => {
    // Path 0-1-2-3, node 0 in group 0, nodes 1-3 in group 1: node 1 lies on 0-2 and 0-3 (both across), node 2 on 0-3
    // (across) and 1-3 (inside).
    const groups = [Int32Array.from([0, 1, 1, 1]), Int32Array.from([0, 0, 1, 1])];
    const result = betweenness(path4(), { groups });
    expect([...result.across[0]]).toEqual([0, 2 / 3, 1 / 3, 0]);
    // Groups {0, 1} and {2, 3}: every pair through 1 or 2 (0-2, 0-3, 1-3) is across.
    expect([...result.across[1]]).toEqual([0, 2 / 3, 2 / 3, 0]);
    expect(result).toMatchObject({ exact: true, sources: 4 });
  });

  it('estimates from sampled sources without bias: the mean over every sample of one source is the exact value', () => {
    const graph = csrOf(3, [
      [0, 1],
      [1, 2],
    ]);
    // One source, drawn by a partial shuffle: a draw in [k/3, (k+1)/3) picks node k.
    const estimates = [0, 0.4, 0.9].map((u) => betweenness(graph, { sources: 1, rng: scriptedRng([u]) }));
    expect(estimates.map((e) => [...e.values])).toEqual([
      [0, 1.5, 0],
      [0, 0, 0],
      [0, 1.5, 0],
    ]);
    expect(estimates[0]).toMatchObject({ exact: false, sources: 1 });
    expect([...betweenness(graph).values]).toEqual([0, 1, 0]);
  });

  it('draws distinct sources by a partial shuffle, one draw each', () => {
    const rng = scriptedRng([0.99, 0, 0.5]);
    expect([...sampleSources(5, 3, rng)]).toEqual([4, 1, 3]);
    expect(rng.used).toBe(3);
    const many = sampleSources(100, 100, createRng('s'));
    expect(new Set(many).size).toBe(100);
  });

  it('gives the same values for the same seed, and others for another', () => {
    const graph = csrOf(
      30,
      Array.from({ length: 29 }, (_, i) => [i, i + 1] as [number, number]),
    );
    const a = betweenness(graph, { sources: 5, rng: createRng('x') }).values;
    expect(betweenness(graph, { sources: 5, rng: createRng('x') }).values).toEqual(a);
    expect(betweenness(graph, { sources: 5, rng: createRng('y') }).values).not.toEqual(a);
  });
});

describe('brandesWork and sourcesWithin', () => {
  // A triangle and a separate tie: 3 x (3 + 6) + 2 x (2 + 2) = 35.
  const graph = csrOf(5, [
    [0, 1],
    [1, 2],
    [0, 2],
    [3, 4],
  ]);

  it('sums nodes x (nodes + arcs) over the connected components', () => {
    expect(brandesWork(graph)).toBe(35);
    expect(brandesWork(csrOf(3, []))).toBe(3);
  });

  it('allows every node when the exact value fits, else as many as the budget allows, at least the floor', () => {
    expect(sourcesWithin(graph, 35, 1)).toBe(5);
    expect(sourcesWithin(graph, 14, 1)).toBe(2);
    expect(sourcesWithin(graph, 1, 3)).toBe(3);
    expect(sourcesWithin(graph, 1, 30)).toBe(5);
  });
});

describe('betweenness against graphology-metrics', () => {
  it('gives the exact normalised values of graphology-metrics on random graphs', () => {
    for (let seed = 0; seed < 30; seed++) {
      const rng = createRng(`graph-${seed}`);
      const n = 2 + Math.floor(rng() * 40);
      const edges: [number, number][] = [];
      const seen = new Set<number>();
      const m = Math.floor(rng() * n * 3);
      for (let k = 0; k < m; k++) {
        const a = Math.floor(rng() * n);
        const b = Math.floor(rng() * n);
        if (a === b || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
        seen.add(Math.min(a, b) * n + Math.max(a, b));
        edges.push([a, b]);
      }
      const graph = new UndirectedGraph();
      for (let v = 0; v < n; v++) graph.addNode(String(v));
      for (const [a, b] of edges) graph.addEdge(String(a), String(b));
      const expected = graphBetweenness(graph);
      const got = betweenness(csrOf(n, edges)).values;
      for (let v = 0; v < n; v++) expect(got[v], `graph ${seed}, node ${v}`).toBeCloseTo(expected[String(v)], 12);
    }
  });
});
