// Which folders clustersim may write, replace or add to. A folder clustersim writes holds a marker (.clustersim.json)
// that names its kind and every file it wrote; clustersim replaces or adds to a folder only when every file in it is
// one it wrote. Anything else (a folder of someone's files, a file, a device, the working folder or one above it, a
// folder holding an input) is refused with a UserError that says how to proceed.
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';

export const MARKER_FILE = '.clustersim.json';

export const OUTPUT_KINDS = [
  'run',
  'compare',
  'check',
  'sweep',
  'calibrate',
  'sensitivity',
  'web',
  'charts',
  'network',
  'robustness',
  'shards',
  'jobs',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface Marker {
  tool: 'clustersim';
  kind: OutputKind;
  version: string;
  /** Every file clustersim wrote in the folder, relative, with '/' separators; the marker itself excluded. */
  files: string[];
}

export function markerText(kind: OutputKind, files: Iterable<string>): string {
  const marker: Marker = {
    tool: 'clustersim',
    kind,
    version: VERSION,
    files: [...new Set(files)].filter((f) => f !== MARKER_FILE).sort(),
  };
  return JSON.stringify(marker, null, 2) + '\n';
}

/** A temporary file or folder of an interrupted atomic write: `.<name>.tmp-<id>` or `.<name>.old-<id>`. */
export const LEFTOVER = /^\.(.+)\.(tmp|old)-[A-Za-z0-9]+$/;

/**
 * Files that clustersim versions before the marker wrote: a folder without a marker counts as clustersim's when it
 * holds one of the manifests below and nothing but files of these names.
 */
const LEGACY_MANIFESTS: Record<string, { kind: OutputKind; keys: string[] }> = {
  'manifest.json': { kind: 'run', keys: ['tool', 'scenarioHash', 'seed'] },
  'compare.json': { kind: 'compare', keys: ['scenarios', 'runs', 'seeds', 'outcomes'] },
  'check.json': { kind: 'check', keys: ['targets', 'scenario', 'rows', 'untargeted'] },
  'experiment.json': { kind: 'sweep', keys: ['command', 'version', 'scenario'] },
};

/**
 * Whether a legacy manifest file is clustersim's: JSON with the keys clustersim writes (manifest.json: its tool name
 * too).
 */
function isLegacyManifest(dir: string, name: string): boolean {
  try {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
    const spec = LEGACY_MANIFESTS[name];
    return (
      !!data &&
      typeof data === 'object' &&
      spec.keys.every((k) => Object.hasOwn(data, k)) &&
      (name !== 'manifest.json' || data.tool === 'clustersim')
    );
  } catch {
    return false;
  }
}
const LEGACY_FILE = new RegExp(
  '^(?:timeseries\\.csv|summary\\.json|manifest\\.json|network(?:-\\d+)?\\.(?:gexf|graphml)|compare\\.json|runs\\.csv|table\\.txt|' +
    'check\\.(?:csv|json|vl\\.json)|experiment\\.json|points\\.csv|accepted\\.csv|fit\\.csv|best\\.json|calibration\\.vl\\.json|' +
    'morris\\.(?:csv|vl\\.json)|report\\.html|(?:charts/)?[\\w.-]+\\.(?:vl\\.json|svg|png))$',
);

export type FolderState =
  | { state: 'absent' }
  | { state: 'empty' }
  | { state: 'ours'; kind: OutputKind; legacy: boolean; files: string[]; foreign: string[] }
  | { state: 'foreign'; foreign: string[] }
  | { state: 'not-a-folder'; what: string };

function describeEntry(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFile()) return 'a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a folder';
}

/** The marker of a folder, or undefined when it has none (or one that is not clustersim's). */
export function readMarker(dir: string): Marker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as Marker;
    if (
      marker?.tool === 'clustersim' &&
      (OUTPUT_KINDS as readonly string[]).includes(marker.kind) &&
      Array.isArray(marker.files)
    )
      return marker;
  } catch {
    // no marker, or not ours
  }
  return undefined;
}

/** Every entry under dir, relative with '/' separators: regular files, and anything else flagged as not a file. */
function listTree(dir: string, prefix = ''): { files: string[]; others: string[] } {
  const files: string[] = [];
  const others: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = prefix + entry.name;
    if (entry.isDirectory()) {
      const inner = listTree(join(dir, entry.name), `${name}/`);
      files.push(...inner.files);
      others.push(...inner.others);
      if (inner.files.length === 0 && inner.others.length === 0) files.push(`${name}/`);
    } else if (entry.isFile()) files.push(name);
    else others.push(name);
  }
  return { files, others };
}

/** Whether a relative path is a leftover of clustersim's own atomic writes, or a marker. */
const isOwnScratch = (path: string) => {
  const base =
    path
      .split('/')
      .filter((p) => p !== '')
      .pop() ?? '';
  return base === MARKER_FILE || LEFTOVER.test(base);
};

