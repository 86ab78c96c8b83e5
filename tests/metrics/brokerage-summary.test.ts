// Who brokers, by group: the hand-worked path of three (tests/helpers/networks.ts, worked out in centrality.test.ts) summed per kind, with the MC coordinators as
// a kind of their own, and per MC; kinds without members still listed, their means empty.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerageSummary, SUMMARY_KINDS } from '../../src/metrics/brokerage-summary.js';
import { networkCentrality } from '../../src/metrics/centrality.js';
import { pathGraph } from '../helpers/networks.js';

const rows = networkCentrality(pathGraph(), { seed: 's' }).members;
const summary = brokerageSummary(rows);
const row = (group: string, value: string) => summary.find((g) => g.group === group && g.value === value);

describe('brokerageSummary', () => {
  it('lists all members, every kind (coordinators apart) and every MC by name, in that order', () => {
    expect(summary.map((g) => `${g.group}:${g.value}`)).toEqual([
      'all:all',
      'kind:firm',
      'kind:professor',
      'kind:institute',
      'kind:agency',
      'kind:coordinator',
      'mc:A',
      'mc:B',
    ]);
    expect(SUMMARY_KINDS).toEqual(['firm', 'professor', 'institute', 'agency', 'coordinator']);
  });

  it('sums, shares and means the members of each group', () => {
    expect(row('all', 'all')).toMatchObject({
      members: 3,
      meanDegree: 4 / 3,
      crossMcTieShare: 0.5,
      crossRegionTieShare: 0.5,
      betweennessShare: 1,
      betweennessAcrossMcsShare: 1,
      meanBetweenness: 1 / 3,
      maxBetweenness: 1,
      topBroker: 'b',
      gfRepresentative: 1,
    });
    expect(row('all', 'all')?.pagerankShare).toBeCloseTo(1, 12);
    expect(row('kind', 'firm')).toMatchObject({
      members: 2,
      meanDegree: 1,
      crossMcTieShare: 0.5,
      betweennessShare: 0,
      maxBetweenness: 0,
      topBroker: 'a',
      gfRepresentative: 0,
    });
    expect(row('kind', 'coordinator')).toMatchObject({ members: 1, betweennessShare: 1, topBroker: 'b' });
    expect(row('kind', 'agency')).toMatchObject({ members: 1, betweennessShare: 1, gfRepresentative: 1 });
    expect(row('mc', 'A')).toMatchObject({ members: 2, meanDegree: 1.5, crossMcTieShare: 1 / 3, betweennessShare: 1 });
    expect(row('mc', 'B')).toMatchObject({ members: 1, crossMcTieShare: 1, betweennessShare: 0 });
  });

  it('gives a group without members empty means, and empty shares when the network has no brokerage', () => {
    expect(row('kind', 'professor')).toMatchObject({
      members: 0,
      meanDegree: null,
      crossMcTieShare: null,
      betweennessShare: 0,
      topBroker: null,
      pagerankShare: null,
      gfLiaison: 0,
    });
    const pair = new UndirectedGraph();
    pair.addNode('x', { kind: 'firm', mc: 'A' });
    pair.addNode('y', { kind: 'robot', mc: 'A' });
    pair.addEdge('x', 'y');
    const groups = brokerageSummary(networkCentrality(pair, { seed: 's' }).members);
    expect(groups.find((g) => g.value === 'all')?.betweennessShare).toBeNull();
    expect(groups.map((g) => g.value)).toContain('robot');
  });
});
