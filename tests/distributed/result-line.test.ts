import { describe, expect, it } from 'vitest';
import { parseResultLine, resultLine } from '../../src/distributed/result-line.js';

describe('result lines', () => {
  it('refuses a line that is not JSON', () => {
    expect(() => parseResultLine('{"seed": 1', 0)).toThrow(SyntaxError);
  });

  it('gives back every number, NaN, the infinities and -0 included, and only the parts asked for', () => {
    const result = {
      index: 7,
      seed: 's1',
      outcomes: { a: 0.1 + 0.2, b: NaN, c: -Infinity, d: -0, e: 1e-300 },
      rows: [{ step: 0, date: '2005-01', x: Infinity }],
      measures: [1, 2],
    };
    const line = resultLine(result, ['outcomes', 'rows']);
    expect(line).not.toContain('\n');
    const back = parseResultLine(line, 3);
    expect(back.index).toBe(3);
    expect(back.seed).toBe('s1');
    expect(back.outcomes.a).toBe(0.30000000000000004);
    expect(back.outcomes.b).toBeNaN();
    expect(back.outcomes.c).toBe(-Infinity);
    expect(Object.is(back.outcomes.d, -0)).toBe(true);
    expect(back.outcomes.e).toBe(1e-300);
    expect(back.rows).toEqual([{ step: 0, date: '2005-01', x: Infinity }]);
    expect(back.measures).toBeUndefined();
  });
});
