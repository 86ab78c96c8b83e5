// Snapshots as plain data: the members with kind, MC and region, and the ties as pairs, from either view of the model.
import { describe, expect, it } from 'vitest';
import { memberSnapshot, snapshotFromGraph } from '../../src/charts/snapshot.js';
import { run } from '../../src/engine/run.js';
import { createModel } from '../../src/model/create-model.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
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

describe('memberSnapshot', () => {
  it('gives what snapshotFromGraph gives of the network view, on a hand-built model and a seeded run', () => {
    const model = eightAgents();
    model.step = 7;
    expect(memberSnapshot(model)).toEqual(snapshotFromGraph(networkView(model)));
    model.agents.member.fill(0);
    expect(memberSnapshot(model)).toEqual({ step: 7, nodes: [], edges: [] });
    const scenario = scenarioSchema.parse({ name: 'snapshot', seed: 4, steps: 3, population: { scale: 0.1 } });
    const { model: ran } = run(createModel(scenario));
    const snapshot = memberSnapshot(ran);
    expect(snapshot.edges.length).toBeGreaterThan(50);
    expect(snapshot).toEqual(snapshotFromGraph(networkView(ran)));
  });
});
