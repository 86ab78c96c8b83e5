// GEXF for Gephi: an empty graph first, then declared attribute types, XML escaping, and a model's network.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toGraph } from '../../src/model/to-graph.js';
import { toGexf } from '../../src/output/gexf.js';
import { eightAgents } from '../helpers/networks.js';

describe('toGexf', () => {
  it('writes an empty graph as a valid GEXF 1.3 document', () => {
    const text = toGexf(new UndirectedGraph());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')).toBe(true);
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
    expect(text).toContain('<attributes class="node">\n      <attribute id="0" title="n" type="double"/>\n      <attribute id="1" title="flag" type="boolean"/>\n      <attribute id="2" title="name" type="string"/>\n    </attributes>');
    expect(text).toContain('<attributes class="edge">\n      <attribute id="0" title="origin" type="string"/>\n    </attributes>');
    expect(text).toContain('<node id="a" label="A"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="true"/><attvalue for="2" value="x"/></attvalues></node>');
    expect(text).toContain('<edge id="e" source="a" target="b" weight="0.5"><attvalues><attvalue for="0" value="event"/></attvalues></edge>');
  });

  it('escapes XML in keys, labels and values', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a&b', { label: '<R&D "lab">', note: "it's" });
    const text = toGexf(graph);
    expect(text).toContain('<node id="a&amp;b" label="&lt;R&amp;D &quot;lab&quot;&gt;"><attvalues><attvalue for="0" value="it&apos;s"/></attvalues></node>');
  });

  it('writes every member and member tie of a model', () => {
    const text = toGexf(toGraph(eightAgents()));
    expect(text.match(/<node /g)).toHaveLength(7);
    expect(text.match(/<edge /g)).toHaveLength(6);
  });
});
