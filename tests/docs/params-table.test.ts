// The parameter table (from the schema) and the output columns (from the registry of outcomes) of docs/ODD.md, and every
// leaf parameter's description reads "unit: justification". tests/docs/write-odd-table.test.ts checks every generated
// block of the ODD, these two included, is current.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnsTable } from '../../src/docs/columns-table.js';
import { readBlock, replaceBlock } from '../../src/docs/markers.js';
import { cell, formatDefault, formatRange, parameterTable } from '../../src/docs/params-table.js';
import { leafParameters, schemaEntries, splitDescription } from '../../src/docs/schema-leaves.js';
import { OUTCOMES } from '../../src/metrics/outcomes.js';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
const regenerate = 'run `npm run docs:params` to regenerate it';

/**
 * Leaves whose description has no "unit:" prefix yet. They are listed so that the test names them exactly: a new leaf
 * without a unit fails, and so does a fixed one still listed here (remove it). The fix belongs in
 * src/scenario/schema.ts.
 */

describe('markers', () => {
  it('rejects a text without the markers, or with them out of order or twice', () => {
    expect(() => readBlock('no markers', 'parameters')).toThrow(/clustersim\/docs: markers/);
    expect(() => readBlock('<!-- x:end --> <!-- x:start -->', 'x')).toThrow(/not found in order/);
    expect(() => readBlock('<!-- x:start --><!-- x:end --><!-- x:start --><!-- x:end -->', 'x')).toThrow(
      /more than once/,
    );
  });

  it('replaces only the text between the markers and reads it back', () => {
    const text = 'before\n<!-- x:start -->\nold\n<!-- x:end -->\nafter\n';
    const next = replaceBlock(text, 'x', 'new | table');
    expect(next).toBe('before\n<!-- x:start -->\nnew | table\n<!-- x:end -->\nafter\n');
    expect(readBlock(next, 'x')).toBe('new | table');
    expect(replaceBlock(next, 'x', 'new | table')).toBe(next);
  });
});

describe('table cells', () => {
  it('escapes pipes and joins lines', () => {
    expect(cell('park | region\n  | national')).toBe('park \\| region \\| national');
  });

  it('formats defaults as a scenario file would hold them', () => {
    expect(formatDefault(true, 0.5)).toBe('0.5');
    expect(formatDefault(true, false)).toBe('false');
    expect(formatDefault(true, 'park')).toBe('`park`');
    expect(formatDefault(true, ['a', 'b'])).toBe('`a`, `b`');
    expect(formatDefault(true, [])).toBe('(none)');
    expect(formatDefault(false, undefined)).toBe('(required)');
  });

  it('splits "unit: justification" and leaves descriptions without a unit whole', () => {
    expect(splitDescription('share: of searches (assumed; Ponds et al. 2007: local)')).toEqual({
      unit: 'share',
      justification: 'of searches (assumed; Ponds et al. 2007: local)',
    });
    expect(splitDescription('logit units per unit of distance (assumed)')).toEqual({
      unit: '',
      justification: 'logit units per unit of distance (assumed)',
    });
  });
});

describe('ranges', () => {
  it('print the bounds without a maximum as open, which no parameter has', () => {
    expect(formatRange({ integer: false })).toBe('(-∞, ∞)');
    expect(formatRange({ integer: true, minimum: 0 })).toBe('integers [0, ∞)');
    expect(
      leafParameters()
        .filter((leaf) => leaf.range && leaf.range.maximum === undefined && leaf.range.exclusiveMaximum === undefined)
        .map((l) => l.path),
    ).toEqual([]);
  });

  it("print inclusive bounds in brackets, exclusive ones in parentheses, and a list's length", () => {
    expect(formatRange({ integer: false, minimum: 0, maximum: 1 })).toBe('[0, 1]');
    expect(formatRange({ integer: false, exclusiveMinimum: 0, maximum: 100 })).toBe('(0, 100]');
    expect(formatRange({ integer: true, minimum: 1, maximum: 2400 })).toBe('integers [1, 2400]');
    expect(formatRange({ integer: true, minimum: 0, maximum: Number.MAX_SAFE_INTEGER })).toBe('integers [0, 2^53 - 1]');
    expect(formatRange({ integer: true, minimum: 1, maximum: 6, items: true })).toBe('1 to 6 items');
    expect(formatRange(undefined)).toBe('—');
  });
});

describe('parameter table', () => {
  it('has one row per group and leaf of the schema, with its default and range', () => {
    const table = parameterTable();
    const rows = table.split('\n').slice(2);
    expect(rows).toHaveLength(schemaEntries().length);
    expect(table).toContain(
      '| `tieFormation.intercept` | -4.8 | [-100, 100] | logit units | base of the tie probability (calibrated to Table 3, docs/calibration.md) |',
    );
    expect(table).toContain('| `levers.scope` | `park` | — | park \\| region \\| national |');
    expect(table).toContain('| `population.firmMembers` | 4566 | integers [0, 1000000] | firms |');
    expect(table).toContain('| `population.scale` | 1 | (0, 1000] | factor |');
    expect(table).toContain(
      '| `population.regions` | `capital`, `daegyeong`, `chungcheong`, `dongnam`, `honam`, `gangwon` | 1 to 6 items |',
    );
    expect(table).toContain('| `seed` | 1 | integers [0, 2^53 - 1] | integer |');
    expect(table).toContain('| `steps` | 120 | integers [1, 2400] | months |');
    expect(table).toContain('| `tasks.mix.rnd` | 0.106 | [0, 1000000] | weight |');
    expect(table).toContain('| **tieFormation.capacity** | | | |');
    expect(table).not.toContain('∞');
    expect(table).not.toMatch(/`(\$schema|name|description|policies)`/);
  });

  it('is the table between the parameters markers of docs/ODD.md (' + regenerate + ')', () => {
    expect(readBlock(odd, 'parameters')).toBe(parameterTable());
  });
});

describe('output columns', () => {
  it('lists step, date and every recorder column in file order', () => {
    const names = [...columnsTable().matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(names).toEqual(['step', 'date', ...OUTCOMES.map((c) => c.name)]);
  });

  it('is the table between the columns markers of docs/ODD.md (' + regenerate + ')', () => {
    expect(readBlock(odd, 'columns')).toBe(columnsTable());
  });
});

describe('parameter descriptions', () => {
  it('give every leaf a description', () => {
    const missing = leafParameters()
      .filter((leaf) => leaf.description.trim() === '')
      .map((leaf) => leaf.path);
    expect(missing).toEqual([]);
  });

  it('give every leaf a unit before a colon', () => {
    const withoutUnit = leafParameters()
      .filter((leaf) => splitDescription(leaf.description).unit === '')
      .map((leaf) => leaf.path);
    expect(withoutUnit).toEqual([]);
  });
});
