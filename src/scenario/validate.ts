// Validation at the boundary: a parsed scenario object against the schema (bounds included), then the rules a schema
// cannot say (policy paths and steps, min <= max, shares <= 1, weights not all 0, no prototype names among a policy's
// parameters). Every problem is returned, each with its path; nothing throws.
import type { z } from 'zod';
import { getPath, isForbiddenKey } from './params-path.js';
import { message } from './messages.js';
import { formatPath, type ScenarioProblem } from './problems.js';
import {
  enumOptions,
  isGroup,
  isInteger,
  keysAt,
  kindOf,
  schemaAt,
  titleOf,
  unionOptions,
  type AnySchema,
} from './schema-walk.js';
import { stepDate } from './dates.js';
import {
  REGION_SCOPED_PARAMS,
  scenarioSchema,
  SHARE_GROUPS,
  SHARE_SUM_TOLERANCE,
  WEIGHT_GROUPS,
  type Scenario,
} from './schema.js';
import { suggest } from './suggest.js';

/** Where a path's value is given: the file (when not the one validated), and the line and column where known. */
export type Located = { file?: string; line?: number; column?: number };
export type Locate = (path: readonly PropertyKey[], at?: 'value' | 'key') => Located | undefined;

/** Groups whose parameters a policy may change during a run (the rest are read at step 0 only). */
export const POLICY_GROUPS = [
  'events',
  'search',
  'cost',
  'tieFormation',
  'tasks',
  'trust',
  'decay',
  'satisfaction',
  'membership',
  'budget',
  'levers',
  'subGroups',
];

export { schemaAt } from './schema-walk.js';

function expectedOf(schema: AnySchema | undefined): string {
  const title = schema && titleOf(schema);
  if (title) return title;
  switch (kindOf(schema)) {
    case 'union':
      return unionOptions(schema).map(expectedOf).join(' or ');
    case 'number':
      return isInteger(schema) ? 'an integer' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'text';
    case 'enum':
      return (
        'one of ' +
        enumOptions(schema)
          .map((v) => JSON.stringify(v))
          .join(', ')
      );
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of keys to values';
    case 'record':
      return 'a mapping of parameter paths to values';
    default:
      return 'a valid value';
  }
}

/**
 * Where an issue arose: the input validated, its file, how to locate paths, and (for a policy's value) its schema and
 * place.
 */
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
  const schema = schemaAt(rel, root);
  // Within a union (a policy's at: a step or a month), bounds and formats are those of the option the value is.
  const option = unionOptions(schema).find((o) => kindOf(o) === typeof value) ?? schema;
  const expected = () => expectedOf(schema);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        at([...rel, key], message.unknownKey(key, suggest(key, keysAt(rel, root))), 'key'),
      );
    case 'invalid_type':
      return [at(rel, value === undefined ? message.required(expected()) : message.wrongType(expected(), value))];
    case 'too_small':
      if (issue.origin === 'array') return [at(rel, message.tooFew(Number(issue.minimum)))];
      if (issue.origin === 'string') return [at(rel, message.tooShort(Number(issue.minimum), value))];
      return [at(rel, message.tooSmall(Number(issue.minimum), issue.inclusive ?? true, isInteger(option), value))];
    case 'too_big':
      if (issue.origin === 'array')
        return [at(rel, message.tooMany(Number(issue.maximum), Array.isArray(value) ? value.length : NaN))];
      if (issue.origin === 'string')
        return [at(rel, message.tooLong(Number(issue.maximum), typeof value === 'string' ? value.length : NaN))];
      return [at(rel, message.tooBig(Number(issue.maximum), issue.inclusive ?? true, isInteger(option), value))];
    case 'invalid_value':
      return [
        at(
          rel,
          message.oneOf(
            issue.values,
            value,
            typeof value === 'string' ? suggest(value, issue.values.map(String)) : undefined,
          ),
        ),
      ];
    case 'invalid_format':
      // A pattern's own message says what it expects (a policy's month); any other format here is an integer's.
      return [at(rel, issue.format === 'regex' ? message.other(issue.message, value) : message.notInteger(value))];
    case 'invalid_union':
      return [at(rel, value === undefined ? message.required(expected()) : message.wrongType(expected(), value))];
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

/**
 * Policy keys that name something every object has: taken out before the schema sees them (it would drop __proto__
 * silently).
 */
