// The Sobol chart: S1 and ST with their intervals per parameter, a panel per outcome (and per policy effect).
import { describe, expect, it } from 'vitest';
import { sobolChartSpec } from '../../src/charts/sobol.js';

const row = (outcome: string, measure: string, parameter: string) => ({
  outcome,
  measure,
  parameter,
  S1: 0.2,
  S1Lo: -0.1,
  S1Hi: 0.5,
  ST: 0.4,
  STLo: 0.2,
  STHi: 1.3,
});

describe('sobolChartSpec', () => {
  it('has no values for no rows', () => {
    expect((sobolChartSpec([]) as unknown as { data: { values: unknown[] } }).data.values).toEqual([]);
  });

  it('gives each parameter S1 and ST with their intervals, a panel per outcome and effect, labels in words', () => {
    const spec = sobolChartSpec([
      row('density', 'level', 'budget.subsidyLevel'),
      row('density', 'effect', 'budget.subsidyLevel'),
    ]) as unknown as {
      data: { values: Record<string, unknown>[] };
      facet: { sort: string[] };
      spec: { encoding: { y: { axis: { labelLimit: number; labelExpr: string } } } };
    };
    expect(spec.facet.sort).toEqual(['Network density', 'Network density (policy effect)']);
    expect(spec.data.values[0]).toEqual({
      outcome: 'Network density',
      parameter: 'budget.subsidyLevel',
      index: 'S1 (alone)',
      value: 0.2,
      lo: -0.1,
      hi: 0.5,
    });
    expect(spec.spec.encoding.y.axis.labelLimit).toBe(0);
    expect(spec.spec.encoding.y.axis.labelExpr).toContain('(budget.subsidyLevel)');
  });
});
