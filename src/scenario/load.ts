// Loading scenario files (YAML or JSON, both read by the YAML 1.2 parser, which gives lines and columns for every
// value): `extends` chains, --set overrides, then validation. Throws a ScenarioError listing every problem.
// Input is bounded before it is read or expanded: regular files named .yaml, .yml or .json of at most 1 MiB, at most 16
// levels of extends, at most 64 levels of nesting, YAML aliases that expand to at most 10,000 values and refer to an
// earlier value outside themselves. No content of a file that turns out not to be a scenario is echoed.
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import { isForbiddenKey, setPath } from './params-path.js';
import { message } from './messages.js';
import { ScenarioError, type ScenarioProblem } from './problems.js';
import type { Scenario } from './schema.js';
import { validateScenario, type Locate } from './validate.js';
import { yaml } from './yaml.js';

/** The largest scenario or targets file read: 1 MiB (the largest scenario in scenarios/ has under 2 KiB). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The most `extends` links followed from the file loaded (a chain of at most 17 files). */
export const MAX_EXTENDS_DEPTH = 16;
/** The most levels of nested mappings and lists in a file (a scenario needs 5: policies[0].set.<path>: value). */
export const MAX_NESTING_DEPTH = 64;
/** The most values YAML aliases may add to a file when expanded (the "billion laughs" attack adds billions). */
export const MAX_ALIAS_EXPANSION = 10_000;
/** The endings of the names of files read. */
export const FILE_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

export interface LoadOptions {
  /** path=value overrides, applied after extends (values are read as YAML: 3, 0.5, true, region). */
  set?: readonly string[];
}

export interface ParseFileOptions {
  /**
   * What the file holds, for messages about a file that is empty or not a mapping: 'scenario' (default), 'targets
   * file'.
   */
  what?: string;
}

export interface ParsedFile {
  data: Record<string, unknown>;
  locate: Locate;
}

const displayName = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** A system error as plain words. */
function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const plain: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
  };
  return (code && plain[code]) ?? (error as Error).message;
}

/** What a file that is not regular is, with its article. */
function kindOfFile(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Why a path cannot be read as a scenario (or targets) file, or undefined when it can: it must exist and be a regular
 * file (symbolic links are followed) named .yaml, .yml or .json, of at most MAX_FILE_BYTES. Nothing of the file is
 * read.
 */
export function fileProblem(file: string): string | undefined {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    return message.unreadable(readError(error));
  }
  if (stats.isDirectory()) return message.unreadable('it is a folder');
  if (!stats.isFile()) return message.notRegularFile(kindOfFile(stats));
  if (!FILE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) return message.wrongExtension();
  if (stats.size > MAX_FILE_BYTES) return message.tooLarge(stats.size, MAX_FILE_BYTES);
  return undefined;
}

/** JSON files are held to JSON's grammar (the YAML parser that reads them would accept, e.g., trailing commas). */
function checkJsonSyntax(text: string, name: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    const at = /at position (\d+)/.exec(detail);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    // V8 quotes the text around the error ('Unexpected token 'x', "..." is not valid JSON'): never echoed.
    const clean = detail
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    throw new ScenarioError([
      {
        file: name,
        path: '',
        line: before.length,
        column: before[before.length - 1].length + 1,
        message: message.jsonSyntax(clean),
      },
    ]);
  }
}

/** The text of a file's bytes: UTF-8 without a byte-order mark, or a problem for binary content. */
function decode(bytes: Buffer, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ScenarioError([{ file: name, path: '', message: message.notText() }]);
  }
  if (text.includes('\u0000')) throw new ScenarioError([{ file: name, path: '', message: message.notText() }]);
  return text;
}

type Position = { line: number; column: number };

type Item = Node | Pair;

/** The nodes directly inside a node: a collection's items, a pair's key and value. */
function childrenOf(item: Item): Item[] {
  if (yaml().isMap(item) || yaml().isSeq(item))
    return (item.items as unknown[]).filter((c) => c !== null && typeof c === 'object') as Item[];
  if (yaml().isPair(item)) return [item.key, item.value].filter((c) => c !== null && typeof c === 'object') as Item[];
  return [];
}

