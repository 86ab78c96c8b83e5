// A posterior sample of parameters (calibrate's accepted.csv, or any CSV whose header names parameter paths) and its
// use by ensembles: run k of every scenario takes draw d_k, the k-th uniform draw of one generator seeded from the base
// seed (deriveSeed(seed, 'posterior')), so that draws are paired across scenarios as seeds are, and the intervals cover
// the parameters' uncertainty as well as the seeds'. A draw is set on the resolved scenario (its values at step 0); the
// scenario's policies act on top of it.
//
// Columns: a dotted name must be a parameter path of the scenario schema (a slip is an error, with "did you mean");
// calibrate's bookkeeping columns (point, distance, worst, accepted) and other names without a dot (calibrate's target
// means: target ids have no dot, and may be the name of a group such as "tasks") are ignored; the scenario's own fields
// (seed, steps, startYear, name, ...) are refused. Every value is checked against its parameter's type and
// bounds, then every draw used against each scenario it is applied to.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { UserError } from '../errors.js';
import { splitCsvLine } from '../output/csv.js';
import type { PosteriorRecord } from '../output/manifest.js';
import { createRng, deriveSeed, randomInt } from '../random/rng.js';
import { getPath, isForbiddenKey, setPath } from '../scenario/params-path.js';
import { ScenarioError, type ScenarioProblem } from '../scenario/problems.js';
import { isGroup, kindOf, NOT_PARAMETERS, parameterPaths, schemaAt } from '../scenario/schema-walk.js';
import type { Scenario } from '../scenario/schema.js';
import { suggest } from '../scenario/suggest.js';
import { validateParameter, validateScenario } from '../scenario/validate.js';

/** A parameter's value in a draw. */
export type DrawValue = number | string | boolean;

/** calibrate's bookkeeping columns in accepted.csv: read past, never parameters. */
export const POSTERIOR_META_COLUMNS: readonly string[] = ['point', 'distance', 'worst', 'accepted'];

/** Scenario fields that are the comparison's, not the model's: a posterior may not draw them. */
export const NOT_DRAWN: readonly string[] = ['seed', 'steps', 'startYear'];

/** The largest posterior file read: 16 MiB (calibrate's accepted.csv of 1,000 points is about 300 KiB). */
export const MAX_POSTERIOR_BYTES = 16 * 1024 * 1024;
/** The most draws a posterior may hold. */
export const MAX_POSTERIOR_DRAWS = 100_000;
/** Problems listed before the rest are only counted. */
const MAX_LISTED = 20;

export interface Posterior {
  /** The file as given. */
  file: string;
  /** sha256 of the file's bytes, as "sha256:<hex>". */
  sha256: string;
  /** The parameter paths drawn, in the file's column order. */
  paths: string[];
  /** The columns read past: calibrate's bookkeeping and target means. */
  ignored: string[];
  /** One draw per data row, in file order: path to value. */
  draws: Record<string, DrawValue>[];
  /** The file's line of each draw (the header is line 1). */
  lines: number[];
}

/** What an ensemble records of the posterior it used: the file, its hash, and the draw of every run. */
export type PosteriorUse = PosteriorRecord;

const displayName = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
};

const show = (value: unknown) => JSON.stringify(value);

