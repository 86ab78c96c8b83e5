// The one XML escaper of the network writers: markup escaped, characters XML 1.0 forbids dropped, lone surrogates
// replaced; GEXF and GraphML of hostile text parse with a strict parser and read back as the cleaned text.
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph, UndirectedGraph } from 'graphology';
import * as gexfModule from 'graphology-gexf';
import * as graphmlModule from 'graphology-graphml';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { escapeMarkup, escapeXml, xmlChars } from '../../src/output/xml.js';
import { escapeHtml } from '../../src/report/escape.js';

type Parse = (Graph: GraphConstructor, source: string) => AbstractGraph;
const parseGraphml = ((graphmlModule as unknown as { default?: { parse: Parse } }).default ?? graphmlModule)
  .parse as Parse;
const parseGexf = ((gexfModule as unknown as { default?: { parse: Parse } }).default ?? gexfModule).parse as Parse;

/** Every character XML 1.0 forbids (but U+0000, which no attribute name may hold either), and lone surrogates. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((c) => !'\t\n\r'.includes(c)),
  '\uFFFE',
  '\uFFFF',
];
// Tab, newline and return are allowed but left out: a parser turns them into spaces in attribute values (GEXF's, ids).
const HOSTILE = `a${FORBIDDEN.join('')}b \uD800 c \uDC00 d 😀 <e> & "f" 'g' é`;
const CLEAN = 'ab \uFFFD c \uFFFD d 😀 <e> & "f" \'g\' é';

/** XML 1.0's Char production: what a well-formed document may hold anywhere. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Parses strictly: xmldom with every warning and error thrown, and each character checked against XML 1.0's Char. */
function strictParse(text: string): void {
  expect(XML_CHARS.test(text)).toBe(true);
  const fail = (level: string) => (message: string) => {
    throw new Error(`${level}: ${message}`);
  };
  new DOMParser({
    errorHandler: { warning: fail('warning'), error: fail('error'), fatalError: fail('fatal') },
  }).parseFromString(text, 'application/xml');
}

describe('escapeXml', () => {
  it('leaves ordinary text alone, the very same string', () => {
    for (const text of ['', 'firm 12', 'Banwol-Sihwa', 'é 😀 한국', 'tab\tnewline\nreturn\r'])
      expect(escapeXml(text)).toBe(text);
  });

  it('escapes markup, and apostrophes only when asked', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;`);
    expect(escapeXml(`<a href="x">&'</a>`, true)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;`);
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops every character XML 1.0 forbids and replaces lone surrogates, keeping pairs', () => {
    for (const c of FORBIDDEN) expect(escapeXml(`x${c}y`)).toBe('xy');
    expect(xmlChars(HOSTILE)).toBe(CLEAN);
    expect(escapeXml(HOSTILE)).toBe(escapeMarkup(CLEAN));
    expect(escapeXml('\uDBFF\uDFFF\uD83D')).toBe('\uDBFF\uDFFF\uFFFD');
    expect(escapeXml('\uDE00\uD83D\uDE00')).toBe('\uFFFD\uD83D\uDE00');
  });

  it('shares its markup escaping with HTML pages, which keep other characters as they are', () => {
    expect(escapeHtml(`<a href="x">&'\u0001</a>`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'\u0001&lt;/a&gt;`);
  });
});

describe('network writers on hostile text', () => {
  const hostileGraph = () => {
    const graph = new MultiGraph();
    graph.replaceAttributes({ step: 1, name: HOSTILE });
    graph.addNode(`n${HOSTILE}`, { label: HOSTILE, note: HOSTILE, list: [HOSTILE, '<x>'] });
    graph.addNode('plain', { label: 'plain', note: 'x' });
    graph.addUndirectedEdgeWithKey(`e${HOSTILE}`, `n${HOSTILE}`, 'plain', { origin: HOSTILE });
    return graph;
  };

  it('GEXF parses strictly and reads back as the cleaned text', () => {
    const text = toGexf(hostileGraph());
    strictParse(text);
    const back = parseGexf(UndirectedGraph as unknown as GraphConstructor, text);
    expect(back.nodes()).toEqual([`n${CLEAN}`, 'plain']);
    expect(back.getNodeAttributes(`n${CLEAN}`)).toMatchObject({ label: CLEAN, note: CLEAN, list: `${CLEAN},<x>` });
    expect(back.getEdgeAttribute(back.edge(`n${CLEAN}`, 'plain')!, 'origin')).toBe(CLEAN);
  });

  it('GraphML parses strictly and reads back as the cleaned text', () => {
    const text = toGraphml(hostileGraph());
    strictParse(text);
    const back = parseGraphml(UndirectedGraph as unknown as GraphConstructor, text);
    expect(back.getAttribute('name')).toBe(CLEAN);
    expect(back.nodes()).toEqual([`n${CLEAN}`, 'plain']);
    expect(back.getNodeAttributes(`n${CLEAN}`)).toMatchObject({ label: CLEAN, note: CLEAN });
    expect(back.getEdgeAttribute(`e${CLEAN}`, 'origin')).toBe(CLEAN);
  });
});
