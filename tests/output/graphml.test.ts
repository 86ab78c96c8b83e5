// Network exports read back: GraphML (own writer, read by graphology-graphml) and GEXF, by hand and from the model; run
// --snapshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import * as gexfModule from 'graphology-gexf';
import * as graphmlModule from 'graphology-graphml';
import type { AbstractGraph, Attributes, GraphConstructor } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/model/create-model.js';
import { run } from '../../src/engine/run.js';
import { networkView, toGraph } from '../../src/model/to-graph.js';
import { toGraphml } from '../../src/output/graphml.js';
import { escapeXml } from '../../src/output/xml.js';
import { toGexf } from '../../src/output/gexf.js';
import { eightAgents } from '../helpers/networks.js';
import { runCli } from '../render/cli-io.js';
import { mixedGraph } from './fixtures.js';
import { tempFolder } from '../helpers/temp.js';

type Parse = (Graph: GraphConstructor, source: string) => AbstractGraph;
const parseGraphml = ((graphmlModule as unknown as { default?: { parse: Parse } }).default ?? graphmlModule)
  .parse as Parse;
const parseGexf = ((gexfModule as unknown as { default?: { parse: Parse } }).default ?? gexfModule).parse as Parse;

const root = tempFolder('clustersim-graphml-');

const attributesOf = (graph: AbstractGraph, kind: 'node' | 'edge') => {
  const out: Record<string, Attributes> = {};
  if (kind === 'node') graph.forEachNode((n, a) => void (out[n] = a));
  else graph.forEachEdge((e, a, s, t) => void (out[e] = { ...a, ends: [s, t].sort().join('-') }));
  return out;
};

