// The sweep charts: per swept parameter, each outcome's mean over seeds and its 95% interval at every design point;
// outcomes that never vary are left out and named.
import { describe, expect, it } from 'vitest';
import { sweepChartSpecs, sweepOutcomes } from '../../src/charts/sweep.js';

type Spec = {
  data: { values: Record<string, unknown>[] };
  facet: { sort: string[] };
  title: { text: string; subtitle: string[] };
  spec: { encoding: { color: Record<string, unknown>; x: { title: string[] } } };
};

/** Two parameters x two levels x two seeds; density grows with the subsidy, feesPaid is 0 everywhere. */
function rows() {
  const out: Record<string, unknown>[] = [];
  let point = 0;
  for (const subsidy of [0, 1])
    for (const share of [0, 0.3]) {
      for (const run of [0, 1])
        out.push({
          point,
          run,
          seed: `1/run/${run}`,
          'budget.subsidyLevel': subsidy,
          'levers.openEventShare': share,
          density: 0.1 + subsidy + share + run * 0.02,
          feesPaid: 0,
          'target:tasks-2005': 5 + run,
        });
      point++;
    }
  return out;
}

describe('sweepChartSpecs', () => {
  it('makes nothing of no rows or no parameters', () => {
    expect(sweepChartSpecs({ rows: [], paths: ['budget.subsidyLevel'] })).toEqual({});
    expect(sweepChartSpecs({ rows: rows(), paths: [] })).toEqual({});
  });

  it('finds the compared outcomes and the target measures among the columns', () => {
    expect(sweepOutcomes(rows())).toEqual(['density', 'feesPaid', 'target:tasks-2005']);
  });

  it('makes a chart per parameter with the mean and 95% interval of each point, coloured by the other parameter', () => {
    const specs = sweepChartSpecs({ rows: rows(), paths: ['budget.subsidyLevel', 'levers.openEventShare'] });
    expect(Object.keys(specs)).toEqual(['sweep-budget-subsidy-level.vl.json', 'sweep-levers-open-event-share.vl.json']);
    const spec = specs['sweep-budget-subsidy-level.vl.json'] as unknown as Spec;
    expect(spec.facet.sort).toEqual(['Network density']);
    expect(spec.title.subtitle.join(' ')).toContain(
      'not shown, the same at every point: Fees paid over the run, million KRW, target:tasks-2005',
    );
    const first = spec.data.values[0];
    expect(first).toMatchObject({
      point: '0',
      outcome: 'Network density',
      value: 0,
      other: 'levers.openEventShare = 0',
      mean: 0.11,
    });
    expect((first.lo as number) < 0.11 && (first.hi as number) > 0.11).toBe(true);
    expect(spec.spec.encoding.x.title).toEqual(['share of the reference subsidy paid', '(budget.subsidyLevel)']);
    expect(spec.title.text).toBe('Sweep of share of the reference subsidy paid (budget.subsidyLevel)');
  });
});
