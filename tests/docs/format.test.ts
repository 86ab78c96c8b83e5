// How the ODD's generated prose writes numbers, and how it wraps at the ODD's width.
import { describe, expect, it } from 'vitest';
import { count, fixed, listing, monthName, ordinal, percent, perMc, short, wrapProse } from '../../src/docs/format.js';

describe('numbers', () => {
  it('refuses a date that is not a month', () => {
    expect(() => monthName('2011')).toThrow(/clustersim\/docs: "2011" is not a month/);
  });

  it('write counts with thousands separators, decimals without a negative zero, shares as percentages', () => {
    expect([count(0), count(847), count(8472), count(1234567), count(-2055)]).toEqual([
      '0',
      '847',
      '8,472',
      '1,234,567',
      '-2,055',
    ]);
    expect([fixed(2.1117, 2), fixed(-0.001, 2), fixed(-0.82, 2)]).toEqual(['2.11', '0.00', '-0.82']);
    expect([short(0.958333), short(0.5), short(2005), short(0.0001)]).toEqual(['0.958', '0.5', '2005', '0']);
    expect([percent(0.189), percent(0.003793, 2), percent(0.0514, 1)]).toEqual(['19%', '0.38%', '5.1%']);
  });

  it('write ordinals, months, and lists as prose', () => {
    expect([1, 2, 3, 4, 9, 11, 12, 13, 21, 22, 40, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '9th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '40th',
      '101st',
      '111th',
    ]);
    expect([monthName('2011-01'), monthName('2004-12')]).toEqual(['January 2011', 'December 2004']);
    expect([listing([]), listing(['a']), listing(['a', 'b']), listing(['a', 'b', 'c'])]).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });

  it('say how a count is split over MCs, larger parts first', () => {
    expect(perMc([19, 19, 19])).toBe('19 in each of the 3 MCs');
    expect(perMc([7])).toBe('7 in the one MC');
    expect(perMc([25, 26, 26, 25, 25])).toBe('2 MCs with 26, 3 with 25');
    expect(perMc([1, 0, 0, 0])).toBe('1 MC with 1, 3 with 0');
    expect(perMc([3, 2, 1])).toBe('1 MC with 3, 1 with 2, 1 with 1');
  });
});

describe('wrapProse', () => {
  it('wraps paragraphs and list items at the width, never inside a code span', () => {
    const text = 'one two `three four` five six';
    expect(wrapProse(text, 12)).toBe('one two\n`three four`\nfive six');
    expect(wrapProse('- alpha beta gamma delta', 13)).toBe('- alpha beta\n  gamma delta');
  });

  it('leaves short lines, blank lines, tables and code blocks alone', () => {
    const table = '| a long cell of a table | another long cell |';
    const code = '```yaml\nkey: a long line of yaml that must not be wrapped\n```';
    const text = `short\n\n${table}\n${code}`;
    expect(wrapProse(text, 12)).toBe(text);
  });
});
