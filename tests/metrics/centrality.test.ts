// Who brokers, per member: a path of three members (firm - coordinator agency - firm of another MC and region) worked
// out by hand: degree, ties across, betweenness and its share across MCs and regions, PageRank, Gould & Fernandez's
// roles; what of the input is set aside (a non-member, a self-loop, a repeated tie, directions); exact or sampled
// betweenness as asked, and the same values for the same seed.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { networkCentrality } from '../../src/metrics/centrality.js';
import { pathGraph } from '../helpers/networks.js';

// PageRank of a path of three, damping 0.85: x = 0.05 + 0.85 y / 2 at the ends, y = 0.05 + 0.85 (2x) in the middle.
const END = 0.07125 / 0.2775;
const MIDDLE = 0.05 + 1.7 * END;

describe('networkCentrality', () => {
  it('analyses an empty graph to no members', () => {
    const result = networkCentrality(new UndirectedGraph(), { seed: 's' });
    expect(result.members).toEqual([]);
    expect(result.method).toMatchObject({ members: 0, ties: 0, betweenness: { exact: true, sources: 0 } });
  });

  it('sets aside non-members, self-loops and repeated ties, and reads directed edges as ties', () => {
    const { method } = networkCentrality(pathGraph(), { seed: 's' });
    expect(method).toEqual({
      members: 3,
      ties: 2,
      input: {
        nonMembers: 1,
        selfLoops: 1,
        parallelTies: 1,
        directedEdges: 1,
        withoutKind: 0,
        withoutMc: 0,
        withoutRegion: 0,
      },
      betweenness: { exact: true, sources: 3, seed: null },
      pagerank: { alpha: 0.85, tolerance: 1e-12, weighted: false },
    });
  });

  it('gives each member its degree, ties across, betweenness, PageRank and roles, worked out by hand', () => {
    const rows = networkCentrality(pathGraph(), { seed: 's' }).members;
    expect(rows.map((r) => r.node)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = rows;
    expect(b).toMatchObject({
      kind: 'agency',
      mc: 'A',
      region: 'r1',
      coordinator: true,
      community: 1,
      degree: 2,
      crossMcTies: 1,
      crossRegionTies: 1,
      betweenness: 1,
      betweennessAcrossMcs: 1,
      betweennessAcrossRegions: 1,
      gfCoordinator: 0,
      gfItinerant: 0,
      gfRepresentative: 1,
      gfLiaison: 0,
    });
    expect(a).toMatchObject({ coordinator: false, community: 0, degree: 1, crossMcTies: 0, betweenness: 0 });
    expect(c).toMatchObject({ community: null, degree: 1, crossMcTies: 1, crossRegionTies: 1, betweenness: 0 });
    expect(a.pagerank).toBeCloseTo(END, 10);
    expect(b.pagerank).toBeCloseTo(MIDDLE, 10);
    expect(c.pagerank).toBeCloseTo(END, 10);
  });

  it('reads PageRank off the graph itself when it is a simple undirected graph of members', () => {
    const graph = new UndirectedGraph();
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c');
    const { members: rows, method } = networkCentrality(graph, { seed: 's' });
    expect(method.input).toMatchObject({ withoutKind: 3, withoutMc: 3, withoutRegion: 3 });
    expect(rows.map((r) => r.pagerank)).toEqual(
      networkCentrality(pathGraph(), { seed: 's' }).members.map((r) => r.pagerank),
    );
    expect(rows.map((r) => [r.kind, r.mc, r.coordinator, r.community])).toEqual([
      ['', '', false, null],
      ['', '', false, null],
      ['', '', false, null],
    ]);
  });

  it('samples the sources asked for, states them and the seed, and gives the same values for the same seed', () => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 40; i++) graph.addNode(String(i), { mc: i < 20 ? 'A' : 'B' });
    for (let i = 1; i < 40; i++) graph.addEdge(String(i - 1), String(i));
    const sampled = networkCentrality(graph, { sources: 5, seed: '7/betweenness' });
    expect(sampled.method.betweenness).toEqual({ exact: false, sources: 5, seed: '7/betweenness' });
    expect(networkCentrality(graph, { sources: 5, seed: '7/betweenness' })).toEqual(sampled);
    const other = networkCentrality(graph, { sources: 5, seed: '8/betweenness' });
    expect(other.members.map((r) => r.betweenness)).not.toEqual(sampled.members.map((r) => r.betweenness));
    expect(networkCentrality(graph, { sources: 40, seed: 'x' }).method.betweenness.exact).toBe(true);
    expect(networkCentrality(graph, { seed: 'x' }).method.betweenness).toEqual({
      exact: true,
      sources: 40,
      seed: null,
    });
  });
});