function withoutForbiddenPolicyKeys(
  input: Record<string, unknown>,
  file: string,
  locate?: Locate,
): { input: Record<string, unknown>; problems: ScenarioProblem[]; touched: Set<number> } {
  const problems: ScenarioProblem[] = [];
  const touched = new Set<number>();
  const policies = Object.hasOwn(input, 'policies') ? input.policies : undefined;
  if (!Array.isArray(policies)) return { input, problems, touched };
  const cleaned = policies.map((policy, k) => {
    const set =
      policy !== null && typeof policy === 'object' && Object.hasOwn(policy, 'set')
        ? (policy as Record<string, unknown>).set
        : undefined;
    if (set === null || typeof set !== 'object' || Array.isArray(set)) return policy;
    const bad = Object.keys(set).filter((key) => key.split('.').some(isForbiddenKey));
    if (bad.length === 0) return policy;
    touched.add(k);
    for (const key of bad) {
      const where: PropertyKey[] = ['policies', k, 'set', key];
      problems.push({
        file,
        path: formatPath(where),
        message: message.unknownParameter(key),
        ...locate?.(where, 'key'),
      });
    }
    const kept = Object.fromEntries(Object.entries(set).filter(([key]) => !bad.includes(key)));
    return { ...(policy as Record<string, unknown>), set: kept };
  });
  return { input: { ...input, policies: cleaned }, problems, touched };
}

function checkPolicies(
  scenario: Scenario,
  file: string,
  locate?: Locate,
  touched: ReadonlySet<number> = new Set(),
  given: readonly unknown[] = [],
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const at = (p: PropertyKey[], text: string, where: 'value' | 'key' = 'value') =>
    problems.push({ file, path: formatPath(p), message: text, ...locate?.(p, where) });
  const known = POLICY_GROUPS.flatMap((g) => keysAt([g]).map((k) => `${g}.${k}`));
  scenario.policies.forEach((policy, k) => {
    if (policy.at > scenario.steps) {
      const month = (given[k] as { at?: unknown } | undefined)?.at;
      at(
        ['policies', k, 'at'],
        typeof month === 'string'
          ? message.beyondHorizonMonth(month, policy.at, scenario.steps, stepDate(scenario.startYear, scenario.steps))
          : message.beyondHorizon(policy.at, scenario.steps),
      );
    }
    const seen = new Set<string>();
    policy.regions?.forEach((region, r) => {
      if (seen.has(region)) at(['policies', k, 'regions', r], message.duplicateRegion(region));
      else if (!scenario.population.regions.includes(region))
        at(['policies', k, 'regions', r], message.regionNotSimulated(region, scenario.population.regions));
      seen.add(region);
    });
    const entries = Object.entries(policy.set);
    if (entries.length === 0 && !touched.has(k)) at(['policies', k, 'set'], message.emptyPolicy());
    for (const [path, value] of entries) {
      const where: PropertyKey[] = ['policies', k, 'set', path];
      const keys = path.split('.');
      const leaf = POLICY_GROUPS.includes(keys[0]) ? schemaAt(keys) : undefined;
      if (!leaf) {
        at(where, message.unknownParameter(path, suggest(path, known)), 'key');
      } else if (isGroup(leaf)) {
        at(where, message.notALeaf(path), 'key');
      } else if (policy.regions && !(REGION_SCOPED_PARAMS as readonly string[]).includes(path)) {
        at(where, message.notRegionScoped(path, REGION_SCOPED_PARAMS), 'key');
      } else {
        const parsed = leaf.safeParse(value);
        if (!parsed.success)
          for (const issue of tightest(parsed.error.issues))
            problems.push(...problemOf(issue, { input: value, file, locate, root: leaf, base: where }));
        else if (policy.rampSteps > 0 && typeof value !== 'number') at(where, message.rampNeedsNumber(path), 'key');
        else if (policy.rampSteps > 0 && isInteger(leaf)) at(where, message.rampNeedsContinuous(path), 'key');
      }
    }
  });
  return problems;
}

function checkConsistency(s: Scenario, file: string, locate?: Locate): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const at = (p: PropertyKey[], text: string) =>
    problems.push({ file, path: formatPath(p), message: text, ...locate?.(p) });
  const net = s.initialNetwork;
  if (net.trustMin > net.trustMax) at(['initialNetwork', 'trustMin'], message.minAboveMax('trustMin', 'trustMax'));
  if (net.strengthMin > net.strengthMax)
    at(['initialNetwork', 'strengthMin'], message.minAboveMax('strengthMin', 'strengthMax'));
  const sizes = s.population.largeFirmShare + s.population.mediumFirmShare;
  if (sizes > 1)
    at(['population', 'mediumFirmShare'], message.sharesAboveOne('largeFirmShare and mediumFirmShare', sizes));
  const seen = new Set<string>();
  s.population.regions.forEach((r, k) => {
    if (seen.has(r)) at(['population', 'regions', k], message.duplicateRegion(r));
    seen.add(r);
  });
  return [...problems, ...checkWeights(s, file, locate)];
}

const total = (values: Record<string, unknown>) =>
  Object.values(values).reduce<number>((sum, v) => sum + (typeof v === 'number' && v >= 0 ? v : 1), 0);

