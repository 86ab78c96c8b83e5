// The parameters an experiment varies, from --param specs: `path=v1,v2,...` (a list of values), `path=min:max` (a
// range) or `path=min:max:levels` (a range cut into levels for a factorial design); paths are checked against the
// scenario schema.
import { UserError } from '../errors.js';
import { isForbiddenKey } from '../scenario/params-path.js';
import { isGroup, isInteger, kindOf, NOT_PARAMETERS, parameterPaths, schemaAt } from '../scenario/schema-walk.js';
import { suggest } from '../scenario/suggest.js';
import { yaml } from '../scenario/yaml.js';

export type ParamValue = number | string | boolean;

export type ParamSpec =
  | { path: string; kind: 'values'; values: ParamValue[] }
  | { path: string; kind: 'range'; min: number; max: number; levels?: number; integer: boolean };

/** The most values or levels of one parameter (a design multiplies them across parameters and runs). */
export const MAX_PARAM_LEVELS = 1000;

export { parameterPaths };

function fail(text: string, detail: string): never {
  throw new UserError(`--param ${JSON.stringify(text)}: ${detail}`);
}

/**
 * A listed value read as a YAML scalar (3, 0.5, true, region); anything else (an alias, a list, bad syntax) stays text.
 */
function scalar(text: string): ParamValue {
  const doc = yaml().parseDocument(text, { logLevel: 'error' });
  const value: unknown = doc.errors.length === 0 && yaml().isScalar(doc.contents) ? doc.contents.value : undefined;
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return text;
}

function number(text: string, spec: string, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    fail(spec, `${what} must be a number, got ${JSON.stringify(text)}`);
  return value;
}

/** Reads one --param spec; throws a UserError naming the spec for bad syntax, unknown paths and groups. */
export function parseParam(text: string, known: readonly string[] = parameterPaths()): ParamSpec {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1)
    fail(text, 'expected path=v1,v2,... or path=min:max (e.g. decay.ratePerMonth=0.02:0.08)');
  const path = text.slice(0, eq).trim();
  const body = text.slice(eq + 1).trim();
  const keys = path.split('.');
  const schema = keys.some(isForbiddenKey) ? undefined : schemaAt(keys);
  if (!schema || NOT_PARAMETERS.includes(keys[0])) {
    const hint = suggest(path, known);
    fail(text, `unknown parameter ${JSON.stringify(path)}` + (hint ? `: did you mean ${JSON.stringify(hint)}?` : ''));
  }
  if (isGroup(schema))
    fail(text, `${JSON.stringify(path)} is a group of parameters: name one value inside it (e.g. ${path}.<key>)`);
  const isNumber = kindOf(schema) === 'number';
  if (!body.includes(',') && body.includes(':') && isNumber) {
    const parts = body.split(':');
    if (parts.length > 3) fail(text, 'a range is min:max or min:max:levels');
    const min = number(parts[0], text, 'min');
    const max = number(parts[1], text, 'max');
    if (!(max > min)) fail(text, `max must exceed min, got ${min}:${max}`);
    const integer = isInteger(schema);
    if (parts.length === 2) return { path, kind: 'range', min, max, integer };
    const levels = number(parts[2], text, 'levels');
    if (!Number.isInteger(levels) || levels < 2) fail(text, `levels must be an integer >= 2, got ${parts[2]}`);
    if (levels > MAX_PARAM_LEVELS) fail(text, `levels must be at most ${MAX_PARAM_LEVELS}, got ${parts[2]}`);
    return { path, kind: 'range', min, max, levels, integer };
  }
  const values = body.split(',').map((v) => v.trim());
  if (values.some((v) => v === '')) fail(text, 'an empty value in the list');
  if (values.length > MAX_PARAM_LEVELS) fail(text, `at most ${MAX_PARAM_LEVELS} values, got ${values.length}`);
  return { path, kind: 'values', values: values.map(scalar) };
}

/** Reads every --param spec; a path given twice is an error. */
export function parseParams(texts: readonly string[]): ParamSpec[] {
  if (texts.length === 0)
    throw new UserError('--param: name at least one parameter to vary, e.g. --param decay.ratePerMonth=0.02:0.08');
  const known = parameterPaths();
  const specs = texts.map((t) => parseParam(t, known));
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.path)) throw new UserError(`--param: ${JSON.stringify(s.path)} is given twice`);
    seen.add(s.path);
  }
  return specs;
}

/** A value rounded to 6 significant digits, so that design values print and parse back exactly. */
export function tidy(x: number): number {
  return Number(x.toPrecision(6));
}

/**
 * The value of a spec at position u in [0, 1]: along a range (rounded for integers), or the k-th of n listed values.
 */
export function valueAt(spec: ParamSpec, u: number): ParamValue {
  if (spec.kind === 'values') return spec.values[Math.min(spec.values.length - 1, Math.floor(u * spec.values.length))];
  const x = spec.min + u * (spec.max - spec.min);
  return spec.integer ? Math.round(x) : tidy(x);
}

/** The levels of a spec in a factorial design: its values, or `levels` evenly spaced points of its range. */
export function levelsOf(spec: ParamSpec, defaultLevels: number): ParamValue[] {
  if (spec.kind === 'values') return spec.values;
  const n = spec.levels ?? defaultLevels;
  const values = Array.from({ length: n }, (_, k) => valueAt(spec, k / (n - 1)));
  return [...new Set(values)];
}

/** The spec as text, e.g. "decay.ratePerMonth=0.02:0.08" (for manifests and messages). */
export function formatParam(spec: ParamSpec): string {
  return spec.kind === 'values'
    ? `${spec.path}=${spec.values.join(',')}`
    : `${spec.path}=${spec.min}:${spec.max}${spec.levels ? `:${spec.levels}` : ''}`;
}