/** A cell as the value its parameter takes: a number, true or false, or text (a choice); anything else stays text. */
function cellValue(text: string, path: string): DrawValue {
  const kind = kindOf(schemaAt(path.split('.')));
  const trimmed = text.trim();
  if (kind === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) {
    const n = Number(trimmed);
    return Object.is(n, -0) ? 0 : n;
  }
  if (kind === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

/** What a column is: a parameter path, a column read past, or a problem. */
function classify(column: string, known: readonly string[]): 'parameter' | 'ignored' | string {
  if (POSTERIOR_META_COLUMNS.includes(column)) return 'ignored';
  const keys = column.split('.');
  if (keys.some((k) => k === '' || isForbiddenKey(k))) return `${show(column)} is not a parameter path`;
  const schema = schemaAt(keys);
  if (NOT_DRAWN.includes(column))
    return `${show(column)} is not a parameter a posterior may draw: the seed, steps and startYear are the comparison's (--seed, --steps, --set)`;
  if (NOT_PARAMETERS.includes(keys[0]))
    return `${show(column)} is not a parameter (a scenario's ${keys[0]}): a posterior draws parameters`;
  // A name without a dot that is a group (tasks, events, ...) is a target id, as calibrate writes them.
  if (schema && isGroup(schema) && keys.length === 1) return 'ignored';
  if (schema && isGroup(schema))
    return `${show(column)} is a group of parameters: name one value inside it (e.g. ${column}.<key>)`;
  if (schema) {
    const kind = kindOf(schema);
    if (kind !== 'number' && kind !== 'boolean' && kind !== 'enum' && kind !== 'string')
      return `${show(column)} takes a list: a posterior draws numbers, switches and choices`;
    return 'parameter';
  }
  // Target ids have no dot: a dotted name is meant as a parameter path.
  if (keys.length > 1) {
    const hint = suggest(column, known);
    return `unknown parameter ${show(column)}` + (hint ? `: did you mean ${show(hint)}?` : '');
  }
  return 'ignored';
}

/** Why a path cannot be read as a posterior file, or undefined when it can. */
function fileProblem(file: string): string | undefined {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read the file: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`;
  }
  if (stats.isDirectory()) return 'cannot read the file: it is a folder';
  if (!stats.isFile()) return 'not a regular file';
  if (!file.toLowerCase().endsWith('.csv')) return "expected a .csv file (such as calibrate's accepted.csv)";
  if (stats.size > MAX_POSTERIOR_BYTES)
    return `the file has ${stats.size} bytes, more than the ${MAX_POSTERIOR_BYTES} a posterior file may have`;
  return undefined;
}

/**
 * Reads a posterior sample: every data row is one draw of the parameters its header names. Throws a UserError naming
 * the file, line, column and value of every problem found (at most 20 listed).
 */
export function loadPosterior(file: string): Posterior {
  const name = displayName(file);
  const fail = (text: string): never => {
    throw new UserError(`${name}: ${text}`);
  };
  const problem = fileProblem(file);
  if (problem) fail(problem);
  const bytes = readFileSync(file);
  const sha256 = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not text (UTF-8): expected a CSV file');
  }
  if (text.includes('\u0000')) fail('not text (UTF-8): expected a CSV file');
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const rows = lines
    .map((line, k) => ({ line: k + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }))
    .filter((r) => r.text.trim() !== '');
  if (rows.length === 0 || rows[0].line !== 1) fail('expected a header of parameter paths on line 1');
  const header = splitCsvLine(rows[0].text).map((c) => c.trim());
  const problems: ScenarioProblem[] = [];
  const at = (line: number, column?: number) => `${name}, line ${line}${column ? `, column ${column}` : ''}`;
  const known = parameterPaths();
  const kinds = header.map((column, c) => {
    if (column === '') {
      problems.push({ file: at(1, c + 1), path: '', message: 'an empty column name' });
      return 'ignored';
    }
    const first = header.indexOf(column);
    if (first !== c) {
      problems.push({
        file: at(1, c + 1),
        path: '',
        message: `column ${show(column)} appears twice (also column ${first + 1})`,
      });
      return 'ignored';
    }
    const kind = classify(column, known);
    if (kind !== 'parameter' && kind !== 'ignored') problems.push({ file: at(1, c + 1), path: '', message: kind });
    return kind;
  });
  const paths = header.filter((_, c) => kinds[c] === 'parameter');
  if (problems.length === 0 && paths.length === 0) {
    fail(
      `no column is a parameter path of the scenario schema (e.g. decay.ratePerMonth); the columns are ${header.map(show).join(', ')}`,
    );
  }
  const data = rows.slice(1);
  if (problems.length === 0 && data.length === 0) fail('the header has no draws under it: expected one row per draw');
  if (data.length > MAX_POSTERIOR_DRAWS) fail(`${data.length} draws, more than the ${MAX_POSTERIOR_DRAWS} allowed`);
  const accepted = header.indexOf('accepted');
  const draws: Record<string, DrawValue>[] = [];
  for (const row of data) {
    if (problems.length > MAX_LISTED) break;
    const cells = splitCsvLine(row.text);
    if (cells.length !== header.length) {
      problems.push({
        file: at(row.line),
        path: '',
        message: `${cells.length} cells, but the header has ${header.length} columns`,
      });
      continue;
    }
    if (accepted >= 0 && cells[accepted].trim() !== 'yes') {
      problems.push({
        file: at(row.line, accepted + 1),
        path: 'accepted',
        message: `${show(cells[accepted])}: a posterior holds accepted points only (calibrate's accepted.csv, not points.csv)`,
      });
      continue;
    }
    const draw: Record<string, DrawValue> = {};
    header.forEach((column, c) => {
      if (kinds[c] !== 'parameter') return;
      if (cells[c].trim() === '') {
        problems.push({ file: at(row.line, c + 1), path: column, message: 'an empty cell: every draw needs a value' });
        return;
      }
      const value = cellValue(cells[c], column);
      const found = validateParameter(column, value, at(row.line, c + 1));
      problems.push(...found);
      draw[column] = value;
    });
    draws.push(draw);
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) listed.push({ file: name, path: '', message: 'and more problems, not listed' });
    throw new ScenarioError(listed);
  }
  return {
    file,
    sha256,
    paths,
    ignored: header.filter((_, c) => kinds[c] === 'ignored'),
    draws,
    lines: data.map((r) => r.line),
  };
}

