// checkChartSpec: deviations in tolerances, a panel per role present, and figures check.json holds as null charted as
// missing.
import { describe, expect, it } from 'vitest';
import { type CheckChartRow, checkChartSpec, checkChartTitle } from '../../src/charts/check.js';

const row = (extra: Partial<CheckChartRow>): CheckChartRow => ({
  id: 't',
  role: 'fitted',
  source: 's',
  observed: 10,
  tolerance: 2,
  mean: 11,
  lo: 9,
  hi: 13,
  deviation: 0.5,
  pass: true,
  ...extra,
});

describe('checkChartSpec', () => {
  it('charts a target that could not be measured (null in check.json) as missing, not as zero', () => {
    const spec = checkChartSpec([row({ mean: null, lo: null, hi: null, deviation: null, pass: false })], 'x') as {
      data: { values: Record<string, unknown>[] };
    };
    expect(spec.data.values[0]).toMatchObject({ simulated: null, deviation: null, lo: null, hi: null, result: 'fail' });
  });

  it('puts the interval in tolerances from the observed figure, one panel per role present', () => {
    const spec = checkChartSpec(
      [row({}), row({ id: 'u', role: 'input', tolerance: 0 })],
      checkChartTitle('a', 'b', 3),
    ) as {
      title: { text: string };
      data: { values: Record<string, unknown>[] };
      vconcat: { title: { text: string } }[];
    };
    expect(spec.title.text).toBe('a against b (3 runs)');
    expect(spec.data.values[0]).toMatchObject({ lo: -0.5, hi: 1.5, deviation: 0.5, result: 'pass' });
    expect(spec.data.values[1]).toMatchObject({ lo: 0, hi: 0, result: 'input, not a test' });
    expect(spec.vconcat.map((p) => p.title.text)).toEqual(['fitted (used by calibrate)', 'inputs (not tests)']);
  });
});
