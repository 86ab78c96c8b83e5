// GEXF 1.2 for Gephi and networkx: an empty graph first, then declared attribute types, XML escaping, and a model's
// network (the same text from the graphology graph and from the in-place view), streamed in chunks.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { networkView, toGraph } from '../../src/model/to-graph.js';
import { GEXF_NAMESPACE, gexfStream, toGexf } from '../../src/output/gexf.js';
import { eightAgents } from '../helpers/networks.js';
import { mixedGraph } from './fixtures.js';

describe('toGexf', () => {
  it('writes an empty graph as a GEXF 1.2 document, in the 1.2draft namespace networkx 2.x looks for', () => {
    const text = toGexf(new UndirectedGraph());
    expect(GEXF_NAMESPACE).toBe('http://www.gexf.net/1.2draft');
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
      ),
    ).toBe(true);
    expect(text).toContain('<graph defaultedgetype="undirected" mode="static">');
    expect(text).toContain('<nodes>\n    </nodes>');
    expect(text.endsWith('</gexf>\n')).toBe(true);
  });

  it('declares each attribute once with its type, a number being double if any value is fractional', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a', { label: 'A', n: 1, flag: true, name: 'x' });
    graph.addNode('b', { label: 'B', n: 2.5, flag: false, name: 'y' });
    graph.addEdgeWithKey('e', 'a', 'b', { weight: 0.5, origin: 'event' });
    const text = toGexf(graph);
    expect(text).toContain(
      '<attributes class="node">\n      <attribute id="0" title="n" type="double"/>\n      <attribute id="1" title="flag" type="boolean"/>\n      <attribute id="2" title="name" type="string"/>\n    </attributes>',
    );
    expect(text).toContain(
      '<attributes class="edge">\n      <attribute id="0" title="origin" type="string"/>\n    </attributes>',
    );
    expect(text).toContain(
      '<node id="a" label="A"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="true"/><attvalue for="2" value="x"/></attvalues></node>',
    );
    expect(text).toContain(
      '<edge id="e" source="a" target="b" weight="0.5"><attvalues><attvalue for="0" value="event"/></attvalues></edge>',
    );
  });

  it('escapes XML in keys, labels and values', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a&b', { label: '<R&D "lab">', note: "it's" });
    const text = toGexf(graph);
    expect(text).toContain(
      '<node id="a&amp;b" label="&lt;R&amp;D &quot;lab&quot;&gt;"><attvalues><attvalue for="0" value="it&apos;s"/></attvalues></node>',
    );
  });

  it('writes a graph of mixed attributes to the letter', () => {
    expect(toGexf(mixedGraph()).split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
      '  <meta><creator>clustersim</creator></meta>',
      '  <graph defaultedgetype="undirected" mode="static">',
      '    <attributes class="node">',
      '      <attribute id="0" title="n" type="double"/>',
      '      <attribute id="1" title="tag" type="string"/>',
      '      <attribute id="2" title="extra" type="string"/>',
      '      <attribute id="3" title="flag" type="boolean"/>',
      '    </attributes>',
      '    <attributes class="edge">',
      '      <attribute id="0" title="origin" type="string"/>',
      '    </attributes>',
      '    <nodes>',
      '      <node id="a" label="A &quot;1&quot;"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="x&lt;y"/></attvalues></node>',
      '      <node id="b"><attvalues><attvalue for="0" value="2.5"/><attvalue for="1" value="z"/><attvalue for="2" value="[object Object]"/></attvalues></node>',
      '      <node id="c"><attvalues><attvalue for="0" value="NaN"/><attvalue for="3" value="true"/></attvalues></node>',
      '    </nodes>',
      '    <edges>',
      '      <edge id="d" source="a" target="b" weight="2"><attvalues><attvalue for="0" value="it&apos;s"/></attvalues></edge>',
      '      <edge id="u" source="b" target="c"><attvalues><attvalue for="0" value="event"/></attvalues></edge>',
      '    </edges>',
      '  </graph>',
      '</gexf>',
      '',
    ]);
  });

  it('writes every member and member tie of a model', () => {
    const text = toGexf(toGraph(eightAgents()));
    expect(text.match(/<node /g)).toHaveLength(7);
    expect(text.match(/<edge /g)).toHaveLength(6);
    expect(text).toContain(
      '<node id="0" label="firm 0"><attvalues><attvalue for="0" value="firm"/><attvalue for="1" value="mc-0"/><attvalue for="2" value="capital"/>' +
        '<attvalue for="3" value="Banwol-Sihwa"/><attvalue for="4" value="IT"/><attvalue for="5" value="small"/><attvalue for="6" value="false"/>' +
        '<attvalue for="7" value="true"/><attvalue for="8" value="false"/><attvalue for="9" value=""/><attvalue for="10" value="0.5"/><attvalue for="11" value="0.6"/></attvalues></node>\n',
    );
    expect(text).toContain(
      '<edge id="t3" source="0" target="6" weight="0.5"><attvalues><attvalue for="0" value="0.9"/><attvalue for="1" value="initial"/><attvalue for="2" value="0"/><attvalue for="3" value="0"/></attvalues></edge>\n',
    );
  });

  it('writes the same text from the in-place view of a model as from its graphology graph', () => {
    for (const membersOnly of [true, false]) {
      expect(toGexf(networkView(eightAgents(), { membersOnly }))).toBe(toGexf(toGraph(eightAgents(), { membersOnly })));
    }
  });

  it('keeps every line in order across the chunks it streams, a few hundred items a chunk', () => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 1000; i++) graph.addNode(String(i), { n: i });
    for (let i = 1; i < 1000; i++) graph.addEdgeWithKey(`e${i}`, String(i - 1), String(i));
    const chunks = [...gexfStream(graph).chunks()];
    expect(chunks.length).toBe(8);
    const whole = chunks.join('');
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 6);
    const lines = whole.split('\n');
    expect(lines).toHaveLength(2016);
    expect(lines.filter((l) => l.includes('<node ')).map((l) => l.match(/id="(\d+)"/)![1])).toEqual(
      Array.from({ length: 1000 }, (_, i) => String(i)),
    );
    expect(lines.filter((l) => l.includes('<edge ')).map((l) => l.match(/id="e(\d+)"/)![1])).toEqual(
      Array.from({ length: 999 }, (_, i) => String(i + 1)),
    );
    expect(lines[lines.length - 2]).toBe('</gexf>');
  });
});
