// Every message an analyst reads about a scenario file, in one place.

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
};

export const message = {
  emptyFile: () => 'the file is empty: a scenario needs at least a name, or {} for all defaults',
  notAnObject: (value: unknown) => `a scenario must be a mapping of keys to values, got ${show(value)}`,
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  jsonSyntax: (detail: string) => `JSON syntax error: ${detail}`,
  unreadable: (detail: string) => `cannot read the file: ${detail}`,
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
    `expected one of ${options.map(show).join(', ')}, got ${show(value)}` + (suggestion ? `: did you mean ${show(suggestion)}?` : ''),
  tooShort: (minimum: number, value: unknown) => `expected text of at least ${minimum} character${minimum === 1 ? '' : 's'}, got ${show(value)}`,
  tooFew: (minimum: number) => `expected at least ${minimum} item${minimum === 1 ? '' : 's'}`,
  other: (detail: string, value: unknown) => `${detail}, got ${show(value)}`,
  beyondHorizon: (at: number, steps: number) => `policy step ${at} is beyond the horizon: the scenario runs ${steps} steps`,
  unknownParameter: (path: string, suggestion?: string) =>
    `unknown parameter ${show(path)}` + (suggestion ? `: did you mean ${show(suggestion)}?` : ''),
  notALeaf: (path: string) => `${show(path)} is a group of parameters: name one value inside it (e.g. ${path}.<key>)`,
  emptyPolicy: () => 'a policy must set at least one parameter',
  rampNeedsNumber: (path: string) => `rampSteps needs numeric values, but ${show(path)} is not a number`,
  rampNeedsContinuous: (path: string) => `rampSteps cannot ramp ${show(path)}: it takes whole numbers; set it at once (rampSteps: 0)`,
  minAboveMax: (min: string, max: string) => `${min} must not exceed ${max}`,
  sharesAboveOne: (what: string, total: number) => `${what} add up to ${Number(total.toPrecision(10))}, more than 1`,
  duplicateRegion: (region: string) => `region ${show(region)} is listed twice`,
  extendsMissing: (target: string) => `extends ${show(target)}: no such file`,
  extendsCycle: (chain: string[]) => `extends makes a cycle: ${chain.join(' -> ')}`,
  extendsNotString: (value: unknown) => `extends must be a file name, got ${show(value)}`,
  setSyntax: (text: string) => `--set ${show(text)}: expected path=value, e.g. levers.scope=region`,
};
