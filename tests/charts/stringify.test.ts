// Spec files as text: JSON that reads back the same, one line per data row.
import { describe, expect, it } from 'vitest';
import { chartFiles, stringifySpec } from '../../src/charts/stringify.js';

describe('stringifySpec', () => {
  const spec = {
    title: 'T',
    data: {
      values: [
        { a: 1, b: 'x' },
        { a: 2, b: null },
      ],
    },
    mark: { type: 'line' },
    layer: [],
    extra: undefined,
  };

  it('reads back as the same spec, with one line per data row', () => {
    const text = stringifySpec(spec);
    expect(JSON.parse(text)).toEqual({
      title: 'T',
      data: {
        values: [
          { a: 1, b: 'x' },
          { a: 2, b: null },
        ],
      },
      mark: { type: 'line' },
      layer: [],
    });
    expect(text).toContain('\n      {"a":1,"b":"x"},\n      {"a":2,"b":null}\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('names files under charts/ unless told otherwise', () => {
    expect(Object.keys(chartFiles({ 'a.vl.json': spec }))).toEqual(['charts/a.vl.json']);
    expect(Object.keys(chartFiles({ 'a.vl.json': spec }, ''))).toEqual(['a.vl.json']);
  });
});