/**
 * The draw of each run: run k takes the k-th uniform draw of one generator seeded with deriveSeed(seed, 'posterior'),
 * so that d_k does not depend on how many runs there are.
 */
export function posteriorDraws(count: number, seed: number | string, runs: number): number[] {
  const rng = createRng(deriveSeed(seed, 'posterior'));
  return Array.from({ length: runs }, () => randomInt(rng, count));
}

/** The scenario with a draw's values set (validated with the rest of the scenario; a problem names the file's line). */
export function applyDraw(scenario: Scenario, posterior: Posterior, draw: number): Scenario {
  const data = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const path of posterior.paths) setPath(data, path, posterior.draws[draw][path]);
  const where = `${displayName(posterior.file)}, line ${posterior.lines[draw]} (draw ${draw}) applied to ${scenario.name}`;
  const result = validateScenario(data, where);
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}

/** The scenario of each run, the run's draw applied (each draw applied once). */
export function scenariosOfRuns(scenario: Scenario, posterior: Posterior, perRun: readonly number[]): Scenario[] {
  const applied = new Map<number, Scenario>();
  return perRun.map((d) => {
    let s = applied.get(d);
    if (!s) applied.set(d, (s = applyDraw(scenario, posterior, d)));
    return s;
  });
}

/** What an ensemble records of a posterior: the file, its hash, its size and the draw of every run. */
export function posteriorUse(posterior: Posterior, perRun: readonly number[]): PosteriorUse {
  return {
    file: posterior.file,
    sha256: posterior.sha256,
    draws: posterior.draws.length,
    paths: [...posterior.paths],
    perRun: [...perRun],
  };
}

/** Whether `path` is a drawn path, or a group holding one, or inside one. */
const overlaps = (posterior: Posterior, path: string) =>
  posterior.paths.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));

/**
 * Refuses values that the posterior would silently replace: `what` names them (e.g. "--set"), `items` are path=value
 * texts or bare paths.
 */
export function checkPosteriorOverlap(posterior: Posterior, what: string, items: readonly string[]): void {
  for (const item of items) {
    const eq = item.indexOf('=');
    const path = (eq >= 0 ? item.slice(0, eq) : item).trim();
    if (overlaps(posterior, path)) {
      throw new UserError(
        `${what} ${item}: ${path} is drawn from the posterior ${displayName(posterior.file)} in every run, which would replace this value; drop one of the two`,
      );
    }
  }
}

/**
 * Warnings for scenarios whose own values of a drawn parameter differ from the reference's: the draw replaces both, so
 * that difference is not compared.
 */
export function posteriorOverrideWarnings(
  scenarios: readonly Scenario[],
  names: readonly string[],
  posterior: Posterior,
): string[] {
  const warnings: string[] = [];
  scenarios.slice(1).forEach((s, k) => {
    const differing = posterior.paths.filter(
      (p) => JSON.stringify(getPath(s, p)) !== JSON.stringify(getPath(scenarios[0], p)),
    );
    if (differing.length === 0) return;
    warnings.push(
      `${names[k + 1]} sets ${differing.map((p) => `${p} = ${show(getPath(s, p))} (${names[0]}: ${show(getPath(scenarios[0], p))})`).join(', ')}, which the posterior draws: every run replaces both with its draw, so this difference is not compared (a policy on the path still acts)`,
    );
  });
  return warnings;
}
