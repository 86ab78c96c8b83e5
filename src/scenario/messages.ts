// Every message an analyst reads about a scenario file, in one place.

/** The most characters of a value a message shows (longer values end in "..."). */
const SHOWN = 60;

/** A number as a message shows it: JSON would print Infinity and NaN (from 1e400 or .nan) as null. */
const numberText = (value: number): string => (Number.isFinite(value) ? JSON.stringify(value) : String(value));

/**
 * A value as JSON, cut after SHOWN characters. The walk stops there, so a huge value costs no more than a small one,
 * and it marks a value met again inside itself (a YAML alias can make one) rather than following it forever.
 */
function preview(value: unknown): string {
  let out = '';
  const inside = new Set<object>();
  const write = (v: unknown): boolean => {
    if (typeof v === 'number') out += numberText(v);
    else if (typeof v === 'string') out += JSON.stringify(v.length > SHOWN ? v.slice(0, SHOWN) : v);
    else if (typeof v === 'bigint') out += String(v);
    else if (v === null || typeof v !== 'object')
      out += v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : JSON.stringify(v);
    else if (inside.has(v)) out += '...';
    else {
      inside.add(v);
      const list = Array.isArray(v);
      out += list ? '[' : '{';
      let first = true;
      for (const key of list ? v.keys() : Object.keys(v)) {
        if (out.length > SHOWN) break;
        if (!first) out += ',';
        first = false;
        if (!list) out += JSON.stringify(key) + ':';
        if (!write((v as Record<PropertyKey, unknown>)[key as PropertyKey])) break;
      }
      out += list ? ']' : '}';
      inside.delete(v);
    }
    return out.length <= SHOWN;
  };
  write(value);
  return out;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = preview(value);
  if (text.length <= SHOWN) return text;
  return typeof value === 'string' ? text.slice(0, SHOWN - 4) + '..."' : text.slice(0, SHOWN - 3) + '...';
};

/** What kind of value this is, without showing it: for content that may not be a scenario at all. */
const kindOf = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return `a ${typeof value}`;
};

