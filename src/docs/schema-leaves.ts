// The parameters of the scenario schema as a flat list: every group and leaf with its dotted path, default and
// description. Read through the scenario's schema walker (src/scenario/schema-walk.ts): wrappers unwrapped, objects
// walked by shape.
import {
  childEntries,
  isGroup,
  NOT_PARAMETERS,
  rangeOf,
  scenarioRoot,
  unwrap,
  unwrapWithDefault,
  type AnySchema,
  type Range,
} from '../scenario/schema-walk.js';

export type { Range } from '../scenario/schema-walk.js';

/** Top-level fields that are not parameters: metadata, and the policy timeline (documented in its own ODD section). */
export { NOT_PARAMETERS } from '../scenario/schema-walk.js';

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
  /**
   * The bounds of a number (or of a list's length), as the JSON Schema states them; undefined for groups, switches and
   * choices.
   */
  range?: Range;
}

function walk(schema: AnySchema, path: string, out: SchemaEntry[]): void {
  const { inner, description, hasDefault, defaultValue } = unwrapWithDefault(schema);
  const group = isGroup(inner);
  out.push({ path, isGroup: group, description, hasDefault, defaultValue, range: group ? undefined : rangeOf(inner) });
  for (const [key, child] of childEntries(inner)) walk(child, `${path}.${key}`, out);
}

/** Every parameter group and leaf of the scenario, in schema order (top-level run settings first, then the groups). */
export function schemaEntries(): SchemaEntry[] {
  const out: SchemaEntry[] = [];
  for (const [key, child] of childEntries(unwrap(scenarioRoot))) {
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
  return match
    ? { unit: match[1].trim(), justification: match[2].trim() }
    : { unit: '', justification: description.trim() };
}
