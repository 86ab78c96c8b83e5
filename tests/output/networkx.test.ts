// The network files a run writes, read by networkx, the Python library most readers will load them with: every Python
// on this machine that has networkx (python3 on the path, Debian's /usr/bin/python3, or CLUSTERSIM_PYTHON) reads
// network.gexf (GEXF 1.2, the namespace networkx 2.x looks for) and network.graphml to the run's members, ties and
// member attributes. Where no Python has networkx (CI installs Debian's python3-networkx) the test is skipped, saying so.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { memberCommunities } from '../../src/metrics/communities.js';
import { createModel } from '../../src/model/create-model.js';
import { toGraph } from '../../src/model/to-graph.js';
import { writeRun } from '../../src/output/write-run.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

/** Each distinct Python with networkx: its command and networkx's version. */
function pythonsWithNetworkx(): { command: string; version: string }[] {
  const found = new Map<string, { command: string; version: string }>();
  for (const command of [process.env.CLUSTERSIM_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!command) continue;
    const probe = spawnSync(command, ['-c', 'import sys, networkx; print(sys.executable, networkx.__version__)'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (probe.status !== 0) continue;
    const [executable, version] = probe.stdout.trim().split(' ');
    if (!found.has(executable)) found.set(executable, { command, version });
  }
  return [...found.values()];
}

const READ = `
import json, sys, networkx as nx
out = {}
for name, read in (('gexf', nx.read_gexf), ('graphml', nx.read_graphml)):
    g = read(sys.argv[1] + '/network.' + name)
    out[name] = {'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'attributes': {n: a for n, a in g.nodes(data=True)}}
print(json.dumps(out))
`;

const pythons = pythonsWithNetworkx();
const root = tempFolder('clustersim-networkx-');

const KEYS = ['kind', 'mc', 'region', 'park', 'sector', 'member', 'coordinator', 'satisfaction', 'community'] as const;

describe.skipIf(pythons.length === 0)(
  pythons.length === 0
    ? 'networkx reads the network files (skipped: no python3 with networkx here; Debian has python3-networkx)'
    : `networkx reads the network files (networkx ${pythons.map((p) => p.version).join(', ')})`,
  () => {
    it.each(pythons)(
      'networkx $version reads network.gexf and network.graphml to the members, ties and attributes',
      async ({ command }) => {
        const scenario = scenarioSchema.parse({ seed: 5, steps: 3, population: { scale: 0.1 } });
        const result = run(createModel(scenario));
        const out = join(root, `run-${command.replace(/\W/g, '')}`);
        await writeRun(out, scenario, result, 0.1);
        const read = spawnSync(command, ['-c', READ, out], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
        expect(read.stderr).toBe('');
        const back = JSON.parse(read.stdout) as Record<
          string,
          { nodes: number; edges: number; attributes: Record<string, Record<string, unknown>> }
        >;
        const graph = toGraph(result.model, { community: memberCommunities(result.model, result.model.seed) });
        for (const format of ['gexf', 'graphml']) {
          expect([back[format].nodes, back[format].edges], format).toEqual([graph.order, graph.size]);
          graph.forEachNode((node, a) => {
            const got = back[format].attributes[node];
            for (const key of KEYS) expect(got[key], `${format} node ${node} ${key}`).toEqual(a[key]);
          });
        }
      },
    );
  },
);
