// The graphology view of the model: members only by default, every agent on request, attributes of nodes and edges.
import { describe, expect, it } from 'vitest';
import { toGraph } from '../../src/model/to-graph.js';
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
    expect(graph.getNodeAttributes('1')).toMatchObject({ kind: 'firm', member: false, reason: 'infoLeakFear', size: 'small' });
  });

  it('writes the attributes of agents and ties', () => {
    const graph = toGraph(model());
    expect(graph.getNodeAttributes('0')).toEqual({
      label: 'firm 0', kind: 'firm', mc: 'mc-0', region: 'capital', park: 'Banwol-Sihwa', sector: 'IT',
      size: 'large', lead: true, member: true, reason: '', capability: 0.9, satisfaction: 0.7,
    });
    expect(graph.getNodeAttribute('2', 'size')).toBe('');
    expect(graph.getEdgeAttributes('t0')).toEqual({ weight: 0.7, trust: 0.6, origin: 'event', createdAt: 2, lastUsed: 2 });
    expect(graph.extremities('t2')).toEqual(['2', '3']);
  });
});