/**
 * Walks a parsed document in document order without expanding aliases, and returns its first structural problem:
 * nesting deeper than MAX_NESTING_DEPTH (aliases count with the depth of what they stand for), an alias with no anchor
 * before it, an alias inside the value it refers to, or aliases that together add more than MAX_ALIAS_EXPANSION values.
 * Iterative, so that it cannot overflow the stack itself.
 */
function structureProblem(doc: Document): { offset?: number; message: string } | undefined {
  const root = doc.contents as Node | null;
  if (!root) return undefined;
  const anchors = new Map<string, Item>();
  const size = new Map<Item, number>();
  const height = new Map<Item, number>();
  const open = new Set<Item>();
  let added = 0;
  const stack: { item: Item; depth: number; exit: boolean }[] = [{ item: root, depth: 1, exit: false }];
  while (stack.length > 0) {
    const { item, depth, exit } = stack.pop()!;
    const offset = (item as Node).range?.[0];
    if (exit) {
      open.delete(item);
      let s = 1;
      let h = 0;
      for (const child of childrenOf(item)) {
        s += size.get(child) ?? 1;
        h = Math.max(h, height.get(child) ?? 1);
      }
      size.set(item, s);
      height.set(item, yaml().isPair(item) ? h : h + 1);
      continue;
    }
    if (yaml().isAlias(item)) {
      const target = anchors.get(item.source);
      if (!target) return { offset, message: message.aliasUnresolved(item.source) };
      if (open.has(target)) return { offset, message: message.aliasCycle(item.source) };
      const h = height.get(target) ?? 1;
      if (depth + h - 1 > MAX_NESTING_DEPTH) return { offset, message: message.nestedTooDeep(MAX_NESTING_DEPTH) };
      added += size.get(target) ?? 1;
      if (added > MAX_ALIAS_EXPANSION) return { offset, message: message.aliasesTooFar(MAX_ALIAS_EXPANSION) };
      size.set(item, size.get(target) ?? 1);
      height.set(item, h);
      continue;
    }
    if (depth > MAX_NESTING_DEPTH && !yaml().isPair(item))
      return { offset, message: message.nestedTooDeep(MAX_NESTING_DEPTH) };
    const anchor = (item as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, item);
    if (yaml().isScalar(item)) continue;
    open.add(item);
    stack.push({ item, depth, exit: true });
    const children = childrenOf(item);
    for (let k = children.length - 1; k >= 0; k--)
      stack.push({ item: children[k], depth: yaml().isPair(item) ? depth : depth + 1, exit: false });
  }
  return undefined;
}

/**
 * The offset of the first bracket ([ or {, outside quotes and comments) that opens more than MAX_NESTING_DEPTH levels of
 * brackets, or undefined: the place named when the parser runs out of stack on deeply nested flow collections.
 */
export function deepFlowOffset(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quote !== '') {
      if (quote === '"' && c === '\\') k++;
      else if (c === quote && quote === "'" && text[k + 1] === "'") k++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (k === 0 || /\s/.test(text[k - 1]))) {
      while (k + 1 < text.length && text[k + 1] !== '\n') k++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_NESTING_DEPTH) return k;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Replaces -0 by 0 throughout plain data (YAML and JSON both read "-0" as -0, and 1 / -0 is -Infinity). */
function normalise(data: unknown): unknown {
  if (Object.is(data, -0)) return 0;
  const stack: unknown[] = [data];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (Object.is(record[key], -0)) record[key] = 0;
      else stack.push(record[key]);
    }
  }
  return data;
}

/**
 * YAML text to plain data and its document, or a ScenarioError naming `name`: syntax errors, structural problems (see
 * structureProblem) and the parser's own limits are reported with a line and column where known; nothing else escapes.
 */
