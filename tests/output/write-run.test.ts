// A run's folder: its files, written atomically; the CSV parses back to the recorded rows and the summary to its
// object; the networks (GEXF, GraphML unless left out, with each member's community) are streamed to disk; the network
// analysis only when asked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { OUTCOMES } from '../../src/metrics/outcomes.js';
import { createModel } from '../../src/model/create-model.js';
import { memberCommunities } from '../../src/metrics/communities.js';
import { networkView } from '../../src/model/to-graph.js';
import type { FileContent } from '../../src/output/atomic.js';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { isTextStream, streamedText } from '../../src/output/text-chunks.js';
import { RUN_FILES, runFileNames, runFiles, writeRun } from '../../src/output/write-run.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { parseCsv } from '../helpers/csv.js';
import { tempFolder } from '../helpers/temp.js';

const scenario = scenarioSchema.parse({
  name: 'write-run',
  seed: 3,
  steps: 6,
  population: { scale: 0.1 },
  metrics: { costlyEvery: 3 },
});
const result = run(createModel(scenario));
let dir: string;
const text = (content: FileContent) => (isTextStream(content) ? streamedText(content) : (content as string));
const topFiles = (names: string[]) => names.filter((name) => !name.startsWith('charts/')).sort();

beforeAll(() => {
  dir = tempFolder('clustersim-write-run-');
});

describe('runFiles', () => {
  const files = runFiles(scenario, result, 0.5);

  it('holds the run files it names, and charts besides; the networks as streams, the rest as text', () => {
    expect(topFiles(Object.keys(files))).toEqual([...RUN_FILES].sort());
    expect(runFileNames()).toEqual([...RUN_FILES]);
    for (const name of RUN_FILES)
      expect(name.startsWith('network.') ? isTextStream(files[name]) : typeof files[name] === 'string', name).toBe(
        true,
      );
  });

  it('leaves GraphML out when asked, and adds the network analysis when asked', () => {
    const without = runFiles(scenario, result, 0.5, [], {}, { graphml: false });
    expect(topFiles(Object.keys(without))).toEqual(RUN_FILES.filter((f) => f !== 'network.graphml').sort());
    expect(runFileNames({ graphml: false })).not.toContain('network.graphml');
    const analysed = runFiles(scenario, result, 0.5, [], {}, { brokerage: true });
    const names = [...RUN_FILES, 'centrality.csv', 'brokerage.csv', 'brokerage.json'];
    expect(topFiles(Object.keys(analysed))).toEqual([...names].sort());
    expect(runFileNames({ brokerage: true })).toEqual(names);
    expect(JSON.parse(analysed['brokerage.json'] as string).members).toBe(result.rows[scenario.steps].members);
  });

  it('writes only the outputs chosen, and always the manifest', () => {
    const chosen = runFiles(scenario, result, 0.5, [], {}, { mcs: false, gexf: false, graphml: false, charts: false });
    expect(Object.keys(chosen)).toEqual(['timeseries.csv', 'summary.json', 'manifest.json']);
    expect(runFileNames({ mcs: false, gexf: false, graphml: false, charts: false })).toEqual(Object.keys(chosen));
    const none = runFiles(
      scenario,
      result,
      0.5,
      [],
      {},
      { timeseries: false, summary: false, mcs: false, gexf: false, graphml: false, charts: false },
    );
    expect(Object.keys(none)).toEqual(['manifest.json']);
    const graphmlOnly = runFiles(scenario, result, 0.5, [], {}, { gexf: false, charts: false });
    expect(topFiles(Object.keys(graphmlOnly))).toEqual([
      'manifest.json',
      'mcs.csv',
      'network.graphml',
      'summary.json',
      'timeseries.csv',
    ]);
  });

  it('writes a CSV that parses back: the header, and one record per step with the recorded values', () => {
    const [header, ...records] = parseCsv(files['timeseries.csv'] as string);
    expect(header).toEqual(['step', 'date', ...OUTCOMES.map((c) => c.name)]);
    expect(records).toHaveLength(scenario.steps + 1);
    records.forEach((record, t) => {
      expect(record).toHaveLength(header.length);
      header.forEach((column, k) => {
        const value = result.rows[t][column];
        expect(record[k]).toBe(value === null ? '' : String(value));
      });
    });
    expect(records[1][header.indexOf('clustering')]).toBe('');
    expect(Number(records[3][header.indexOf('clustering')])).toBe(result.rows[3].clustering);
  });

  it('writes the summary and manifest as JSON', () => {
    expect(JSON.parse(files['summary.json'] as string)).toEqual(JSON.parse(JSON.stringify(result.summary)));
    expect(JSON.parse(files['manifest.json'] as string)).toMatchObject({
      scenarioName: 'write-run',
      seed: '3',
      steps: 6,
      wallTimeSeconds: 0.5,
    });
  });

  it('writes the final member network, each member with the community the time series counts', () => {
    const final = result.rows[scenario.steps];
    const gexf = text(files['network.gexf']);
    expect(gexf.match(/<node /g)).toHaveLength(final.members as number);
    expect(gexf.match(/<edge /g)?.length ?? 0).toBe(final.ties);
    const view = networkView(result.model, { community: memberCommunities(result.model, result.model.seed) });
    expect(gexf).toBe(toGexf(view));
    expect(text(files['network.graphml'])).toBe(toGraphml(view));
    const found = new Set<number>();
    view.forEachNode((_node, a) => found.add(a.community as number));
    expect(found.size).toBe(final.communities);
  });
});

describe('writeRun', () => {
  it('writes the run files into the folder, and nothing beside it', async () => {
    const out = join(dir, 'run');
    await writeRun(out, scenario, result, 0.5);
    const names = readdirSync(out);
    for (const name of RUN_FILES) expect(names).toContain(name);
    const again = runFiles(scenario, result, 0.5);
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8')).toBe(again['timeseries.csv']);
    expect(readFileSync(join(out, 'network.gexf'), 'utf8')).toBe(text(again['network.gexf']));
    expect(readFileSync(join(out, 'network.graphml'), 'utf8')).toBe(text(again['network.graphml']));
    expect(readdirSync(dir)).toEqual(['run']);
  });
});