describe('toGraphml', () => {
  it('round-trips a hand-built graph: ids, ends, and every attribute with its type', () => {
    const graph = new UndirectedGraph();
    graph.replaceAttributes({ step: 7, name: 'a & <b>' });
    graph.addNode('1', { label: 'firm "1"', kind: 'firm', lead: true, capability: 0.25, count: 3, size: '' });
    graph.addNode('x<2>', { label: 'agency 2', kind: 'agency', lead: false, capability: 1, count: -4 });
    graph.addNode('3', { label: 'bad\u0001char' });
    graph.addEdgeWithKey('t0', '1', 'x<2>', { weight: 0.5, origin: 'event', createdAt: 2 });
    graph.addEdgeWithKey('t1', '3', '1', { weight: 1, origin: 'initial', createdAt: 0 });
    const text = toGraphml(graph);
    expect(text).toContain('<key id="n2" for="node" attr.name="lead" attr.type="boolean"/>');
    expect(text).toContain('attr.name="capability" attr.type="double"');
    expect(text).toContain('attr.name="count" attr.type="int"');
    const back = parseGraphml(UndirectedGraph as unknown as GraphConstructor, text);
    expect(back.type).toBe('undirected');
    expect(back.getAttributes()).toEqual({ id: 'G', step: 7, name: 'a & <b>' });
    expect(attributesOf(back, 'node')).toEqual({
      '1': { label: 'firm "1"', kind: 'firm', lead: true, capability: 0.25, count: 3, size: '' },
      'x<2>': { label: 'agency 2', kind: 'agency', lead: false, capability: 1, count: -4 },
      '3': { label: 'badchar' },
    });
    expect(attributesOf(back, 'edge')).toEqual({
      t0: { weight: 0.5, origin: 'event', createdAt: 2, ends: '1-x<2>' },
      t1: { weight: 1, origin: 'initial', createdAt: 0, ends: '1-3' },
    });
  });

  it("writes a mixed graph to the letter: keys in order of first use, data in the order of each item's attributes", () => {
    expect(toGraphml(mixedGraph()).split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      '  <key id="g0" for="graph" attr.name="step" attr.type="int"/>',
      '  <key id="g1" for="graph" attr.name="note" attr.type="string"/>',
      '  <key id="n0" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="n1" for="node" attr.name="n" attr.type="double"/>',
      '  <key id="n2" for="node" attr.name="tag" attr.type="string"/>',
      '  <key id="n3" for="node" attr.name="extra" attr.type="string"/>',
      '  <key id="n4" for="node" attr.name="flag" attr.type="boolean"/>',
      '  <key id="e0" for="edge" attr.name="weight" attr.type="string"/>',
      '  <key id="e1" for="edge" attr.name="origin" attr.type="string"/>',
      '  <graph id="G" edgedefault="undirected">',
      '    <data key="g0">4</data>',
      '    <data key="g1">R&amp;D</data>',
      '    <node id="a">',
      '      <data key="n0">A &quot;1&quot;</data>',
      '      <data key="n1">1</data>',
      '      <data key="n2">x&lt;y</data>',
      '    </node>',
      '    <node id="b">',
      '      <data key="n2">z</data>',
      '      <data key="n1">2.5</data>',
      '      <data key="n3">{&quot;k&quot;:[1,2]}</data>',
      '    </node>',
      '    <node id="c">',
      '      <data key="n1">NaN</data>',
      '      <data key="n4">true</data>',
      '    </node>',
      '    <edge id="d" source="a" target="b" directed="true">',
      '      <data key="e0">2</data>',
      '      <data key="e1">it\'s</data>',
      '    </edge>',
      '    <edge id="u" source="b" target="c" directed="false">',
      '      <data key="e1">event</data>',
      '      <data key="e0">heavy</data>',
      '    </edge>',
      '  </graph>',
      '</graphml>',
      '',
    ]);
  });

  it('writes the same text from the in-place view of a model as from its graphology graph', () => {
    for (const membersOnly of [true, false]) {
      expect(toGraphml(networkView(eightAgents(), { membersOnly }))).toBe(
        toGraphml(toGraph(eightAgents(), { membersOnly })),
      );
    }
  });

  it('writes directed graphs as directed, and non-finite numbers in XML Schema form (NaN, INF)', () => {
    const graph = new DirectedGraph();
    graph.addNode('a', { v: Number.NaN, w: 1.5 });
    graph.addNode('b', { w: Number.POSITIVE_INFINITY });
    graph.addEdge('a', 'b');
    const text = toGraphml(graph);
    expect(text).toContain('>INF</data>');
    const back = parseGraphml(DirectedGraph as unknown as GraphConstructor, text);
    expect(back.type).toBe('directed');
    expect(back.hasDirectedEdge('a', 'b')).toBe(true);
    expect(back.getNodeAttribute('a', 'v')).toBeNaN();
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('network exports of the model', () => {
  const model = createModel({ population: { scale: 0.1 } });
  run(model, { steps: 3 });
  const graph = toGraph(model);

  it('GraphML holds every member and tie of the model with their attributes', () => {
    const back = parseGraphml(UndirectedGraph as unknown as GraphConstructor, toGraphml(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute('step')).toBe(3);
    expect(attributesOf(back, 'node')).toEqual(attributesOf(graph, 'node'));
    expect(attributesOf(back, 'edge')).toEqual(attributesOf(graph, 'edge'));
  });

  it('GEXF holds every member and tie with kind, MC, region, trust and origin', () => {
    const back = parseGexf(UndirectedGraph as unknown as GraphConstructor, toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((n, a) => {
      expect(back.getNodeAttributes(n)).toMatchObject({
        label: a.label,
        kind: a.kind,
        mc: a.mc,
        region: a.region,
        lead: a.lead,
        capability: a.capability,
      });
    });
    graph.forEachEdge((_e, a, s, t) => {
      expect(back.hasEdge(s, t)).toBe(true);
      expect(back.getEdgeAttributes(back.edge(s, t)!)).toMatchObject({
        trust: a.trust,
        origin: a.origin,
        createdAt: a.createdAt,
      });
    });
  });
});

describe('clustersim run --snapshots', () => {
  it('writes GEXF, GraphML and a drawing of the network at each chosen step, matching the recorded counts', async () => {
    const out = join(root, 'run');
    const { code, stdout } = await runCli([
      'run',
      '--steps',
      '6',
      '--set',
      'population.scale=0.1',
      '--snapshots',
      '3,0',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('network at steps 0, 3');
    const rows = readFileSync(join(out, 'timeseries.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const column = (name: string, step: number) => Number(rows[step + 1][rows[0].indexOf(name)]);
    for (const step of [0, 3]) {
      const graphml = parseGraphml(
        UndirectedGraph as unknown as GraphConstructor,
        readFileSync(join(out, `network-${step}.graphml`), 'utf8'),
      );
      const gexf = parseGexf(
        UndirectedGraph as unknown as GraphConstructor,
        readFileSync(join(out, `network-${step}.gexf`), 'utf8'),
      );
      expect([graphml.order, graphml.size]).toEqual([column('members', step), column('ties', step)]);
      expect([gexf.order, gexf.size]).toEqual([column('members', step), column('ties', step)]);
      expect(graphml.getAttribute('step')).toBe(step);
      const drawing = JSON.parse(readFileSync(join(out, 'charts', `network-${step}.vl.json`), 'utf8'));
      expect(drawing.layer[1].data.values).toHaveLength(column('members', step));
    }
    expect(readFileSync(join(out, 'charts', 'network-6.vl.json'), 'utf8')).toContain('Member network at step 6');
  });

  it('refuses steps that are not integers or come after the last step', async () => {
    for (const [value, message] of [
      ['0,x', /expected steps as integers/],
      ['0,9', /step 9 is after the last step \(6\)/],
    ] as const) {
      const { code, stderr } = await runCli([
        'run',
        '--steps',
        '6',
        '--set',
        'population.scale=0.1',
        '--snapshots',
        value,
        '--out',
        join(root, 'bad'),
      ]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });
});
