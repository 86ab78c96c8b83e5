// Reading and writing a parameter by its dotted path (levers.scope, budget.subsidyLevel), for policies, --set and
// sweeps.

/**
 * Keys that would reach an object's prototype, or read or replace something every object inherits (__proto__,
 * constructor, toString, hasOwnProperty, valueOf, ...): every property of Object.prototype, and `prototype`. Never a
 * parameter.
 */
export const FORBIDDEN_KEYS: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

/** Whether a key is one of FORBIDDEN_KEYS: a name every object has, never a parameter or a scenario key. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.includes(key);
}

/** Paths split into keys, kept: the engine reads a few paths (the activity mix's shares) per MC every month. */
const splitPaths = new Map<string, readonly string[]>();
const MAX_SPLIT_PATHS = 1024;

function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (splitPaths.size < MAX_SPLIT_PATHS) splitPaths.set(path, keys);
  }
  return keys;
}

/** The value at a dotted path of a plain object, or undefined. */
export function getPath(target: unknown, path: string): unknown {
  const keys = keysOf(path);
  let node: unknown = target;
  for (let k = 0; k < keys.length; k++) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, keys[k])) return undefined;
    node = (node as Record<string, unknown>)[keys[k]];
  }
  return node;
}

/** Sets the value at a dotted path, creating plain objects on the way; refuses keys that reach a prototype. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some(isForbiddenKey)) throw new Error(`clustersim/params-path: "${path}" is not a parameter path`);
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}
