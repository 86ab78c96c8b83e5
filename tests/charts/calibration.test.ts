// The calibration chart: every design point's distance against each parameter, panels named in words.
import { describe, expect, it } from 'vitest';
import { calibrationChartSpec } from '../../src/charts/calibration.js';

describe('calibrationChartSpec', () => {
  it('has no values without points', () => {
    expect(
      (calibrationChartSpec([], ['tasks.probPerFirmMonth']) as unknown as { data: { values: unknown[] } }).data.values,
    ).toEqual([]);
  });

  it('puts each point in every parameter panel, headed by the parameter in words', () => {
    const points = [
      { point: 0, distance: 2, accepted: 'yes', 'tasks.probPerFirmMonth': 0.02 },
      { point: 1, distance: 9, accepted: 'no', 'tasks.probPerFirmMonth': 0.04 },
    ];
    const spec = calibrationChartSpec(points, ['tasks.probPerFirmMonth']) as unknown as {
      data: { values: Record<string, unknown>[] };
      facet: { header: { labelExpr: string } };
    };
    expect(spec.data.values).toEqual([
      { parameter: 'tasks.probPerFirmMonth', value: 0.02, distance: 2, accepted: 'yes' },
      { parameter: 'tasks.probPerFirmMonth', value: 0.04, distance: 9, accepted: 'no' },
    ]);
    expect(spec.facet.header.labelExpr).toContain('probability a member firm finds');
  });
});
