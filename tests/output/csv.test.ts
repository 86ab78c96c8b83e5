// Tidy CSV: empty input first, then quoting, empty cells for null and non-finite numbers, column choice, and a parse
// back.
import { describe, expect, it } from 'vitest';
import { csvCell, splitCsvLine, toCsv } from '../../src/output/csv.js';
import { parseCsv } from '../helpers/csv.js';

describe('csvCell on text a spreadsheet would run as a formula', () => {
  it('neutralises = + - @ tab and carriage return with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(['+1-2', '-x', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      "'+1-2",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
  });

  it('leaves numbers, and text that is a plain number, as they are', () => {
    expect([-0.5, -3, 1e-7].map(csvCell)).toEqual(['-0.5', '-3', '1e-7']);
    expect(['-0.5', '-12', '-.5', '-1e-7', '+'].map(csvCell)).toEqual(['-0.5', '-12', '-.5', '-1e-7', "'+"]);
  });

  it('reads back exactly what was written, apostrophes of the original included', () => {
    const texts = ['=1+1', "'=x", "''@y", '-x', 'ok', "it's", "'plain", '=a,"b"'];
    expect(splitCsvLine(texts.map(csvCell).join(','))).toEqual(texts);
  });
});

describe('toCsv on empty input', () => {
  it('writes an empty header line for no rows and no columns', () => {
    expect(toCsv([])).toBe('\n');
  });

  it('writes just the header for no rows and given columns', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\n');
  });
});

describe('toCsv', () => {
  it("writes a header from the first row's keys and one line per row", () => {
    expect(
      toCsv([
        { step: 0, date: '2004-12' },
        { step: 1, date: '2005-01' },
      ]),
    ).toBe('step,date\n0,2004-12\n1,2005-01\n');
  });

  it('leaves null, undefined, NaN and infinite values empty (NA)', () => {
    expect(toCsv([{ a: null, b: undefined, c: NaN, d: Infinity, e: 0 }])).toBe('a,b,c,d,e\n,,,,0\n');
  });

  it('quotes cells with commas, quotes or newlines, doubling the quotes', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: 'two\nlines', d: 'plain' }])).toBe(
      'a,b,c,d\n"x,y","say ""hi""","two\nlines",plain\n',
    );
  });

  it('quotes header cells like any other', () => {
    expect(toCsv([{ 'a,b': 1 }])).toBe('"a,b"\n1\n');
  });

  it('writes numbers as JavaScript prints them (round-trip exact) and booleans as text', () => {
    expect(toCsv([{ a: 0.1 + 0.2, b: 1e-7, c: true }])).toBe('a,b,c\n0.30000000000000004,1e-7,true\n');
  });

  it('writes the chosen columns in the chosen order, empty where a row lacks one', () => {
    expect(toCsv([{ a: 1, b: 2 }, { b: 3 }], ['b', 'a', 'z'])).toBe('b,a,z\n2,1,\n3,,\n');
  });

  it('parses back to the same cells', () => {
    const rows = [
      { a: 'x,"y"\nz', b: 1.5, c: null },
      { a: '', b: -2, c: 'q' },
    ];
    expect(parseCsv(toCsv(rows))).toEqual([
      ['a', 'b', 'c'],
      ['x,"y"\nz', '1.5', ''],
      ['', '-2', 'q'],
    ]);
  });
});

describe('toCsv, carriage returns', () => {
  it('quotes a cell holding a carriage return', () => {
    expect(toCsv([{ a: 'x\ry' }])).toBe('a\n"x\ry"\n');
  });
});
