// Validation at the boundary: a parsed scenario object against the schema, then the rules a schema cannot say
// (policy paths and steps, min <= max, shares <= 1). Every problem is returned, each with its path; nothing throws.
import type { z } from 'zod';
import { message } from './messages.js';
import { formatPath, type ScenarioProblem } from './problems.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { suggest } from './suggest.js';

/** Finds the line and column of a path in the source file, where the loader knows them. */
/** Where a path's value is given: the file (when not the one validated), and the line and column where known. */
export type Located = { file?: string; line?: number; column?: number };
export type Locate = (path: readonly PropertyKey[], at?: 'value' | 'key') => Located | undefined;

/** Groups whose parameters a policy may change during a run (the rest are read at step 0 only). */
export const POLICY_GROUPS = ['events', 'search', 'cost', 'tieFormation', 'tasks', 'trust', 'decay', 'satisfaction', 'membership', 'budget', 'levers'];

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  while (['default', 'prefault', 'optional', 'nullable'].includes(s._zod.def.type as string)) s = s._zod.def.innerType as AnySchema;
  return s;
}

/** The schema at a path of the scenario, or undefined where the path leaves it. */
export function schemaAt(path: readonly PropertyKey[], root: AnySchema = scenarioSchema as unknown as AnySchema): AnySchema | undefined {
  let s: AnySchema | undefined = unwrap(root);
  for (const key of path) {
    if (!s) return undefined;
    const def: Record<string, unknown> = s._zod.def;
    if (def.type === 'object' && typeof key === 'string') s = (def.shape as Record<string, AnySchema>)[key];
    else if (def.type === 'array' && typeof key === 'number') s = def.element as AnySchema;
    else if (def.type === 'record') s = def.valueType as AnySchema;
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

function keysAt(path: readonly PropertyKey[], root?: AnySchema): string[] {
  const s = schemaAt(path, root);
  return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}

function expectedOf(schema: AnySchema | undefined): string {
  const def = schema?._zod.def;
  switch (def?.type) {
    case 'number': return (schema as unknown as { isInt?: boolean }).isInt ? 'an integer' : 'a number';
    case 'boolean': return 'true or false';
    case 'string': return 'text';
    case 'enum': return 'one of ' + Object.values(def.entries as object).map((v) => JSON.stringify(v)).join(', ');
    case 'array': return 'a list';
    case 'object': return 'a mapping of keys to values';
    case 'record': return 'a mapping of parameter paths to values';
    default: return 'a valid value';
  }
}

function isInteger(path: readonly PropertyKey[], root?: AnySchema): boolean {
  return (schemaAt(path, root) as unknown as { isInt?: boolean } | undefined)?.isInt === true;
}

/** Where an issue arose: the input validated, its file, how to locate paths, and (for a policy's value) its schema and place. */
interface IssueContext {
  input: unknown;
  file: string;
  locate?: Locate;
  /** The schema the input was checked against (default: the scenario's). */
  root?: AnySchema;
  /** Where the input sits in the scenario (for a policy's value: policies[k].set.<path>). */
  base?: PropertyKey[];
}

function problemOf(issue: z.core.$ZodIssue, context: IssueContext): ScenarioProblem[] {
  const { input, file, locate, root, base = [] } = context;
  const rel = issue.path;
  const value = rel.length ? valueAt(input, rel) : input;
  const at = (p: PropertyKey[], text: string, where: 'value' | 'key' = 'value'): ScenarioProblem => {
    const full = [...base, ...p];
    return { file, path: formatPath(full), message: text, ...locate?.(full, where) };
  };
  const expected = () => expectedOf(schemaAt(rel, root));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => at([...rel, key], message.unknownKey(key, suggest(key, keysAt(rel, root))), 'key'));
    case 'invalid_type':
      return [at(rel, value === undefined ? message.required(expected()) : message.wrongType(expected(), value))];
    case 'too_small':
      if (issue.origin === 'array') return [at(rel, message.tooFew(Number(issue.minimum)))];
      if (issue.origin === 'string') return [at(rel, message.tooShort(Number(issue.minimum), value))];
      return [at(rel, message.tooSmall(Number(issue.minimum), issue.inclusive ?? true, isInteger(rel, root), value))];
    case 'too_big':
      return [at(rel, message.tooBig(Number(issue.maximum), issue.inclusive ?? true, isInteger(rel, root), value))];
    case 'invalid_value':
      return [at(rel, message.oneOf(issue.values, value, typeof value === 'string' ? suggest(value, issue.values.map(String)) : undefined))];
    case 'invalid_format':
      return [at(rel, message.notInteger(value))];
    default:
      return [at(rel, message.other(issue.message, value))];
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

function checkPolicies(scenario: Scenario, file: string, locate?: Locate): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const at = (p: PropertyKey[], text: string, where: 'value' | 'key' = 'value') =>
    problems.push({ file, path: formatPath(p), message: text, ...locate?.(p, where) });
  const known = POLICY_GROUPS.flatMap((g) => keysAt([g]).map((k) => `${g}.${k}`));
  scenario.policies.forEach((policy, k) => {
    if (policy.at > scenario.steps) at(['policies', k, 'at'], message.beyondHorizon(policy.at, scenario.steps));
    const entries = Object.entries(policy.set);
    if (entries.length === 0) at(['policies', k, 'set'], message.emptyPolicy());
    for (const [path, value] of entries) {
      const where: PropertyKey[] = ['policies', k, 'set', path];
      const keys = path.split('.');
      const leaf = POLICY_GROUPS.includes(keys[0]) ? schemaAt(keys) : undefined;
      if (!leaf) {
        at(where, message.unknownParameter(path, suggest(path, known)), 'key');
      } else if (['object'].includes(leaf._zod.def.type as string)) {
        at(where, message.notALeaf(path), 'key');
      } else {
        const parsed = leaf.safeParse(value);
        if (!parsed.success) for (const issue of parsed.error.issues) problems.push(...problemOf(issue, { input: value, file, locate, root: leaf, base: where }));
        else if (policy.rampSteps > 0 && typeof value !== 'number') at(where, message.rampNeedsNumber(path), 'key');
        else if (policy.rampSteps > 0 && (leaf as unknown as { isInt?: boolean }).isInt) at(where, message.rampNeedsContinuous(path), 'key');
      }
    }
  });
  return problems;
}

function checkConsistency(s: Scenario, file: string, locate?: Locate): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const at = (p: PropertyKey[], text: string) => problems.push({ file, path: formatPath(p), message: text, ...locate?.(p) });
  const net = s.initialNetwork;
  if (net.trustMin > net.trustMax) at(['initialNetwork', 'trustMin'], message.minAboveMax('trustMin', 'trustMax'));
  if (net.strengthMin > net.strengthMax) at(['initialNetwork', 'strengthMin'], message.minAboveMax('strengthMin', 'strengthMax'));
  const sizes = s.population.largeFirmShare + s.population.mediumFirmShare;
  if (sizes > 1) at(['population', 'mediumFirmShare'], message.sharesAboveOne('largeFirmShare and mediumFirmShare', sizes));
  const seen = new Set<string>();
  s.population.regions.forEach((r, k) => {
    if (seen.has(r)) at(['population', 'regions', k], message.duplicateRegion(r));
    seen.add(r);
  });
  return problems;
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Validates a parsed scenario object; `file` names it in problems, `locate` adds lines and columns. */
export function validateScenario(input: unknown, file = '<scenario>', locate?: Locate): Validation {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ file, path: '', message: message.notAnObject(input) }] };
  }
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemOf(issue, { input, file, locate })) };
  const problems = [...checkPolicies(parsed.data, file, locate), ...checkConsistency(parsed.data, file, locate)];
  return problems.length ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}

