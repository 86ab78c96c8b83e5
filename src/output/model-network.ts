// The member network of a model (or a snapshot) as GEXF and GraphML, written straight from its columns: the same bytes
// as gexfPieces and graphmlPieces give for networkView(source, options), several times faster. Hand-written for speed:
// an attribute object per node and tie, and a string per attribute, were most of the time of writing a run; here each
// node and tie is one template, and each label (kind, MC, region, ...) is escaped once per file, not once per use.
import { PARKS, REGIONS, SECTORS } from '../model/geography.js';
import { agentAttributes, networkView, tieAttributes, type NetworkSource } from '../model/to-graph.js';
import { STAY_OUT_REASONS, TIE_ORIGINS } from '../model/types.js';
import { KIND_NAMES } from '../scenario/schema.js';
import { gexfDeclarations, gexfStream, GEXF_HEADER, type GexfType } from './gexf.js';
import { graphmlHeader, graphmlStream, type GraphmlType } from './graphml.js';
import { textStream, type TextStream } from './text-chunks.js';
import { escapeXml } from './xml.js';

/** The attributes of a node and of a tie, in the order networkView gives them: what this file knows how to write. */
const NODE_KEYS = 'label kind mc region park sector size lead member coordinator reason capability satisfaction';
const TIE_KEYS = 'weight trust origin createdAt lastUsed';
const SIZES = ['small', 'medium', 'large'];
const FIRM = KIND_NAMES.indexOf('firm');

/** What the generic writers infer of a number column: whether every value is an integer, and one GraphML's int holds. */
interface NumberColumn {
  integer: boolean;
  int: boolean;
}

/** The nodes (agent ids) and ties (slots) of the member network, in networkView's order, and their number columns. */
interface MemberNetwork {
  source: NetworkSource;
  community?: Int32Array;
  nodes: Int32Array;
  ties: Int32Array;
  hasCommunity: boolean;
  capability: NumberColumn;
  satisfaction: NumberColumn;
  weight: NumberColumn;
  trust: NumberColumn;
  createdAt: NumberColumn;
  lastUsed: NumberColumn;
}

function numberColumn(values: ArrayLike<number>, ids: Int32Array): NumberColumn {
  let integer = true;
  let int = true;
  for (let k = 0; k < ids.length && int; k++) {
    const value = values[ids[k]];
    if (!Number.isInteger(value)) integer = int = false;
    else if (Math.abs(value) > 2147483647) int = false;
  }
  return { integer, int };
}

/** The ids that pass `keep`, in order, counted first so that the list takes 4 bytes each. */
function idsWhere(n: number, keep: (k: number) => boolean): Int32Array {
  let count = 0;
  for (let k = 0; k < n; k++) if (keep(k)) count++;
  const ids = new Int32Array(count);
  for (let k = 0, at = 0; k < n; k++) if (keep(k)) ids[at++] = k;
  return ids;
}

/** The members (nodes) and their ties (the slots of live ties between members), as networkView gives them. */
function memberNetwork(source: NetworkSource, community?: Int32Array): MemberNetwork {
  const { agents, ties } = source;
  const nodes = idsWhere(agents.count, (i) => agents.member[i] === 1);
  const slots = idsWhere(
    ties.size,
    (t) => ties.alive[t] === 1 && agents.member[ties.a[t]] === 1 && agents.member[ties.b[t]] === 1,
  );
  return {
    source,
    community,
    nodes,
    ties: slots,
    hasCommunity: community !== undefined && nodes.some((i) => community[i] >= 0),
    capability: numberColumn(agents.capability, nodes),
    satisfaction: numberColumn(agents.satisfaction, nodes),
    weight: numberColumn(ties.strength, slots),
    trust: numberColumn(ties.trust, slots),
    createdAt: numberColumn(ties.createdAt, slots),
    lastUsed: numberColumn(ties.lastUsed, slots),
  };
}

/** Whether the view's nodes and ties carry the attributes this file writes (else the generic writers run). */
function knownAttributes(source: NetworkSource): boolean {
  const anAgent = source.agents.count > 0 ? Object.keys(agentAttributes(source, 0)).join(' ') : NODE_KEYS;
  const aTie = source.ties.size > 0 ? Object.keys(tieAttributes(source, 0)).join(' ') : TIE_KEYS;
  return anAgent === NODE_KEYS && aTie === TIE_KEYS;
}

