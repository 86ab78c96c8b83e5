// Network files read back for `clustersim network`: bad input first (no file, a folder, another ending, too large, not
// XML, malformed XML, XML of another kind, GEXF without a graph, edges to missing nodes, repeated node ids), each a
// UserError naming the file and never echoing its content; then clustersim's own GEXF and GraphML, read to the graph
// they were written from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { memberCommunities } from '../../src/metrics/communities.js';
import { run } from '../../src/engine/run.js';
import { createModel } from '../../src/model/create-model.js';
import { toGraph } from '../../src/model/to-graph.js';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { readNetworkFile } from '../../src/output/read-network.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-read-network-');

const file = (name: string, text: string) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};

/** The message of the UserError that reading `path` throws. */
function refusal(path: string, maxBytes?: number, memory?: number): string {
  try {
    readNetworkFile(path, maxBytes, memory);
  } catch (error) {
    if (isUserError(error)) return (error as Error).message;
    throw error;
  }
  throw new Error(`${path} was read`);
}

const GEXF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">';

describe('readNetworkFile: bad input', () => {
  it('refuses a missing file, a folder and a file of another ending', () => {
    expect(refusal(join(root, 'none.gexf'))).toBe(`clustersim network: ${join(root, 'none.gexf')}: no such file`);
    mkdirSync(join(root, 'folder.gexf'));
    expect(refusal(join(root, 'folder.gexf'))).toMatch(
      /folder\.gexf: is a folder; expected a \.gexf or \.graphml file$/,
    );
    expect(refusal(file('net.csv', 'a,b\n'))).toMatch(
      /net\.csv: expected a network file ending in \.gexf or \.graphml/,
    );
  });

  it('refuses a file larger than it reads, or than the memory would hold, saying both sizes', () => {
    const big = file('big.gexf', 'x'.repeat(3 * 2 ** 20));
    expect(refusal(big, 2 ** 20)).toMatch(/big\.gexf: is 3 MiB, more than the 1 MiB clustersim reads$/);
    expect(refusal(big, undefined, 300e6)).toMatch(
      /big\.gexf: reading its 3 MiB would take about 0\.3 GB of memory, more than 80% of this machine's 0\.3 GB$/,
    );
  });

  it('refuses text that is not XML, and malformed XML with its place but not its content', () => {
    expect(refusal(file('words.gexf', 'secret words'))).toMatch(/words\.gexf: not an XML document/);
    expect(refusal(file('empty.graphml', ''))).toMatch(/empty\.graphml: not an XML document/);
    const broken = refusal(
      file('broken.gexf', `${GEXF_HEAD}\n<graph><nodes><node id="secret"></nodes></graph></gexf>`),
    );
    expect(broken).toMatch(/broken\.gexf: malformed XML \(line \d+, column \d+\); expected a GEXF or GraphML file$/);
    expect(broken).not.toContain('secret');
    expect(refusal(file('quote.graphml', '<graphml><graph id="G></graph></graphml>'))).toMatch(/malformed XML/);
    expect(refusal(file('entity.gexf', '<gexf><graph>&secret;</graph></gexf>'))).not.toContain('secret');
  });

  it('refuses XML of another kind, and GEXF without a graph', () => {
    expect(refusal(file('page.xml', '<html><body/></html>'))).toMatch(
      /page\.xml: an XML file but not GEXF or GraphML \(its root element is neither <gexf> nor <graphml>\)$/,
    );
    expect(refusal(file('nograph.gexf', `${GEXF_HEAD}<meta/></gexf>`))).toMatch(
      /nograph\.gexf: GEXF without a <graph> element$/,
    );
  });

  it('refuses an edge to a node the file does not hold, and two nodes of one id', () => {
    const missing = `${GEXF_HEAD}<graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
    expect(refusal(file('missing.gexf', missing))).toMatch(
      /missing\.gexf: GEXF with an edge whose end is not one of its nodes$/,
    );
    const twice = '<graphml><graph edgedefault="undirected"><node id="a"/><node id="a"/></graph></graphml>';
    expect(refusal(file('twice.graphml', twice))).toMatch(/twice\.graphml: GraphML with two nodes of the same id$/);
  });
});

describe('readNetworkFile: clustersim files', () => {
  const model = createModel({ population: { scale: 0.1 } });
  run(model, { steps: 3 });
  const graph = toGraph(model, { community: memberCommunities(model, model.seed) });
  const attributes = (g: AbstractGraph) => {
    const out: Record<string, unknown> = {};
    g.forEachNode((n, a) => void (out[n] = a));
    return out;
  };

  it('reads its GEXF and GraphML back to the same members, ties and member attributes', () => {
    for (const [name, text] of [
      ['run.gexf', toGexf(graph)],
      ['run.graphml', toGraphml(graph)],
    ]) {
      const { graph: back, format } = readNetworkFile(file(name, text));
      expect(format).toBe(name.endsWith('.gexf') ? 'gexf' : 'graphml');
      expect([back.order, back.size]).toEqual([graph.order, graph.size]);
      expect(attributes(back)).toEqual(attributes(graph as unknown as AbstractGraph));
      graph.forEachEdge((_e, _a, s, t) => expect(back.hasEdge(s, t)).toBe(true));
    }
  });
});
