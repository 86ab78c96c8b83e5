// Reads a network file (GEXF, any version, or GraphML) into a graphology graph, for `clustersim network`: the XML's
// element structure is checked (well-formed.ts), then it is parsed (@xmldom/xmldom, whose every complaint is an error
// here) and handed to graphology-gexf or graphology-graphml. Bad input is a UserError that names the file and what was expected, never echoing its content.
import { readFileSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { extname } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import * as gexfModule from 'graphology-gexf';
import * as graphmlModule from 'graphology-graphml';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import { UserError } from '../errors.js';
import { xmlStructureFault } from './well-formed.js';

export type NetworkFormat = 'gexf' | 'graphml';

/** The largest network file read: about 18 times the default run's GEXF (14 MB). */
export const MAX_NETWORK_BYTES = 256 * 1024 * 1024;

/**
 * Memory to read a network file of `bytes`, upper estimate: the XML tree and the graph took ~45 bytes per byte of the
 * default run's GEXF and GraphML (peak 0.58-0.69 GB for 14 MB), above the process's own.
 */
export const networkMemoryEstimate = (bytes: number) => 200e6 + 45 * bytes;

/** File name endings read; the root element then decides the format. */
export const NETWORK_EXTENSIONS = ['.gexf', '.graphml', '.xml'] as const;

type Parse = (Graph: GraphConstructor, source: unknown, options?: { addMissingNodes?: boolean }) => AbstractGraph;
// CommonJS modules whose exports TypeScript's NodeNext view does not see.
const parserOf = (mod: unknown) => ((mod as { default?: { parse: Parse } }).default ?? (mod as { parse: Parse })).parse;
const PARSERS: Record<NetworkFormat, Parse> = { gexf: parserOf(gexfModule), graphml: parserOf(graphmlModule) };

export interface NetworkFile {
  graph: AbstractGraph;
  format: NetworkFormat;
}

const fail = (path: string, what: string): never => {
  throw new UserError(`clustersim network: ${path}: ${what}`);
};

function checkFile(path: string, maxBytes: number, memory: number): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) fail(path, 'is a folder; expected a .gexf or .graphml file');
    if (!stats.isFile()) fail(path, 'is not a regular file; expected a .gexf or .graphml file');
    size = stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(path, 'no such file');
    throw error;
  }
  if (!(NETWORK_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase()))
    fail(path, 'expected a network file ending in .gexf or .graphml (or .xml)');
  if (size > maxBytes)
    fail(path, `is ${mebibytes(size)} MiB, more than the ${mebibytes(maxBytes)} MiB clustersim reads`);
  const needed = networkMemoryEstimate(size);
  if (needed > 0.8 * memory)
    fail(
      path,
      `reading its ${mebibytes(size)} MiB would take about ${(needed / 1e9).toFixed(1)} GB of memory, more than 80% of this machine's ${(memory / 1e9).toFixed(1)} GB`,
    );
}

const mebibytes = (bytes: number) => String(Math.ceil((bytes / 2 ** 20) * 10) / 10);

/** Where an xmldom message says it is: " (line L, column C)", or nothing. */
function place(message: string): string {
  const at = /@#\[line:(\d+),col:(\d+)\]/.exec(message);
  return at ? ` (line ${at[1]}, column ${at[2]})` : '';
}

/**
 * The XML document of `text`; a fault of its element structure (well-formed.ts), any complaint of the parser, or no
 * root element is a UserError.
 */
function parseXml(path: string, text: string): Document {
  if (!/^\s*</.test(text)) fail(path, 'not an XML document; expected a GEXF or GraphML file');
  const fault = xmlStructureFault(text);
  if (fault) fail(path, `malformed XML (line ${fault.line}, column ${fault.column}); expected a GEXF or GraphML file`);
  let problem: string | undefined;
  const parser = new DOMParser({
    locator: {},
    errorHandler: (_level: string, message: string) => {
      problem ??= message;
      throw new Error(message);
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch {
    // told through `problem`
  }
  if (problem !== undefined || !doc)
    fail(path, `malformed XML${place(problem ?? '')}; expected a GEXF or GraphML file`);
  if (!doc?.documentElement) fail(path, 'not an XML document; expected a GEXF or GraphML file');
  return doc as Document;
}

/**
 * Reads a GEXF or GraphML file into a graphology multigraph (directed, undirected or mixed, as the file says); files
 * larger than `maxBytes`, or that would take more than 80% of `memory` to read, are refused.
 */
export function readNetworkFile(path: string, maxBytes = MAX_NETWORK_BYTES, memory = totalmem()): NetworkFile {
  checkFile(path, maxBytes, memory);
  const doc = parseXml(path, readFileSync(path, 'utf8'));
  const root = doc.documentElement.localName ?? doc.documentElement.nodeName;
  const format: NetworkFormat | undefined = root === 'gexf' ? 'gexf' : root === 'graphml' ? 'graphml' : undefined;
  if (format === undefined)
    fail(path, 'an XML file but not GEXF or GraphML (its root element is neither <gexf> nor <graphml>)');
  const label = format === 'gexf' ? 'GEXF' : 'GraphML';
  if (doc.getElementsByTagName('graph').length === 0) fail(path, `${label} without a <graph> element`);
  try {
    return {
      graph: PARSERS[format as NetworkFormat](MultiGraph as unknown as GraphConstructor, doc),
      format: format as NetworkFormat,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/inexisting node/.test(message)) fail(path, `${label} with an edge whose end is not one of its nodes`);
    if (/already exist/.test(message)) fail(path, `${label} with two nodes of the same id`);
    return fail(path, `${label} that could not be read as a network`);
  }
}