/** Every label a node or tie can show, escaped once: by kind, MC, region, park, sector, size, reason and origin. */
function labels(source: NetworkSource, escapeText: (text: string) => string) {
  return {
    kind: KIND_NAMES.map(escapeText),
    mc: source.mcs.names.map(escapeText),
    region: REGIONS.map((r) => escapeText(r.id)),
    park: PARKS.map(escapeText),
    sector: SECTORS.map(escapeText),
    size: SIZES.map(escapeText),
    reason: STAY_OUT_REASONS.map(escapeText),
    origin: TIE_ORIGINS.map(escapeText),
  };
}

const gexfNumber = (column: NumberColumn): GexfType => (column.integer ? 'integer' : 'double');

function* gexfPieces(net: MemberNetwork): Generator<string> {
  const { source, community, nodes, ties: slots } = net;
  const { agents, ties, mcs } = source;
  const text = labels(source, (t) => escapeXml(t, true));
  const nodeTypes = new Map<string, GexfType>();
  if (nodes.length > 0) {
    for (const name of NODE_KEYS.split(' ').slice(1, -2))
      nodeTypes.set(name, name === 'lead' || name === 'member' || name === 'coordinator' ? 'boolean' : 'string');
    nodeTypes.set('capability', gexfNumber(net.capability)).set('satisfaction', gexfNumber(net.satisfaction));
    if (net.hasCommunity) nodeTypes.set('community', 'integer');
  }
  const edgeTypes = new Map<string, GexfType>();
  if (slots.length > 0)
    edgeTypes
      .set('trust', gexfNumber(net.trust))
      .set('origin', 'string')
      .set('createdAt', gexfNumber(net.createdAt))
      .set('lastUsed', gexfNumber(net.lastUsed));
  yield `${GEXF_HEADER}${gexfDeclarations('node', nodeTypes)}${gexfDeclarations('edge', edgeTypes)}    <nodes>\n`;
  for (let k = 0; k < nodes.length; k++) {
    const i = nodes[k];
    const kind = agents.kind[i];
    const mc = agents.mc[i];
    const firm = kind === FIRM;
    const member = agents.member[i] === 1;
    const group = community !== undefined && community[i] >= 0 ? `<attvalue for="12" value="${community[i]}"/>` : '';
    yield `      <node id="${i}" label="${escapeXml(`${KIND_NAMES[kind]} ${i}`, true)}"><attvalues><attvalue for="0" value="${text.kind[kind]}"/><attvalue for="1" value="${text.mc[mc]}"/><attvalue for="2" value="${text.region[agents.region[i]]}"/><attvalue for="3" value="${text.park[agents.park[i]]}"/><attvalue for="4" value="${text.sector[agents.sector[i]]}"/><attvalue for="5" value="${firm ? text.size[agents.size[i]] : ''}"/><attvalue for="6" value="${agents.lead[i] === 1}"/><attvalue for="7" value="${member}"/><attvalue for="8" value="${mcs.coordinator[mc] === i}"/><attvalue for="9" value="${firm && !member ? text.reason[agents.reason[i]] : ''}"/><attvalue for="10" value="${agents.capability[i]}"/><attvalue for="11" value="${agents.satisfaction[i]}"/>${group}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (let k = 0; k < slots.length; k++) {
    const t = slots[k];
    yield `      <edge id="t${t}" source="${ties.a[t]}" target="${ties.b[t]}" weight="${ties.strength[t]}"><attvalues><attvalue for="0" value="${ties.trust[t]}"/><attvalue for="1" value="${text.origin[ties.origin[t]]}"/><attvalue for="2" value="${ties.createdAt[t]}"/><attvalue for="3" value="${ties.lastUsed[t]}"/></attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

const graphmlNumber = (column: NumberColumn): GraphmlType => (column.int ? 'int' : 'double');

/** A number of a GraphML double column: non-finite values as GraphML writes them. */
const graphmlDouble = (value: number) =>
  Number.isFinite(value) ? `${value}` : Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF';

function* graphmlPieces(net: MemberNetwork): Generator<string> {
  const { source, community, nodes, ties: slots } = net;
  const { agents, ties, mcs } = source;
  const text = labels(source, (t) => escapeXml(t));
  const nodeTypes: [string, GraphmlType][] = [];
  if (nodes.length > 0) {
    for (const name of NODE_KEYS.split(' ').slice(0, -2))
      nodeTypes.push([name, name === 'lead' || name === 'member' || name === 'coordinator' ? 'boolean' : 'string']);
    nodeTypes.push(['capability', graphmlNumber(net.capability)], ['satisfaction', graphmlNumber(net.satisfaction)]);
    if (net.hasCommunity) nodeTypes.push(['community', 'int']);
  }
  const edgeTypes: [string, GraphmlType][] =
    slots.length === 0
      ? []
      : [
          ['weight', graphmlNumber(net.weight)],
          ['trust', graphmlNumber(net.trust)],
          ['origin', 'string'],
          ['createdAt', graphmlNumber(net.createdAt)],
          ['lastUsed', graphmlNumber(net.lastUsed)],
        ];
  const number = (type: GraphmlType) => (type === 'double' ? graphmlDouble : String);
  const capability = number(graphmlNumber(net.capability));
  const satisfaction = number(graphmlNumber(net.satisfaction));
  const [weight, trust, createdAt, lastUsed] = [net.weight, net.trust, net.createdAt, net.lastUsed].map((c) =>
    number(graphmlNumber(c)),
  );
  const graphType: GraphmlType =
    Math.abs(source.step) <= 2147483647 && Number.isInteger(source.step) ? 'int' : 'double';
  yield graphmlHeader(
    [['step', graphType]],
    nodeTypes,
    edgeTypes,
    'undirected',
    `\n    <data key="g0">${number(graphType)(source.step)}</data>`,
  );
  for (let k = 0; k < nodes.length; k++) {
    const i = nodes[k];
    const kind = agents.kind[i];
    const mc = agents.mc[i];
    const firm = kind === FIRM;
    const member = agents.member[i] === 1;
    const group = community !== undefined && community[i] >= 0 ? `\n      <data key="n13">${community[i]}</data>` : '';
    yield `    <node id="${i}">\n      <data key="n0">${escapeXml(`${KIND_NAMES[kind]} ${i}`)}</data>\n      <data key="n1">${text.kind[kind]}</data>\n      <data key="n2">${text.mc[mc]}</data>\n      <data key="n3">${text.region[agents.region[i]]}</data>\n      <data key="n4">${text.park[agents.park[i]]}</data>\n      <data key="n5">${text.sector[agents.sector[i]]}</data>\n      <data key="n6">${firm ? text.size[agents.size[i]] : ''}</data>\n      <data key="n7">${agents.lead[i] === 1}</data>\n      <data key="n8">${member}</data>\n      <data key="n9">${mcs.coordinator[mc] === i}</data>\n      <data key="n10">${firm && !member ? text.reason[agents.reason[i]] : ''}</data>\n      <data key="n11">${capability(agents.capability[i])}</data>\n      <data key="n12">${satisfaction(agents.satisfaction[i])}</data>${group}\n    </node>\n`;
  }
  for (let k = 0; k < slots.length; k++) {
    const t = slots[k];
    yield `    <edge id="t${t}" source="${ties.a[t]}" target="${ties.b[t]}">\n      <data key="e0">${weight(ties.strength[t])}</data>\n      <data key="e1">${trust(ties.trust[t])}</data>\n      <data key="e2">${text.origin[ties.origin[t]]}</data>\n      <data key="e3">${createdAt(ties.createdAt[t])}</data>\n      <data key="e4">${lastUsed(ties.lastUsed[t])}</data>\n    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/**
 * The GEXF of the member network of `source` (each member with its community when `community` holds one), streamed:
 * networkView's text, made from the columns.
 */
export function memberGexfStream(source: NetworkSource, community?: Int32Array): TextStream {
  return knownAttributes(source)
    ? textStream(() => gexfPieces(memberNetwork(source, community)))
    : gexfStream(networkView(source, { community }));
}

/** The GraphML of the member network of `source`, streamed: networkView's text, made from the columns. */
export function memberGraphmlStream(source: NetworkSource, community?: Int32Array): TextStream {
  return knownAttributes(source)
    ? textStream(() => graphmlPieces(memberNetwork(source, community)))
    : graphmlStream(networkView(source, { community }));
}