/** What is at dir, and whether clustersim may replace it. */
export function inspectFolder(dir: string): FolderState {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    throw error;
  }
  if (!stats.isDirectory()) return { state: 'not-a-folder', what: describeEntry(stats) };
  const { files, others } = listTree(dir);
  if (files.length === 0 && others.length === 0) return { state: 'empty' };
  const marker = readMarker(dir);
  const nested = new Set<string>();
  // Folders inside that carry their own marker (a charts folder written on its own) vouch for their own files.
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length > 1 && parts[parts.length - 1] === MARKER_FILE) {
      const sub = parts.slice(0, -1).join('/');
      const inner = readMarker(join(dir, sub));
      if (inner) for (const f of inner.files) nested.add(`${sub}/${f}`);
    }
  }
  if (marker) {
    const known = new Set([...marker.files, ...nested]);
    // An empty folder (listed as 'name/') is clustersim's when a file it lists lies in it: a write killed between
    // creating the folder and writing its first file leaves it so.
    const isOwnFolder = (f: string) => f.endsWith('/') && [...known].some((k) => k.startsWith(f));
    const foreign = [...files.filter((f) => !known.has(f) && !isOwnScratch(f) && !isOwnFolder(f)), ...others];
    return { state: 'ours', kind: marker.kind, legacy: false, files: marker.files, foreign };
  }
  const legacyKind = Object.entries(LEGACY_MANIFESTS).find(
    ([name]) => files.includes(name) && isLegacyManifest(dir, name),
  );
  if (legacyKind) {
    const kind = legacyKind[1].kind === 'sweep' ? legacyExperimentKind(dir) : legacyKind[1].kind;
    const foreign = [...files.filter((f) => !LEGACY_FILE.test(f) && !nested.has(f) && !isOwnScratch(f)), ...others];
    if (foreign.length < files.length)
      return { state: 'ours', kind, legacy: true, files: files.filter((f) => !foreign.includes(f)), foreign };
  }
  const foreign = [...files.filter((f) => !isOwnScratch(f)), ...others];
  // Nothing but clustersim's own scratch (a marker torn by a kill while it was written): as good as empty.
  return foreign.length === 0 ? { state: 'empty' } : { state: 'foreign', foreign };
}

function legacyExperimentKind(dir: string): OutputKind {
  try {
    const command = (JSON.parse(readFileSync(join(dir, 'experiment.json'), 'utf8')) as { command?: string }).command;
    if (command === 'calibrate' || command === 'sensitivity') return command;
  } catch {
    // an unreadable manifest: a sweep's is the most common
  }
  return 'sweep';
}

const sample = (names: readonly string[]) =>
  names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

/** The real path of p, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  const parts: string[] = [];
  let at = resolve(p);
  for (;;) {
    try {
      return join(realpathSync(at), ...parts.reverse());
    } catch {
      const up = resolve(at, '..');
      if (up === at) return resolve(p);
      parts.push(at.slice(up.length).replace(/^[\\/]+/, ''));
      at = up;
    }
  }
}

/** Whether `inner` is `outer` or lies inside it. */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

export interface OutputRequest {
  kind: OutputKind;
  /** Files the command reads: the output folder may not hold any of them. */
  inputs?: readonly string[];
  /** Replace a clustersim folder of another kind (never anything else). */
  force?: boolean;
}

/** How to proceed, said after every refusal. */
const ANOTHER = 'choose another --out folder (a new or empty one)';

/**
 * Checks that clustersim may write `dir` for a command of `kind`; throws a UserError otherwise. Returns what is there
 * now: absent, empty, or a clustersim folder (which the caller may replace, or resume when of the same kind).
 */
export function checkOutputFolder(dir: string, request: OutputRequest): FolderState {
  const target = realish(dir);
  const cwd = realish(process.cwd());
  if (target === parse(target).root)
    throw new UserError(
      `clustersim: will not write to ${dir}: it is the root of the file system, and clustersim writes only into a folder of its own; ${ANOTHER}`,
    );
  if (isInside(target, cwd)) {
    throw new UserError(
      `clustersim: will not write to ${dir}: it is ${target === cwd ? 'the working folder' : 'a parent of the working folder'}, and clustersim writes only into a folder of its own; ${ANOTHER}`,
    );
  }
  if (target === realish(homedir()))
    throw new UserError(
      `clustersim: will not write to ${dir}: it is your home folder, and clustersim writes only into a folder of its own; ${ANOTHER}`,
    );
  for (const input of request.inputs ?? []) {
    if (isInside(target, realish(input))) {
      throw new UserError(
        `clustersim: will not write to ${dir}: it holds ${input}, an input of this command, and clustersim never writes over its inputs; ${ANOTHER}`,
      );
    }
  }
  const state = inspectFolder(dir);
  if (state.state === 'not-a-folder') {
    throw new UserError(
      `clustersim: will not write to ${dir}: it is ${state.what}, not a folder, and clustersim does not replace it; ${ANOTHER}`,
    );
  }
  if (state.state === 'foreign') {
    throw new UserError(
      `clustersim: will not write to ${dir}: it is a folder that clustersim did not write (it holds ${sample(state.foreign)}), and clustersim never replaces such a folder; ${ANOTHER}`,
    );
  }
  if (state.state === 'ours') {
    if (state.foreign.length > 0) {
      throw new UserError(
        `clustersim: will not write to ${dir}: it holds files that clustersim did not write (${sample(state.foreign)}), and clustersim never replaces them; move them out, or ${ANOTHER}`,
      );
    }
    if (state.kind !== request.kind && !request.force) {
      throw new UserError(
        `clustersim: will not write to ${dir}: it holds the output of another clustersim command (${state.kind}, not ${request.kind}); ${ANOTHER}, or add --force to replace it`,
      );
    }
  }
  return state;
}
