// Loading scenario files (YAML or JSON, both read by the YAML 1.2 parser, which gives lines and columns for every value):
// `extends` chains, --set overrides, then validation. Throws a ScenarioError listing every problem.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { FORBIDDEN_KEYS, setPath } from '../model/params-path.js';
import { message } from './messages.js';
import { ScenarioError, type ScenarioProblem } from './problems.js';
import type { Scenario } from './schema.js';
import { validateScenario, type Locate } from './validate.js';

export interface LoadOptions {
  /** path=value overrides, applied after extends (values are read as YAML: 3, 0.5, true, region). */
  set?: readonly string[];
}

export interface ParsedFile {
  data: Record<string, unknown>;
  locate: Locate;
}

const displayName = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/** JSON files are held to JSON's grammar (the YAML parser that reads them would accept, e.g., trailing commas). */
function checkJsonSyntax(text: string, name: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    const at = /at position (\d+)/.exec(detail);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const clean = detail.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new ScenarioError([{ file: name, path: '', line: before.length, column: before[before.length - 1].length + 1, message: message.jsonSyntax(clean) }]);
  }
}

/** Reads a YAML or JSON file into plain data and a locator of lines and columns by path; bad syntax throws a ScenarioError. */
export function parseFile(file: string): ParsedFile {
  const name = displayName(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ScenarioError([{ file: name, path: '', message: message.unreadable(detail) }]);
  }
  if (text.trim() === '') throw new ScenarioError([{ file: name, path: '', message: message.emptyFile() }]);
  if (file.toLowerCase().endsWith('.json')) checkJsonSyntax(text, name);
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const json = file.toLowerCase().endsWith('.json');
    throw new ScenarioError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { file: name, path: '', line: pos.line, column: pos.col, message: json ? message.jsonSyntax(detail) : message.yamlSyntax(detail) };
      }),
    );
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) throw new ScenarioError([{ file: name, path: '', message: message.emptyFile() }]);
  if (typeof data !== 'object' || Array.isArray(data)) throw new ScenarioError([{ file: name, path: '', message: message.notAnObject(data) }]);
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate: Locate = (path, at = 'value') => {
    if (at === 'key' && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]) : undefined;
      if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const range = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range : undefined;
      if (range) return position(range[0]);
    }
    return undefined;
  };
  return { data: data as Record<string, unknown>, locate };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge: mappings merge key by key, everything else (lists included) replaces. */
export function mergeScenario(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeScenario(out[key] as Record<string, unknown>, value) : value;
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
  if (typeof parent !== 'string') throw new ScenarioError([{ file: name, path: 'extends', message: message.extendsNotString(parent), ...where }]);
  const target = resolve(dirname(file), parent);
  if (chain.includes(target)) {
    throw new ScenarioError([{ file: name, path: 'extends', message: message.extendsCycle([...chain, target].map(displayName)), ...where }]);
  }
  if (!existsSync(target)) throw new ScenarioError([{ file: name, path: 'extends', message: message.extendsMissing(parent), ...where }]);
  const base = readWithExtends(target, [...chain, target]);
  const locate: Locate = (path, at) => (!hasPath(own, path) && hasPath(base.data, path) ? base.locate(path, at) : locateOwn(path, at));
  return { data: mergeScenario(base.data, own), locate };
}

/** The path and value of a --set override, or a problem. */
function parseSet(text: string): { path: string; value: unknown } | ScenarioProblem {
  const eq = text.indexOf('=');
  const path = text.slice(0, eq).trim();
  if (eq <= 0 || path === '') return { file: '--set', path: '', message: message.setSyntax(text) };
  if (path.split('.').some((key) => FORBIDDEN_KEYS.includes(key))) return { file: `--set ${text}`, path: '', message: message.unknownParameter(path) };
  return { path, value: parseDocument(text.slice(eq + 1)).toJS() };
}

/** Applies path=value overrides; values are read as YAML scalars. */
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

/** Problems at a path that a --set override gave are blamed on the override, not on a line of the file. */
export function locateSets(sets: readonly string[], fallback?: Locate): Locate {
  const given = sets.map((text) => ({ text, keys: text.slice(0, Math.max(0, text.indexOf('='))).trim().split('.') }));
  return (path, at) => {
    const set = given.find(({ keys }) => keys.every((key, k) => path[k] === key));
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
