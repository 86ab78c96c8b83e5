// The schema walker, the one reader of zod's internals: the schema at a path, its kind, children, default, description,
// integer flag, enum options and bounds, for the scenario's schema and for any other.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  asAnySchema,
  childEntries,
  childKeys,
  enumOptions,
  isGroup,
  isInteger,
  keysAt,
  kindOf,
  rangeOf,
  schemaAt,
  titleOf,
  unionOptions,
  unwrap,
  unwrapWithDefault,
} from '../../src/scenario/schema-walk.js';

describe('schemaAt', () => {
  it('finds leaves and groups of the scenario under their wrappers, and nothing off the schema', () => {
    expect(kindOf(schemaAt(['steps']))).toBe('number');
    expect(kindOf(schemaAt(['levers', 'scope']))).toBe('enum');
    expect(isGroup(schemaAt(['population']))).toBe(true);
    expect(kindOf(schemaAt(['population', 'regions', 0]))).toBe('enum');
    expect(schemaAt(['population', 'nope'])).toBeUndefined();
    expect(schemaAt(['steps', 'x'])).toBeUndefined();
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(schemaAt(['population', key])).toBeUndefined();
    expect(kindOf(schemaAt(['policies', 0, 'set', 'decay.ratePerMonth']))).not.toBe('object');
  });

  it('walks any schema given as the root', () => {
    const root = z.strictObject({
      a: z.object({ b: z.number().int().optional() }).default({}),
      c: z.record(z.string(), z.boolean()),
    });
    expect(isInteger(schemaAt(['a', 'b'], root))).toBe(true);
    expect(kindOf(schemaAt(['c', 'anything'], root))).toBe('boolean');
    expect(keysAt(['a'], root)).toEqual(['b']);
    expect(keysAt([], root)).toEqual(['a', 'c']);
    expect(keysAt(['c'], root)).toEqual([]);
  });
});

describe('what a schema says', () => {
  it('tells integers, enum options and children', () => {
    expect([
      isInteger(schemaAt(['steps'])),
      isInteger(schemaAt(['decay', 'ratePerMonth'])),
      isInteger(undefined),
    ]).toEqual([true, false, false]);
    expect(enumOptions(schemaAt(['levers', 'scope']))).toEqual(['park', 'region', 'national']);
    expect(enumOptions(schemaAt(['steps']))).toEqual([]);
    expect(childKeys(schemaAt(['levers']))).toContain('scope');
    expect(childKeys(schemaAt(['steps']))).toEqual([]);
    expect(childEntries(schemaAt(['levers'])).map(([key]) => key)).toEqual(childKeys(schemaAt(['levers'])));
  });

  it("reads a union's options and each option's title: a policy's at is a step or a month", () => {
    const at = schemaAt(['policies', 0, 'at']);
    expect(kindOf(at)).toBe('union');
    const options = unionOptions(at);
    expect(options.map(kindOf)).toEqual(['number', 'string']);
    expect(options.map(titleOf)).toEqual(['a step (an integer)', 'a month YYYY-MM']);
    expect(isInteger(options[0])).toBe(true);
    expect(unionOptions(schemaAt(['steps']))).toEqual([]);
    expect(titleOf(schemaAt(['steps'])!)).toBeUndefined();
  });

  it('reads the outermost default and description through the wrappers', () => {
    const schema = asAnySchema(
      z.number().int().min(1).max(9).describe('inner').default(3).optional().describe('outer'),
    );
    const { inner, description, hasDefault, defaultValue } = unwrapWithDefault(schema);
    expect([kindOf(inner), description, hasDefault, defaultValue]).toEqual(['number', 'outer', true, 3]);
    expect(unwrap(schema)).toBe(inner);
    expect(unwrapWithDefault(asAnySchema(z.string())).hasDefault).toBe(false);
    expect(unwrapWithDefault(asAnySchema(z.string().readonly())).inner._zod.def.type).toBe('string');
  });

  it('gives the bounds of numbers and of lists as their JSON Schema states them', () => {
    expect(rangeOf(schemaAt(['steps'])!)).toEqual({
      integer: true,
      minimum: 1,
      maximum: 2400,
      exclusiveMinimum: undefined,
      exclusiveMaximum: undefined,
    });
    expect(rangeOf(asAnySchema(z.number().gt(0).lt(1)))).toMatchObject({
      integer: false,
      exclusiveMinimum: 0,
      exclusiveMaximum: 1,
    });
    expect(rangeOf(schemaAt(['population', 'regions'])!)).toEqual({
      integer: true,
      minimum: 1,
      maximum: 6,
      items: true,
    });
    expect(rangeOf(schemaAt(['levers', 'scope'])!)).toBeUndefined();
  });
});
