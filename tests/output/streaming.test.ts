// The large outputs are streamed: on a small run, the files the streaming writers put on disk are byte for byte those
// of plain in-memory writers (tests/helpers/reference-writers.ts, toCsv); on a run scaled 5x, every chunk they make
// stays small however large the file, and the files hold the whole network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { memberCommunities } from '../../src/metrics/communities.js';
import { networkCentrality } from '../../src/metrics/centrality.js';
import { createModel } from '../../src/model/create-model.js';
import { networkView, toGraph } from '../../src/model/to-graph.js';
import { CENTRALITY_COLUMNS } from '../../src/output/brokerage-files.js';
import { toCsv } from '../../src/output/csv.js';
import { gexfStream } from '../../src/output/gexf.js';
import { graphmlStream } from '../../src/output/graphml.js';
import { xmlStructureFault } from '../../src/output/well-formed.js';
import { writeRun } from '../../src/output/write-run.js';
import { deriveSeed } from '../../src/random/rng.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { referenceGexf, referenceGraphml } from '../helpers/reference-writers.js';
import { tempFolder } from '../helpers/temp.js';

const dir = tempFolder('clustersim-streaming-');
const read = (folder: string, name: string) => readFileSync(join(dir, folder, name), 'utf8');

describe('a small run: streamed files equal in-memory writers', () => {
  const scenario = scenarioSchema.parse({ name: 'stream-small', seed: 5, steps: 6, population: { scale: 0.1 } });
  const result = run(createModel(scenario));
  const { model } = result;
  const graph = toGraph(model, { community: memberCommunities(model, model.seed) });

  it('writes network.gexf, network.graphml and centrality.csv as the reference writers make them', async () => {
    await writeRun(join(dir, 'small'), scenario, result, 0, [], {}, {}, { brokerage: true });
    expect(graph.order).toBeGreaterThan(50);
    expect(read('small', 'network.gexf')).toBe(referenceGexf(graph));
    expect(read('small', 'network.graphml')).toBe(referenceGraphml(graph));
    const analysis = networkCentrality(graph, { seed: deriveSeed(model.seed, 'betweenness', model.step) });
    expect(read('small', 'centrality.csv')).toBe(
      toCsv(analysis.members as unknown as Record<string, unknown>[], CENTRALITY_COLUMNS),
    );
  });
});

describe('a run scaled 5x: streamed in small chunks', () => {
  const scenario = scenarioSchema.parse({
    name: 'stream-large',
    seed: 2,
    steps: 3,
    population: { scale: 5 },
    metrics: { costlyEvery: 3 },
  });
  const result = run(createModel(scenario));
  const view = networkView(result.model, { community: memberCommunities(result.model, result.model.seed) });

  it('makes the GEXF in chunks of at most a few hundred kilobytes, the GraphML too', () => {
    for (const [stream, size] of [
      [gexfStream(view), 10e6],
      [graphmlStream(view), 10e6],
    ] as const) {
      let total = 0;
      let largest = 0;
      for (const chunk of stream.chunks()) {
        total += chunk.length;
        largest = Math.max(largest, chunk.length);
      }
      expect(total).toBeGreaterThan(size);
      expect(largest).toBeLessThan(300e3);
    }
  });

  it('writes files that hold every member and tie, well formed', async () => {
    await writeRun(join(dir, 'large'), scenario, result, 0, [], {}, {}, { graphml: false, charts: false });
    const gexf = read('large', 'network.gexf');
    expect(xmlStructureFault(gexf)).toBeNull();
    expect(gexf.match(/\n {6}<node /g)?.length).toBe(view.order);
    expect(gexf.match(/\n {6}<edge /g)?.length).toBe(view.size);
    expect(view.order).toBeGreaterThan(15_000);
  });
});
