// Snapshots as plain data: the members with kind, MC and region, and the ties as pairs, from either view of the model.
import { describe, expect, it } from 'vitest';
import { snapshotFromGraph } from '../../src/charts/snapshot.js';
import { networkView, toGraph } from '../../src/model/to-graph.js';
import { eightAgents } from '../helpers/networks.js';

describe('snapshotFromGraph', () => {
  it('lists the members and their ties, with the step of the graph and the date given', () => {
    const model = eightAgents();
    model.step = 7;
    expect(snapshotFromGraph(networkView(model), '2005-07')).toEqual({
      step: 7,
      date: '2005-07',
      nodes: [
        { id: '0', kind: 'firm', mc: 'mc-0', region: 'capital' },
        { id: '1', kind: 'firm', mc: 'mc-0', region: 'capital' },
        { id: '3', kind: 'professor', mc: 'mc-0', region: 'capital' },
        { id: '4', kind: 'agency', mc: 'mc-0', region: 'capital' },
        { id: '5', kind: 'institute', mc: 'mc-1', region: 'capital' },
        { id: '6', kind: 'firm', mc: 'mc-2', region: 'daegyeong' },
        { id: '7', kind: 'firm', mc: 'mc-2', region: 'daegyeong' },
      ],
      edges: [
        ['0', '1'],
        ['0', '3'],
        ['1', '4'],
        ['0', '6'],
        ['3', '5'],
        ['1', '5'],
      ],
    });
  });

  it('takes the same snapshot from the in-place view as from the graphology graph', () => {
    expect(snapshotFromGraph(networkView(eightAgents()))).toEqual(snapshotFromGraph(toGraph(eightAgents())));
    expect(snapshotFromGraph(toGraph(eightAgents())).date).toBeUndefined();
  });
});
