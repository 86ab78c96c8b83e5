// Reference writers of GEXF and GraphML for tests: each document built whole in memory, the plain way (one array of
// lines, joined once), from the graph's callbacks rather than its iterators. The streaming writers of src/output/ must
// give the same bytes on a small network.
import type { Attributes } from 'graphology-types';
import type { ReadableGraph } from '../../src/model/to-graph.js';
import { escapeXml } from '../../src/output/xml.js';

type Graph = ReadableGraph<Attributes, Attributes, Attributes>;

/** Every attribute of nodes (or edges) but `skip`, with its type widened over all values: names in first-seen order. */
function attributeTypes(
  each: (visit: (attrs: Attributes) => void) => void,
  skip: string,
  type: (value: unknown) => string,
  widen: (a: string, b: string) => string,
): Map<string, string> {
  const types = new Map<string, string>();
  each((attrs) => {
    for (const [name, value] of Object.entries(attrs)) {
      if (name === skip || value === undefined || value === null) continue;
      const known = types.get(name);
      types.set(name, known === undefined ? type(value) : widen(known, type(value)));
    }
  });
  return types;
}

const nodesOf = (graph: Graph) => (visit: (a: Attributes) => void) => graph.forEachNode((_n, a) => visit(a));
const edgesOf = (graph: Graph) => (visit: (a: Attributes) => void) => graph.forEachEdge((_e, a) => visit(a));

export function referenceGexf(graph: Graph): string {
  const esc = (text: unknown) => escapeXml(String(text), true);
  const type = (v: unknown) =>
    typeof v === 'boolean'
      ? 'boolean'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'double'
        : 'string';
  const widen = (a: string, b: string) => (a === 'integer' && b === 'double' ? 'double' : a);
  const nodeTypes = attributeTypes(nodesOf(graph), 'label', type, widen);
  const edgeTypes = attributeTypes(edgesOf(graph), 'weight', type, widen);
  const value = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : esc(v));
  const attvalues = (attrs: Attributes, types: Map<string, string>) => {
    const cells = [...types.keys()]
      .map((name, k) =>
        attrs[name] === undefined || attrs[name] === null ? '' : `<attvalue for="${k}" value="${value(attrs[name])}"/>`,
      )
      .join('');
    return cells === '' ? '' : `<attvalues>${cells}</attvalues>`;
  };
  const ns = 'http://www.gexf.net/1.2draft';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns} ${ns}/gexf.xsd" version="1.2">`,
    '  <meta><creator>clustersim</creator></meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
  ];
  for (const [kind, types] of [
    ['node', nodeTypes],
    ['edge', edgeTypes],
  ] as const) {
    lines.push(`    <attributes class="${kind}">`);
    [...types].forEach(([name, t], k) => lines.push(`      <attribute id="${k}" title="${esc(name)}" type="${t}"/>`));
    lines.push('    </attributes>');
  }
  lines.push('    <nodes>');
  graph.forEachNode((node, a) => {
    const label = a.label === undefined ? '' : ` label="${esc(a.label)}"`;
    lines.push(`      <node id="${esc(node)}"${label}>${attvalues(a, nodeTypes)}</node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, a, source, target) => {
    const weight = typeof a.weight === 'number' ? ` weight="${a.weight}"` : '';
    lines.push(
      `      <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}"${weight}>${attvalues(a, edgeTypes)}</edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

export function referenceGraphml(graph: Graph): string {
  const type = (v: unknown) =>
    typeof v === 'boolean'
      ? 'boolean'
      : typeof v === 'number'
        ? Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1
          ? 'int'
          : 'double'
        : 'string';
  const widen = (a: string, b: string) =>
    a === b ? a : (a === 'int' && b === 'double') || (a === 'double' && b === 'int') ? 'double' : 'string';
  const keysOf = (types: Map<string, string>, prefix: string) =>
    new Map([...types].map(([name, t], i) => [name, { id: `${prefix}${i}`, type: t }]));
  const graphKeys = keysOf(
    attributeTypes((visit) => visit(graph.getAttributes()), '', type, widen),
    'g',
  );
  const nodeKeys = keysOf(attributeTypes(nodesOf(graph), '', type, widen), 'n');
  const edgeKeys = keysOf(attributeTypes(edgesOf(graph), '', type, widen), 'e');
  const text = (v: unknown, t: string) => {
    if (typeof v === 'number' && t === 'double' && !Number.isFinite(v))
      return Number.isNaN(v) ? 'NaN' : v > 0 ? 'INF' : '-INF';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return escapeXml(typeof v === 'object' ? JSON.stringify(v) : String(v));
  };
  const data = (
    attrs: Attributes,
    keys: Map<string, { id: string; type: string }>,
    indent: string,
    lines: string[],
  ) => {
    for (const [name, v] of Object.entries(attrs)) {
      const key = keys.get(name);
      if (key && v !== undefined && v !== null)
        lines.push(`${indent}<data key="${key.id}">${text(v, key.type)}</data>`);
    }
  };
  const xmlns = 'http://graphml.graphdrawing.org/xmlns';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${xmlns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${xmlns} ${xmlns}/1.0/graphml.xsd">`,
  ];
  for (const [domain, keys] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const [name, key] of keys)
      lines.push(`  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${key.type}"/>`);
  const edgedefault = graph.type === 'directed' ? 'directed' : 'undirected';
  lines.push(`  <graph id="G" edgedefault="${edgedefault}">`);
  data(graph.getAttributes(), graphKeys, '    ', lines);
  graph.forEachNode((node, a) => {
    lines.push(`    <node id="${escapeXml(node)}">`);
    data(a, nodeKeys, '      ', lines);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
    const directed = graph.type === 'mixed' ? ` directed="${!undirected}"` : '';
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>`,
    );
    data(a, edgeKeys, '      ', lines);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