/**
 * Weights divided by their sum (WEIGHT_GROUPS) must not all be 0, neither at step 0 nor once policies have set them: a
 * policy that leaves a group at all 0 is named with the step it starts at. Values that are not numbers count as
 * positive here (their own problem is reported by checkPolicies).
 */
function checkWeights(s: Scenario, file: string, locate?: Locate): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const start = (at: number) => Math.max(at, 1);
  for (const group of WEIGHT_GROUPS) {
    const initial = getPath(s, group) as Record<string, number>;
    const paths = Object.keys(initial).map((key) => `${group}.${key}`);
    const shares = SHARE_GROUPS.includes(group);
    const off = (values: Record<string, unknown>) => shares && Math.abs(total(values) - 1) > SHARE_SUM_TOLERANCE;
    if (total(initial) <= 0)
      problems.push({ file, path: group, message: message.zeroWeights(group), ...locate?.(group.split('.')) });
    else if (off(initial))
      problems.push({
        file,
        path: group,
        message: message.sharesNotOne(group, total(initial), SHARE_SUM_TOLERANCE),
        ...locate?.(group.split('.')),
      });
    const months = [
      ...new Set(s.policies.filter((p) => paths.some((path) => Object.hasOwn(p.set, path))).map((p) => start(p.at))),
    ].sort((a, b) => a - b);
    for (const month of months) {
      const values: Record<string, unknown> = { ...initial };
      let last = -1;
      s.policies.forEach((p, k) => {
        if (start(p.at) > month) return;
        for (const path of paths) {
          if (!Object.hasOwn(p.set, path)) continue;
          values[path.slice(group.length + 1)] = p.set[path];
          if (start(p.at) === month) last = k;
        }
      });
      if (last >= 0 && (total(values) <= 0 || off(values))) {
        const where: PropertyKey[] = ['policies', last, 'set'];
        problems.push({
          file,
          path: formatPath(where),
          message:
            total(values) <= 0
              ? message.zeroWeightsFrom(group, month)
              : message.sharesNotOneFrom(group, month, total(values), SHARE_SUM_TOLERANCE),
          ...locate?.(where),
        });
      }
    }
  }
  return problems;
}

/**
 * The issues with, at each path, only the tightest bound broken: an integer has the safe-integer bounds besides its own
 * (steps: 1e300 breaks both <= 2400 and <= 2^53 - 1), and the reader needs only the first.
 */
function tightest(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const key = (issue: z.core.$ZodIssue) => `${issue.code}:${JSON.stringify(issue.path.map(String))}`;
  const best = new Map<string, z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'too_big' && issue.code !== 'too_small') continue;
    const held = best.get(key(issue));
    const bound = (i: z.core.$ZodIssue) =>
      Number((i as { maximum?: unknown; minimum?: unknown }).maximum ?? (i as { minimum?: unknown }).minimum);
    const tighter = !held || (issue.code === 'too_big' ? bound(issue) < bound(held) : bound(issue) > bound(held));
    if (tighter) best.set(key(issue), issue);
  }
  return issues.filter(
    (issue) => (issue.code !== 'too_big' && issue.code !== 'too_small') || best.get(key(issue)) === issue,
  );
}

/**
 * The problems of one parameter's value against its own schema (type and bounds), worded as in a scenario file, at
 * `path`; [] when the value is valid. Rules across parameters (min <= max, shares, weights) are not checked here: they
 * need the whole scenario (validateScenario).
 */
export function validateParameter(path: string, value: unknown, file: string, locate?: Locate): ScenarioProblem[] {
  const keys = path.split('.');
  const leaf = keys.some(isForbiddenKey) ? undefined : schemaAt(keys);
  if (!leaf) return [{ file, path, message: message.unknownParameter(path), ...locate?.(keys) }];
  const parsed = leaf.safeParse(value);
  if (parsed.success) return [];
  return tightest(parsed.error.issues).flatMap((issue) =>
    problemOf(issue, { input: value, file, locate, root: leaf, base: keys }),
  );
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Validates a parsed scenario object; `file` names it in problems, `locate` adds lines and columns. */
export function validateScenario(input: unknown, file = '<scenario>', locate?: Locate): Validation {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ file, path: '', message: message.notAnObject(input) }] };
  }
  const clean = withoutForbiddenPolicyKeys(input as Record<string, unknown>, file, locate);
  const parsed = scenarioSchema.safeParse(clean.input);
  if (!parsed.success) {
    const issues = tightest(parsed.error.issues);
    return {
      ok: false,
      problems: [
        ...clean.problems,
        ...issues.flatMap((issue) => problemOf(issue, { input: clean.input, file, locate })),
      ],
    };
  }
  const problems = [
    ...clean.problems,
    ...checkPolicies(
      parsed.data,
      file,
      locate,
      clean.touched,
      Array.isArray(clean.input.policies) ? clean.input.policies : [],
    ),
    ...checkConsistency(parsed.data, file, locate),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}
