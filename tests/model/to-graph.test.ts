// The graph views of the model: members only by default, every agent on request, attributes of nodes and edges (the
// coordinator flag, and the community when given); the in-place network view holds what the graphology graph holds,
// through its callbacks and its iterators, and a copy stays as the model was.
import { describe, expect, it } from 'vitest';
import type { Attributes } from 'graphology-types';
import { copyNetwork, networkView, toGraph, type ReadableGraph } from '../../src/model/to-graph.js';
import { AGENCY, FIRM, LARGE, ORIGIN_EVENT, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

// Firm 0 (large, lead), firm 1 (not a member, staying out for fear of leaks), professor 2, agency 3.
const model = () =>
  tinyModel({
    agents: [
      { kind: FIRM, size: LARGE, lead: true, capability: 0.9, satisfaction: 0.7 },
      { kind: FIRM, member: false, reason: 6 },
      { kind: PROFESSOR },
      { kind: AGENCY },
    ],
    ties: [
      { a: 0, b: 2, trust: 0.6, strength: 0.7, step: 2, origin: ORIGIN_EVENT },
      { a: 0, b: 1 },
      { a: 2, b: 3 },
    ],
    step: 5,
  });

describe('toGraph', () => {
  it('keeps only members and the ties among them by default', () => {
    const graph = toGraph(model());
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.nodes()).toEqual(['0', '2', '3']);
    expect(graph.hasNode('1')).toBe(false);
    expect(graph.getAttribute('step')).toBe(5);
  });

  it('keeps every agent and tie with membersOnly false', () => {
    const graph = toGraph(model(), { membersOnly: false });
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('1')).toMatchObject({
      kind: 'firm',
      member: false,
      reason: 'infoLeakFear',
      size: 'small',
    });
  });

  it('writes the attributes of agents and ties', () => {
    const graph = toGraph(model());
    expect(graph.getNodeAttributes('0')).toEqual({
      label: 'firm 0',
      kind: 'firm',
      mc: 'mc-0',
      region: 'capital',
      park: 'Banwol-Sihwa',
      sector: 'IT',
      size: 'large',
      lead: true,
      member: true,
      coordinator: false,
      reason: '',
      capability: 0.9,
      satisfaction: 0.7,
    });
    expect(graph.getNodeAttribute('2', 'size')).toBe('');
    expect(graph.getNodeAttribute('3', 'coordinator')).toBe(true);
    expect(graph.getEdgeAttributes('t0')).toEqual({
      weight: 0.7,
      trust: 0.6,
      origin: 'event',
      createdAt: 2,
      lastUsed: 2,
    });
    expect(graph.extremities('t2')).toEqual(['2', '3']);
  });
});

/** Nodes and edges of a graph as plain lists, in iteration order. */
function listed(graph: ReadableGraph<Attributes, Attributes, Attributes>) {
  const nodes: [string, Attributes][] = [];
  const edges: [string, Attributes, string, string, boolean][] = [];
  graph.forEachNode((key, attrs) => nodes.push([key, attrs]));
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) =>
    edges.push([key, attrs, source, target, undirected]),
  );
  return { type: graph.type, attributes: graph.getAttributes(), nodes, edges };
}

describe('networkView', () => {
  it('holds the nodes, edges and attributes of toGraph, in the same order', () => {
    for (const membersOnly of [true, false]) {
      const view = networkView(model(), { membersOnly });
      const graph = toGraph(model(), { membersOnly });
      expect(listed(view)).toEqual(listed(graph));
      expect([view.order, view.size]).toEqual([graph.order, graph.size]);
    }
    expect(listed(networkView(model())).edges).toEqual([
      ['t0', { weight: 0.7, trust: 0.6, origin: 'event', createdAt: 2, lastUsed: 2 }, '0', '2', true],
      ['t2', { weight: 0.5, trust: 0.5, origin: 'initial', createdAt: 0, lastUsed: 0 }, '2', '3', true],
    ]);
  });

  it('reads the model as it is now, while a view of a copy keeps the step it was taken at', () => {
    const live = model();
    const kept = networkView(copyNetwork(live));
    const view = networkView(live);
    live.step = 6;
    live.agents.member[3] = 0;
    live.ties.trust[0] = 0.1;
    expect([view.getAttribute('step'), view.order, view.size]).toEqual([6, 2, 1]);
    expect(listed(view).edges[0][1].trust).toBe(0.1);
    expect([kept.getAttribute('step'), kept.order, kept.size]).toEqual([5, 3, 2]);
    expect(listed(kept)).toEqual(listed(toGraph(model())));
  });
});

describe('communities and iterators', () => {
  it('writes the community given for each agent, and none for those given -1', () => {
    const community = Int32Array.from([4, -1, 0, 7]);
    const graph = toGraph(model(), { community });
    expect(graph.getNodeAttribute('0', 'community')).toBe(4);
    expect(graph.getNodeAttribute('2', 'community')).toBe(0);
    expect(graph.getNodeAttribute('3', 'community')).toBe(7);
    const everyone = toGraph(model(), { membersOnly: false, community });
    expect(everyone.hasNodeAttribute('1', 'community')).toBe(false);
    expect(toGraph(model()).hasNodeAttribute('0', 'community')).toBe(false);
  });

  it("gives through nodeEntries and edgeEntries what its callbacks give, as graphology's iterators do", () => {
    const view = networkView(model(), { community: Int32Array.from([1, -1, 1, 2]) });
    const graph = toGraph(model(), { community: Int32Array.from([1, -1, 1, 2]) });
    const entries = (g: typeof view | typeof graph) => ({
      nodes: [...g.nodeEntries()].map(({ node, attributes }) => [node, attributes]),
      edges: [...g.edgeEntries()].map((e) => [e.edge, e.attributes, e.source, e.target, e.undirected]),
    });
    expect(entries(view)).toEqual(entries(graph));
    expect(entries(view).nodes).toEqual(listed(view).nodes);
    expect(entries(view).edges).toEqual(listed(view).edges);
  });
});
