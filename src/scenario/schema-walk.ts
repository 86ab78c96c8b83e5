// The one reader of zod 4's internals (_zod.def): the schema at a path, its kind, children, default, description,
// title, integer flag, enum options, union options and bounds. Validation messages (validate.ts), the ODD parameter table
// (docs/schema-leaves.ts) and experiment parameters (experiments/params.ts) ask here, so that the casts into zod's
// internals stay in this file.
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/** A zod schema whose internal definition can be read. */
export type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

/** The kinds of schema a walk tells apart ('object', 'number', 'enum', ...): zod's def.type. */
export type SchemaKind = string;

/** Wrappers that say how a value may be missing, not what it is: a walk looks through them. */
const WRAPPERS = ['default', 'prefault', 'optional', 'nullable', 'readonly'];

const defOf = (schema: AnySchema): Record<string, unknown> => schema._zod.def;

/** Any zod schema, readable by the functions here. */
export const asAnySchema = (schema: z.ZodType): AnySchema => schema as unknown as AnySchema;

/** The scenario's schema: the root every path starts from unless another is given. */
export const scenarioRoot: AnySchema = asAnySchema(scenarioSchema);

/** Top-level fields of a scenario that are not parameters: metadata, and the policy timeline. */
export const NOT_PARAMETERS: readonly string[] = ['$schema', 'name', 'description', 'policies'];

/** The kind of a schema (zod's def.type: 'object', 'number', 'boolean', 'string', 'enum', 'array', 'record', ...). */
export function kindOf(schema: AnySchema | undefined): SchemaKind | undefined {
  return schema ? (defOf(schema).type as string) : undefined;
}

/** Whether a schema is a group: an object of named children. */
export const isGroup = (schema: AnySchema | undefined): boolean => kindOf(schema) === 'object';

/** The schema under every wrapper (default, prefault, optional, nullable, readonly). */
export function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  while (WRAPPERS.includes(kindOf(s)!)) s = defOf(s).innerType as AnySchema;
  return s;
}

/** The description given with .describe() or .meta() on this very schema (not on its wrappers), if any. */
export function descriptionOf(schema: AnySchema): string | undefined {
  return schema.description ?? z.globalRegistry.get(schema)?.description;
}

/** The title given with .meta({ title }) on this very schema, if any: what a message says it expects. */
export function titleOf(schema: AnySchema): string | undefined {
  return z.globalRegistry.get(schema)?.title;
}

/** The options of a union schema, in order (unwrapped); [] for any other kind. */
export function unionOptions(schema: AnySchema | undefined): AnySchema[] {
  return schema && kindOf(schema) === 'union' ? (defOf(schema).options as AnySchema[]).map(unwrap) : [];
}

/**
 * What the wrappers of a schema say: the inner schema, the outermost description, and the value of the outermost
 * `default`.
 */
export interface Unwrapped {
  inner: AnySchema;
  /** The outermost description found through the wrappers, '' if none. */
  description: string;
  hasDefault: boolean;
  defaultValue: unknown;
}

/** The inner schema under every wrapper, the outermost description found, and the value of a `default` wrapper. */
export function unwrapWithDefault(schema: AnySchema): Unwrapped {
  let s = schema;
  let description = descriptionOf(s);
  let hasDefault = false;
  let defaultValue: unknown;
  while (WRAPPERS.includes(kindOf(s)!)) {
    const def = defOf(s);
    if (def.type === 'default' && !hasDefault) {
      hasDefault = true;
      defaultValue = def.defaultValue;
    }
    s = def.innerType as AnySchema;
    description ??= descriptionOf(s);
  }
  return { inner: s, description: description ?? '', hasDefault, defaultValue };
}

/** The named children of an object schema, in schema order (wrapped as declared); [] for any other kind. */
export function childEntries(schema: AnySchema | undefined): [string, AnySchema][] {
  return schema && isGroup(schema) ? Object.entries(defOf(schema).shape as Record<string, AnySchema>) : [];
}

/** The keys of an object schema, in schema order; [] for any other kind. */
export function childKeys(schema: AnySchema | undefined): string[] {
  return schema && isGroup(schema) ? Object.keys(defOf(schema).shape as object) : [];
}

/**
 * The schema (unwrapped) at a path under `root` (default: the scenario's), or undefined where the path leaves it. Only
 * the schema's own keys count: a name every object has (__proto__, constructor, toString, ...) is never a key of it.
 */
export function schemaAt(path: readonly PropertyKey[], root: z.ZodType = scenarioSchema): AnySchema | undefined {
  let s: AnySchema | undefined = unwrap(asAnySchema(root));
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(s);
    if (def.type === 'object' && typeof key === 'string')
      s = Object.hasOwn(def.shape as object, key) ? (def.shape as Record<string, AnySchema>)[key] : undefined;
    else if (def.type === 'array' && typeof key === 'number') s = def.element as AnySchema;
    else if (def.type === 'record') s = def.valueType as AnySchema;
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/**
 * Every leaf parameter path of the scenario schema under `prefix` (population.scale,
 * tieFormation.complementarity.firmFirm, ...); the top-level fields that are not parameters are left out.
 */
export function parameterPaths(prefix: string[] = []): string[] {
  const schema = schemaAt(prefix);
  if (!schema) return [];
  if (!isGroup(schema)) return [prefix.join('.')];
  return childKeys(schema)
    .filter((key) => prefix.length > 0 || !NOT_PARAMETERS.includes(key))
    .flatMap((key) => parameterPaths([...prefix, key]));
}

/** The keys of the object schema at a path (see schemaAt); [] where there is none. */
export function keysAt(path: readonly PropertyKey[], root?: z.ZodType): string[] {
  return childKeys(schemaAt(path, root));
}

/** Whether a schema is a number restricted to integers. */
export function isInteger(schema: AnySchema | undefined): boolean {
  return (schema as unknown as { isInt?: boolean } | undefined)?.isInt === true;
}

/** The options of an enum schema, in order; [] for any other kind. */
export function enumOptions(schema: AnySchema | undefined): unknown[] {
  return schema && kindOf(schema) === 'enum' ? Object.values(defOf(schema).entries as object) : [];
}

/** Bounds in JSON Schema's terms: minimum and maximum are inclusive, exclusiveMinimum and exclusiveMaximum are not. */
export interface Range {
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** Set for a list: its bounds are those of its length. */
  items?: boolean;
}

/**
 * The bounds of a number (or of a list's length), read from its JSON Schema (as published in
 * docs/scenario.schema.json); undefined for other kinds.
 */
export function rangeOf(schema: AnySchema): Range | undefined {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const num = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : undefined);
  if (json.type === 'number' || json.type === 'integer') {
    return {
      integer: json.type === 'integer',
      minimum: num('minimum'),
      maximum: num('maximum'),
      exclusiveMinimum: num('exclusiveMinimum'),
      exclusiveMaximum: num('exclusiveMaximum'),
    };
  }
  if (json.type === 'array') return { integer: true, minimum: num('minItems'), maximum: num('maxItems'), items: true };
  return undefined;
}
