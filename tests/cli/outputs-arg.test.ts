// run --outputs: the names checked, with a message listing the valid ones; what --no-graphml, --brokerage and
// --snapshots add or need.
import { describe, expect, it } from 'vitest';
import { parseOutputNames, runOutputs } from '../../src/cli/outputs-arg.js';

const VALID = 'the outputs are timeseries, summary, mcs, gexf, graphml, charts, brokerage';

describe('parseOutputNames', () => {
  it('refuses an unknown name, naming it and listing the valid ones', () => {
    expect(() => parseOutputNames('run', 'timeseries,network')).toThrow(
      `clustersim run: --outputs: unknown output "network"; ${VALID}`,
    );
  });

  it('refuses an empty list', () => {
    expect(() => parseOutputNames('run', ' , ')).toThrow(
      `clustersim run: --outputs: name at least one output; ${VALID}`,
    );
  });

  it('reads names separated by commas, in any case, with spaces', () => {
    expect([...parseOutputNames('run', 'Timeseries, summary,,gexf')]).toEqual(['timeseries', 'summary', 'gexf']);
  });
});

describe('runOutputs', () => {
  it('refuses snapshots when no network output is chosen', () => {
    expect(() => runOutputs('run', { outputs: 'timeseries,charts' }, true)).toThrow(
      'clustersim run: --snapshots saves networks, but --outputs names none: add gexf, graphml or brokerage',
    );
  });

  it('refuses --betweenness-sources without the network analysis', () => {
    expect(() => runOutputs('run', { betweennessSources: 10 })).toThrow(
      'clustersim run: --betweenness-sources sets the network analysis: add --brokerage',
    );
  });

  it('writes everything but the network analysis by default', () => {
    expect(runOutputs('run', {})).toEqual({
      timeseries: true,
      summary: true,
      mcs: true,
      gexf: true,
      graphml: true,
      charts: true,
      brokerage: false,
      betweennessSources: undefined,
    });
  });

  it('writes only what --outputs names; --no-graphml and --brokerage change the choice', () => {
    const chosen = runOutputs('run', { outputs: 'timeseries,graphml', graphml: false, brokerage: true });
    expect(Object.keys(chosen).filter((k) => chosen[k as keyof typeof chosen] === true)).toEqual([
      'timeseries',
      'brokerage',
    ]);
    expect(runOutputs('run', { outputs: 'brokerage', betweennessSources: 5 }, true).betweennessSources).toBe(5);
  });
});
