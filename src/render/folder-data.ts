// What a folder clustersim wrote holds, read for its charts and its report: its kind (from its marker, else from its
// files), its JSON files (manifest, summary, compare.json, experiment.json, check.json), its tables as rows, and the
// scenarios as resolved where the folder records them (a run's manifest; a comparison's manifest or compare.json).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioInfo } from '../charts/policy-markers.js';
import type { CompareJson } from '../charts/types.js';
import { splitCsvLine } from '../output/csv.js';
import { readMarker, type OutputKind } from '../output/folder.js';

/** A folder file that cannot be read as what its name says: broken JSON or CSV. */
export class FolderDataError extends Error {}

export type FolderKind = Exclude<OutputKind, 'web'>;

/** A JSON file of the folder, or undefined when absent; a JSON error names the file. */
export async function readFolderJson<T>(dir: string, name: string): Promise<T | undefined> {
  const path = join(dir, name);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new FolderDataError(`${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** A CSV cell as a value: '' is null, a number is a number, anything else text. */
function cellValue(cell: string): string | number | null {
  if (cell === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell) ? n : cell;
}

/** The rows of a CSV table clustersim wrote (no line breaks inside cells), keyed by its header. */
export function parseCsvRows(text: string): Record<string, string | number | null>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((h, i) => [h, cellValue(cells[i] ?? '')]));
  });
}

/** A CSV file of the folder as rows, or undefined when absent. */
export async function readFolderCsv(
  dir: string,
  name: string,
): Promise<Record<string, string | number | null>[] | undefined> {
  const path = join(dir, name);
  if (!existsSync(path)) return undefined;
  return parseCsvRows(await readFile(path, 'utf8'));
}

/** The kind of output a folder holds: its marker's, else what its files say (folders written before the marker). */
export function folderKind(dir: string): FolderKind | undefined {
  const marker = readMarker(dir);
  if (marker && marker.kind !== 'web') return marker.kind;
  const has = (name: string) => existsSync(join(dir, name));
  if (has('compare.json')) return 'compare';
  if (has('check.json')) return 'check';
  if (has('morris.csv') || has('sobol.csv')) return 'sensitivity';
  if (has('best.json') || has('calibration.vl.json')) return 'calibrate';
  if (has('experiment.json') && has('runs.csv')) return 'sweep';
  if (has('manifest.json')) return 'run';
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A resolved scenario (or enough of one): a name with a policy timeline or a calendar. */
function asScenario(value: unknown, name?: unknown): ScenarioInfo | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.scenario)) return asScenario(value.scenario, value.name ?? value.scenarioName ?? name);
  const named = typeof value.name === 'string' ? value.name : typeof name === 'string' ? name : undefined;
  if (named === undefined || !(Array.isArray(value.policies) || typeof value.startYear === 'number')) return undefined;
  return {
    name: named,
    ...(typeof value.description === 'string' ? { description: value.description } : {}),
    ...(typeof value.startYear === 'number' ? { startYear: value.startYear } : {}),
    ...(typeof value.steps === 'number' ? { steps: value.steps } : {}),
    ...(Array.isArray(value.policies) ? { policies: value.policies as ScenarioInfo['policies'] } : {}),
  };
}

/**
 * The resolved scenarios a JSON value records, found where a manifest keeps them: a list of scenarios (or of entries
 * holding one under `scenario`), or an object of them by name, searched a few levels deep, lists named `scenarios`
 * first.
 */
export function findScenarios(value: unknown, depth = 3): ScenarioInfo[] {
  if (depth < 0) return [];
  if (Array.isArray(value)) {
    const found = value.map((v) => asScenario(v)).filter((s): s is ScenarioInfo => s !== undefined);
    if (found.length > 0) return found;
    for (const v of value) {
      const inner = findScenarios(v, depth - 1);
      if (inner.length > 0) return inner;
    }
    return [];
  }
  if (!isRecord(value)) return [];
  const single = asScenario(value);
  if (single && depth === 3) return [single];
  const keys = Object.keys(value).sort((a, b) => Number(!/scenario/i.test(a)) - Number(!/scenario/i.test(b)));
  for (const key of keys) {
    const v = value[key];
    if (isRecord(v) && !asScenario(v) && Object.entries(v).some(([n, x]) => asScenario(x, n))) {
      const byName = Object.entries(v)
        .map(([name, x]) => asScenario(x, name))
        .filter((s): s is ScenarioInfo => s !== undefined);
      if (byName.length > 0) return byName;
    }
    const inner = findScenarios(v, depth - 1);
    if (inner.length > 0) return inner;
  }
  return [];
}

/**
 * The scenarios of a comparison as resolved, in its order and under its display names (a repeated name is numbered,
 * "name#2"), or [] when the folder records none.
 */
export function comparisonScenarios(compare: CompareJson, ...sources: unknown[]): ScenarioInfo[] {
  for (const source of sources) {
    const found = findScenarios(source);
    if (found.length === 0) continue;
    if (found.length === compare.scenarios.length) return found.map((s, k) => ({ ...s, name: compare.scenarios[k] }));
    const named = compare.scenarios.map((name) => found.find((s) => s.name === name));
    if (named.every((s) => s !== undefined)) return named as ScenarioInfo[];
  }
  return [];
}

/** Everything a folder's charts and report read; each file undefined when absent. */
export interface FolderData {
  dir: string;
  kind?: FolderKind;
  manifest?: Record<string, unknown>;
  summary?: Record<string, unknown>;
  compare?: CompareJson;
  experiment?: Record<string, unknown>;
  check?: Record<string, unknown>;
  /** The scenarios as resolved: a run's one, a comparison's in its order; [] when the folder records none. */
  scenarios: ScenarioInfo[];
}

export async function readFolderData(dir: string): Promise<FolderData> {
  const [manifest, summary, compare, experiment, check] = await Promise.all([
    readFolderJson<Record<string, unknown>>(dir, 'manifest.json'),
    readFolderJson<Record<string, unknown>>(dir, 'summary.json'),
    readFolderJson<CompareJson>(dir, 'compare.json'),
    readFolderJson<Record<string, unknown>>(dir, 'experiment.json'),
    readFolderJson<Record<string, unknown>>(dir, 'check.json'),
  ]);
  const scenarios = compare
    ? comparisonScenarios(compare, manifest, compare)
    : findScenarios(manifest?.scenario ?? experiment?.scenario ?? check?.scenario);
  return { dir, kind: folderKind(dir), manifest, summary, compare, experiment, check, scenarios };
}
