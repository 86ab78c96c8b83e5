// The network as GraphML (yEd, Cytoscape, igraph, networkx): graphology-graphml only parses, so this writes it.
// Attribute types are inferred over all values (boolean, int, double, else string); missing values are left out.
import type { AbstractGraph, Attributes } from 'graphology-types';

type GraphmlType = 'boolean' | 'int' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 2147483647 ? 'int' : 'double';
  return 'string';
}

/** The wider of two types: int and double give double; anything with a string (or boolean with number) gives string. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

function valueText(value: unknown, type: GraphmlType): string {
  if (type === 'double' && typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF';
  if (typeof value === 'object') return escapeXml(JSON.stringify(value));
  return escapeXml(String(value));
}

function inferKeys(domain: Domain, attributeSets: Iterable<Attributes>, prefix: string): Map<string, Key> {
  const types = new Map<string, GraphmlType>();
  for (const attrs of attributeSets) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null) continue;
      const type = typeOf(value);
      types.set(name, types.has(name) ? widen(types.get(name)!, type) : type);
    }
  }
  return new Map([...types].map(([name, type], i) => [name, { id: `${prefix}${i}`, domain, name, type }]));
}

function dataLines(attrs: Attributes, keys: Map<string, Key>, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(attrs)) {
    const key = keys.get(name);
    if (!key || value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${key.id}">${valueText(value, key.type)}</data>`);
  }
  return lines;
}

/** GraphML text of a graphology graph: nodes and edges by key, every attribute as typed data. */
export function toGraphml(graph: AbstractGraph): string {
  const nodeKeys = inferKeys('node', graph.mapNodes((_n: string, a: Attributes) => a), 'n');
  const edgeKeys = inferKeys('edge', graph.mapEdges((_e: string, a: Attributes) => a), 'e');
  const graphKeys = inferKeys('graph', [graph.getAttributes()], 'g');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of [...graphKeys.values(), ...nodeKeys.values(), ...edgeKeys.values()]) {
    lines.push(`  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`);
  }
  const edgedefault = graph.type === 'directed' ? 'directed' : 'undirected';
  lines.push(`  <graph id="G" edgedefault="${edgedefault}">`);
  lines.push(...dataLines(graph.getAttributes(), graphKeys, '    '));
  graph.forEachNode((node: string, attrs: Attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">`, ...dataLines(attrs, nodeKeys, '      '), '    </node>');
  });
  graph.forEachEdge((edge: string, attrs: Attributes, source: string, target: string, _s: Attributes, _t: Attributes, undirected: boolean) => {
    const directed = graph.type === 'mixed' ? ` directed="${!undirected}"` : '';
    const head = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>`;
    lines.push(head, ...dataLines(attrs, edgeKeys, '      '), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
