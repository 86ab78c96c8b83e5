// The network as GraphML (yEd, Cytoscape, igraph, networkx), streamed node by node: graphology-graphml only parses, so
// this writes it. Attribute types are inferred over all values (boolean, int, double, else string); missing values are
// left out.
import type { Attributes } from 'graphology-types';
import type { IterableGraph } from '../model/to-graph.js';
import { streamedText, textStream, type TextStream } from './text-chunks.js';
import { escapeXml } from './xml.js';

export type GraphmlType = 'boolean' | 'int' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';
type Graph = IterableGraph<Attributes, Attributes, Attributes>;

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
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

/** A value as text; numbers and booleans print without escaping, as they hold nothing to escape. */
function valueText(value: unknown, type: GraphmlType): string {
  if (typeof value === 'number')
    return type === 'double' && !Number.isFinite(value)
      ? Number.isNaN(value)
        ? 'NaN'
        : value > 0
          ? 'INF'
          : '-INF'
      : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return escapeXml(JSON.stringify(value));
  return escapeXml(String(value));
}

function inferKeys(
  domain: Domain,
  forEach: (visit: (attrs: Attributes) => void) => void,
  prefix: string,
): Map<string, Key> {
  const types = new Map<string, GraphmlType>();
  forEach((attrs) => {
    for (const name of Object.keys(attrs)) {
      const value = attrs[name];
      if (value === undefined || value === null) continue;
      const type = typeOf(value);
      const known = types.get(name);
      if (known !== type) types.set(name, known === undefined ? type : widen(known, type));
    }
  });
  return new Map([...types].map(([name, type], i) => [name, { id: `${prefix}${i}`, domain, name, type }]));
}

/** The data lines of one item, each starting with a newline, in the order of the item's attributes. */
function dataLines(attrs: Attributes, keys: Map<string, Key>, indent: string): string {
  let lines = '';
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    const key = keys.get(name);
    if (!key || value === undefined || value === null) continue;
    lines += `\n${indent}<data key="${key.id}">${valueText(value, key.type)}</data>`;
  }
  return lines;
}

/**
 * The start of a GraphML document: the keys of graph, node and edge attributes (each [name, type], numbered g0.., n0..,
 * e0.. in that order), and the graph element opened, with `graphData` (its data lines) inside.
 */
export function graphmlHeader(
  graphTypes: readonly [string, GraphmlType][],
  nodeTypes: readonly [string, GraphmlType][],
  edgeTypes: readonly [string, GraphmlType][],
  edgedefault: 'directed' | 'undirected',
  graphData: string,
): string {
  const keyLines = (domain: Domain, prefix: string, types: readonly [string, GraphmlType][]) =>
    types.map(
      ([name, type], i) =>
        `  <key id="${prefix}${i}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>\n`,
    );
  const keys = [
    ...keyLines('graph', 'g', graphTypes),
    ...keyLines('node', 'n', nodeTypes),
    ...keyLines('edge', 'e', edgeTypes),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys.join('') +
    `  <graph id="G" edgedefault="${edgedefault}">${graphData}\n`
  );
}

const typesOf = (keys: Map<string, Key>): [string, GraphmlType][] => [...keys.values()].map((k) => [k.name, k.type]);

/** The GraphML document of a graph, piece by piece (each ending in a line break): keys and graph, then each node and edge. */
export function* graphmlPieces(graph: Graph): Generator<string> {
  const nodeKeys = inferKeys('node', (visit) => graph.forEachNode((_n, a) => visit(a)), 'n');
  const edgeKeys = inferKeys('edge', (visit) => graph.forEachEdge((_e, a) => visit(a)), 'e');
  const graphKeys = inferKeys('graph', (visit) => visit(graph.getAttributes()), 'g');
  const edgedefault = graph.type === 'directed' ? 'directed' : 'undirected';
  const graphData = dataLines(graph.getAttributes(), graphKeys, '    ');
  yield graphmlHeader(typesOf(graphKeys), typesOf(nodeKeys), typesOf(edgeKeys), edgedefault, graphData);
  for (const { node, attributes } of graph.nodeEntries())
    yield `    <node id="${escapeXml(node)}">${dataLines(attributes, nodeKeys, '      ')}\n    </node>\n`;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const directed = graph.type === 'mixed' ? ` directed="${!undirected}"` : '';
    const head = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>`;
    yield `${head}${dataLines(attributes, edgeKeys, '      ')}\n    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** The GraphML document of a graph as a stream of chunks, for writing a large network without holding its text. */
export const graphmlStream = (graph: Graph): TextStream => textStream(() => graphmlPieces(graph));

/** GraphML text of a graph: nodes and edges by key, every attribute as typed data. */
export const toGraphml = (graph: Graph): string => streamedText(graphmlStream(graph));
