// One job of an ensemble: its outcomes, and the final member network kept as a snapshot when asked for.
import { describe, expect, it } from 'vitest';
import { snapshotFromGraph } from '../../src/charts/snapshot.js';
import { simulate } from '../../src/engine/run.js';
import { COMPARED_OUTCOME_NAMES, runJob } from '../../src/ensemble/job.js';
import { toGraph } from '../../src/model/to-graph.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const scenario = scenarioSchema.parse({ name: 'job', steps: 6, population: { scale: 0.05, regions: ['gangwon'] } });

describe('runJob', () => {
  it('keeps the final member network as the snapshot of the graph of the run, dated at the last step', () => {
    const result = runJob({ index: 2, scenario, seed: '9', snapshot: true });
    const same = simulate(scenario, { seed: '9' });
    expect(result.index).toBe(2);
    expect(Object.keys(result.outcomes)).toEqual([...COMPARED_OUTCOME_NAMES]);
    expect(result.snapshot).toEqual(snapshotFromGraph(toGraph(same.model), String(same.summary.final.date)));
    expect(result.snapshot!.step).toBe(6);
    expect(result.snapshot!.nodes).toHaveLength(result.outcomes.members);
  });

  it('keeps no snapshot unless asked', () => {
    expect(runJob({ index: 0, scenario, seed: '9' }).snapshot).toBeUndefined();
  });
});
