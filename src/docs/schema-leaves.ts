// The parameters of the scenario schema as a flat list: every group and leaf with its dotted path, default and description.
// Read from zod 4's internals (_zod.def): wrappers (default, prefault, optional) are unwrapped, objects walked by shape.
import { z } from 'zod';
import { scenarioSchema } from '../scenario/schema.js';

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

/** Top-level fields that are not parameters: metadata, and the policy timeline (documented in its own ODD section). */
export const NOT_PARAMETERS: readonly string[] = ['$schema', 'name', 'description', 'policies'];

export interface SchemaEntry {
  /** Dotted path, e.g. tieFormation.capacity.firm. */
  path: string;
  /** A group (an object of parameters) or a leaf (a value). */
  isGroup: boolean;
  /** The description given with .describe() or .meta(), '' if none. */
  description: string;
  /** Whether a default exists, and its value. */
  hasDefault: boolean;
  defaultValue: unknown;
  /** The bounds of a number (or of a list's length), as the JSON Schema states them; undefined for groups, switches and choices. */
  range?: Range;
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

/** The bounds of a leaf schema, read from its JSON Schema (the one published in docs/scenario.schema.json). */
function rangeOf(schema: AnySchema): Range | undefined {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const num = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : undefined);
  if (json.type === 'number' || json.type === 'integer') {
    return { integer: json.type === 'integer', minimum: num('minimum'), maximum: num('maximum'), exclusiveMinimum: num('exclusiveMinimum'), exclusiveMaximum: num('exclusiveMaximum') };
  }
  if (json.type === 'array') return { integer: true, minimum: num('minItems'), maximum: num('maxItems'), items: true };
  return undefined;
}

const WRAPPERS = ['default', 'prefault', 'optional', 'nullable', 'readonly'];

function descriptionOf(schema: AnySchema): string | undefined {
  return schema.description ?? z.globalRegistry.get(schema)?.description;
}

/** The inner schema under every wrapper, the outermost description found, and the value of a `default` wrapper. */
function unwrap(schema: AnySchema): { inner: AnySchema; description: string; hasDefault: boolean; defaultValue: unknown } {
  let s = schema;
  let description = descriptionOf(s);
  let hasDefault = false;
  let defaultValue: unknown;
  while (WRAPPERS.includes(s._zod.def.type as string)) {
    if (s._zod.def.type === 'default' && !hasDefault) {
      hasDefault = true;
      defaultValue = s._zod.def.defaultValue;
    }
    s = s._zod.def.innerType as AnySchema;
    description ??= descriptionOf(s);
  }
  return { inner: s, description: description ?? '', hasDefault, defaultValue };
}

function walk(schema: AnySchema, path: string, out: SchemaEntry[]): void {
  const { inner, description, hasDefault, defaultValue } = unwrap(schema);
  const isGroup = inner._zod.def.type === 'object';
  out.push({ path, isGroup, description, hasDefault, defaultValue, range: isGroup ? undefined : rangeOf(inner) });
  if (isGroup) {
    for (const [key, child] of Object.entries(inner._zod.def.shape as Record<string, AnySchema>)) walk(child, `${path}.${key}`, out);
  }
}

/** Every parameter group and leaf of the scenario, in schema order (top-level run settings first, then the groups). */
export function schemaEntries(): SchemaEntry[] {
  const root = unwrap(scenarioSchema as unknown as AnySchema).inner;
  const out: SchemaEntry[] = [];
  for (const [key, child] of Object.entries(root._zod.def.shape as Record<string, AnySchema>)) {
    if (!NOT_PARAMETERS.includes(key)) walk(child, key, out);
  }
  return out;
}

/** The leaves only: the parameters a scenario can set. */
export function leafParameters(): SchemaEntry[] {
  return schemaEntries().filter((e) => !e.isGroup);
}

/** A description's unit and justification: "unit: justification"; unit is '' when the text has no such prefix. */
export function splitDescription(description: string): { unit: string; justification: string } {
  const match = /^([^:()]{1,40}):\s+([\s\S]+)$/.exec(description);
  return match ? { unit: match[1].trim(), justification: match[2].trim() } : { unit: '', justification: description.trim() };
}