function readYaml(
  text: string,
  name: string,
  json: boolean,
): { doc: Document; data: unknown; lineCounter: LineCounter } {
  const lineCounter = new (yaml().LineCounter)();
  const position = (offset: number | undefined): Partial<Position> => {
    if (offset === undefined) return {};
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const fail = (text: string, offset?: number): never => {
    throw new ScenarioError([{ file: name, path: '', ...position(offset), message: text }]);
  };
  let doc: Document;
  try {
    doc = yaml().parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    if (error instanceof RangeError) return fail(message.nestedTooDeep(MAX_NESTING_DEPTH), deepFlowOffset(text));
    return fail((json ? message.jsonSyntax : message.yamlSyntax)((error as Error).message.split('\n')[0]));
  }
  if (doc.errors.length > 0) {
    // The parser ran out of stack: where depends on the stack left (how much code the process has compiled), so the
    // place named is where the brackets first open more than MAX_NESTING_DEPTH levels, the same in every process.
    if (doc.errors.some((e) => /Maximum call stack size exceeded/.test(e.message))) {
      const first = Math.min(...doc.errors.map((e) => e.pos[0]));
      fail(message.nestedTooDeep(MAX_NESTING_DEPTH), deepFlowOffset(text) ?? first);
    }
    const seen = new Set<string>();
    const problems: ScenarioProblem[] = [];
    for (const e of doc.errors) {
      const overflow = /Maximum call stack size exceeded/.test(e.message);
      const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      const problem = {
        file: name,
        path: '',
        ...position(e.pos[0]),
        message: overflow
          ? message.nestedTooDeep(MAX_NESTING_DEPTH)
          : json
            ? message.jsonSyntax(detail)
            : message.yamlSyntax(detail),
      };
      const key = `${problem.line}:${problem.column}:${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
    throw new ScenarioError(problems);
  }
  const structure = structureProblem(doc);
  if (structure) fail(structure.message, structure.offset);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    // Not expected after structureProblem; reported rather than let escape.
    if (error instanceof RangeError) return fail(message.nestedTooDeep(MAX_NESTING_DEPTH));
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      const unresolved = /Unresolved alias.*: (\S+)$/.exec(error.message);
      return fail(unresolved ? message.aliasUnresolved(unresolved[1]) : message.aliasesTooFar(MAX_ALIAS_EXPANSION));
    }
    return fail((json ? message.jsonSyntax : message.yamlSyntax)((error as Error).message.split('\n')[0]));
  }
  return { doc, data: normalise(data), lineCounter };
}

/**
 * Reads a YAML or JSON file into plain data and a locator of lines and columns by path. A file that is not a regular
 * .yaml, .yml or .json file of at most MAX_FILE_BYTES, is not UTF-8 text, has bad syntax, or is not a mapping throws a
 * ScenarioError; `what` names what the file should hold in those messages.
 */
export function parseFile(file: string, options: ParseFileOptions = {}): ParsedFile {
  const what = options.what ?? 'scenario';
  const name = displayName(file);
  const problem = fileProblem(file);
  if (problem) throw new ScenarioError([{ file: name, path: '', message: problem }]);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ScenarioError([{ file: name, path: '', message: message.unreadable(readError(error)) }]);
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new ScenarioError([{ file: name, path: '', message: message.tooLarge(bytes.length, MAX_FILE_BYTES) }]);
  const text = decode(bytes, name);
  if (text.trim() === '') throw new ScenarioError([{ file: name, path: '', message: message.emptyFile(what) }]);
  const json = file.toLowerCase().endsWith('.json');
  if (json) checkJsonSyntax(text, name);
  const { doc, data, lineCounter } = readYaml(text, name, json);
  if (data === null || data === undefined)
    throw new ScenarioError([{ file: name, path: '', message: message.emptyFile(what) }]);
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ScenarioError([{ file: name, path: '', message: message.notAnObject(data, what) }]);
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate: Locate = (path, at = 'value') => {
    if (at === 'key' && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = yaml().isMap(parent)
        ? parent.items.find((item) => yaml().isScalar(item.key) && item.key.value === path[path.length - 1])
        : undefined;
      if (pair && yaml().isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const range = node && (yaml().isMap(node) || yaml().isSeq(node) || 'range' in node) ? node.range : undefined;
      if (range) return position(range[0]);
    }
    return undefined;
  };
  return { data: data as Record<string, unknown>, locate };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep merge: mappings merge key by key, everything else (lists included) replaces. Keys are own data properties, even
 * __proto__.
 */
export function mergeScenario(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const merged =
      isPlainObject(value) && isPlainObject(out[key]) && out[key] !== value
        ? mergeScenario(out[key] as Record<string, unknown>, value)
        : value;
    Object.defineProperty(out, key, { value: merged, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** Whether a path exists in plain data. */
function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key as string)) return false;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return true;
}

/** Reads a file and everything it extends, merged; problems are located in the file that gives the value. */
function readWithExtends(file: string, chain: string[]): ParsedFile {
  const parsed = parseFile(file);
  const { extends: parent, ...own } = parsed.data;
  const name = displayName(file);
  const locateOwn: Locate = (path, at) => ({ file: name, ...parsed.locate(path, at) }) as ReturnType<Locate>;
  if (parent === undefined) return { data: own, locate: locateOwn };
  const where = parsed.locate(['extends'], 'value');
  const fail = (text: string): never => {
    throw new ScenarioError([{ file: name, path: 'extends', message: text, ...where }]);
  };
  if (typeof parent !== 'string') return fail(message.extendsNotString(parent));
  const target = resolve(dirname(file), parent);
  if (chain.includes(target)) return fail(message.extendsCycle([...chain, target].map(displayName)));
  if (!existsSync(target)) return fail(message.extendsMissing(parent));
  if (chain.length > MAX_EXTENDS_DEPTH)
    return fail(message.extendsTooDeep(MAX_EXTENDS_DEPTH, [...chain, target].map(displayName)));
  const problem = fileProblem(target);
  if (problem) return fail(message.extendsUnusable(parent, problem));
  const base = readWithExtends(target, [...chain, target]);
  const locate: Locate = (path, at) =>
    !hasPath(own, path) && hasPath(base.data, path) ? base.locate(path, at) : locateOwn(path, at);
  return { data: mergeScenario(base.data, own), locate };
}

const PLAIN_INTEGER = /^-?(0|[1-9][0-9]{0,14})$/;

/** The path and value of a --set override, or a problem. */
function parseSet(text: string): { path: string; value: unknown } | ScenarioProblem {
  const eq = text.indexOf('=');
  const path = text.slice(0, eq).trim();
  if (eq <= 0 || path === '') return { file: '--set', path: '', message: message.setSyntax(text) };
  if (path.split('.').some(isForbiddenKey))
    return { file: `--set ${text}`, path: '', message: message.unknownParameter(path) };
  const value = text.slice(eq + 1);
  // A plain integer (as --seed N and --steps N give) reads as YAML reads it, without loading the parser; -0 as 0.
  if (PLAIN_INTEGER.test(value)) return { path, value: Number(value) || 0 };
  try {
    return { path, value: readYaml(value, `--set ${text}`, false).data };
  } catch (error) {
    if (error instanceof ScenarioError) return { ...error.problems[0], line: undefined, column: undefined };
    throw error;
  }
}

/** Applies path=value overrides; values are read as YAML (3, 0.5, true, region, [capital, honam]). */
export function applySets(data: Record<string, unknown>, sets: readonly string[]): Record<string, unknown> {
  const out = structuredClone(data);
  const problems: ScenarioProblem[] = [];
  for (const text of sets) {
    const parsed = parseSet(text);
    if ('message' in parsed) problems.push(parsed);
    else setPath(out, parsed.path, parsed.value);
  }
  if (problems.length) throw new ScenarioError(problems);
  return out;
}

/**
 * Problems at, inside or above a path that a --set override gave are blamed on the override, not on a line of the file.
 */
export function locateSets(sets: readonly string[], fallback?: Locate): Locate {
  const given = sets.map((text) => ({
    text,
    keys: text
      .slice(0, Math.max(0, text.indexOf('=')))
      .trim()
      .split('.'),
  }));
  return (path, at) => {
    const set = given.find(
      ({ keys }) => path.length > 0 && keys.slice(0, path.length).every((key, k) => path[k] === key),
    );
    return set ? ({ file: `--set ${set.text}` } as ReturnType<Locate>) : fallback?.(path, at);
  };
}

/** Loads, merges and validates a scenario file; throws ScenarioError with every problem found. */
export function loadScenario(file: string, options: LoadOptions = {}): Scenario {
  const path = resolve(file);
  const parsed = readWithExtends(path, [path]);
  const sets = options.set ?? [];
  const data = sets.length ? applySets(parsed.data, sets) : parsed.data;
  const result = validateScenario(data, displayName(path), locateSets(sets, parsed.locate));
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}

/** Validates many files and returns every problem of every file (empty when all are valid). */
export function checkScenarioFiles(files: readonly string[]): ScenarioProblem[] {
  return files.flatMap((file) => {
    try {
      loadScenario(file);
      return [];
    } catch (error) {
      if (error instanceof ScenarioError) return error.problems;
      throw error;
    }
  });
}