export const message = {
  emptyFile: (what = 'scenario') =>
    what === 'scenario'
      ? 'the file is empty: a scenario needs at least a name, or {} for all defaults'
      : `the file is empty: expected a ${what}`,
  notAnObject: (value: unknown, what = 'scenario') =>
    `a ${what} must be a mapping of keys to values, got ${kindOf(value)}`,
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  jsonSyntax: (detail: string) => `JSON syntax error: ${detail}`,
  unreadable: (detail: string) => `cannot read the file: ${detail}`,
  notRegularFile: (kind: string) => `cannot read the file: it is ${kind}, not a regular file`,
  wrongExtension: () => 'expected a file whose name ends in .yaml, .yml or .json',
  tooLarge: (bytes: number, limit: number) =>
    `the file has ${bytes} bytes: expected at most ${limit} (${limit / 1024 / 1024} MiB)`,
  notText: () => 'the file is not text: expected YAML or JSON in UTF-8',
  nestedTooDeep: (limit: number) => `values are nested more than ${limit} levels deep`,
  aliasUnresolved: (name: string) => `unresolved alias *${name}: no anchor &${name} comes before it`,
  aliasCycle: (name: string) => `alias *${name} is inside the value it refers to`,
  aliasesTooFar: (limit: number) => `YAML aliases expand too far: to more than ${limit} values`,
  unknownKey: (key: string, suggestion?: string) =>
    `unknown key ${show(key)}` + (suggestion ? `: did you mean ${show(suggestion)}?` : ''),
  wrongType: (expected: string, value: unknown) => `expected ${expected}, got ${show(value)}`,
  required: (expected: string) => `is required: expected ${expected}`,
  tooSmall: (limit: number, inclusive: boolean, integer: boolean, value: unknown) =>
    `expected ${integer ? 'an integer' : 'a number'} ${inclusive ? '>=' : '>'} ${limit}, got ${show(value)}`,
  tooBig: (limit: number, inclusive: boolean, integer: boolean, value: unknown) =>
    `expected ${integer ? 'an integer' : 'a number'} ${inclusive ? '<=' : '<'} ${limit}, got ${show(value)}`,
  notInteger: (value: unknown) => `expected an integer, got ${show(value)}`,
  oneOf: (options: readonly unknown[], value: unknown, suggestion?: string) =>
    `expected one of ${options.map(show).join(', ')}, got ${show(value)}` +
    (suggestion ? `: did you mean ${show(suggestion)}?` : ''),
  tooShort: (minimum: number, value: unknown) =>
    `expected text of at least ${minimum} character${minimum === 1 ? '' : 's'}, got ${show(value)}`,
  tooLong: (maximum: number, length: number) => `expected text of at most ${maximum} characters, got ${length}`,
  tooFew: (minimum: number) => `expected at least ${minimum} item${minimum === 1 ? '' : 's'}`,
  tooMany: (maximum: number, count: number) =>
    `expected at most ${maximum} item${maximum === 1 ? '' : 's'}, got ${count}`,
  other: (detail: string, value: unknown) => `${detail}, got ${show(value)}`,
  beyondHorizon: (at: number, steps: number) =>
    `policy step ${at} is beyond the horizon: the scenario runs ${steps} steps`,
  beyondHorizonMonth: (month: string, at: number, steps: number, last: string) =>
    `policy month ${month} (step ${at}) is beyond the horizon: the scenario runs ${steps} steps, to ${last}`,
  notRegionScoped: (path: string, allowed: readonly string[]) =>
    `${show(path)} cannot be set for some regions only: a policy with regions may set only ${allowed.join(', ')} (the parameters read per MC)`,
  regionNotSimulated: (region: string, simulated: readonly string[]) =>
    `region ${show(region)} is not simulated: population.regions is ${simulated.join(', ')}`,
  unknownParameter: (path: string, suggestion?: string) =>
    `unknown parameter ${show(path)}` + (suggestion ? `: did you mean ${show(suggestion)}?` : ''),
  notALeaf: (path: string) => `${show(path)} is a group of parameters: name one value inside it (e.g. ${path}.<key>)`,
  emptyPolicy: () => 'a policy must set at least one parameter',
  rampNeedsNumber: (path: string) => `rampSteps needs numeric values, but ${show(path)} is not a number`,
  rampNeedsContinuous: (path: string) =>
    `rampSteps cannot ramp ${show(path)}: it takes whole numbers; set it at once (rampSteps: 0)`,
  minAboveMax: (min: string, max: string) => `${min} must not exceed ${max}`,
  sharesAboveOne: (what: string, total: number) => `${what} add up to ${Number(total.toPrecision(10))}, more than 1`,
  zeroWeights: (group: string) =>
    `the weights of ${group} are all 0: give at least one a value above 0 (each is divided by their sum)`,
  zeroWeightsFrom: (group: string, step: number) =>
    `from step ${step} the weights of ${group} are all 0: give at least one a value above 0 (each is divided by their sum)`,
  sharesNotOne: (group: string, sum: number, tolerance: number) =>
    `the shares of ${group} sum to ${+sum.toPrecision(6)}: expected 1 (within ${tolerance}); give every share so that they add up to 1`,
  sharesNotOneFrom: (group: string, step: number, sum: number, tolerance: number) =>
    `from step ${step} the shares of ${group} sum to ${+sum.toPrecision(6)}: expected 1 (within ${tolerance}); a policy that changes the mix should set every share so that they add up to 1`,
  duplicateRegion: (region: string) => `region ${show(region)} is listed twice`,
  extendsMissing: (target: string) => `extends ${show(target)}: no such file`,
  extendsUnusable: (target: string, problem: string) => `extends ${show(target)}: ${problem}`,
  extendsCycle: (chain: string[]) => `extends makes a cycle: ${chain.join(' -> ')}`,
  extendsTooDeep: (limit: number, chain: string[]) =>
    `extends goes more than ${limit} files deep: ${chain.join(' -> ')}`,
  extendsNotString: (value: unknown) => `extends must be a file name, got ${show(value)}`,
  setSyntax: (text: string) => `--set ${show(text)}: expected path=value, e.g. levers.scope=region`,
};
