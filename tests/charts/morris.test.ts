// The Morris chart: a panel per outcome, its parameters ranked by their own mu*, named in words with their path.
import { describe, expect, it } from 'vitest';
import { morrisChartSpec } from '../../src/charts/morris.js';

type Panel = {
  title: { text: string };
  encoding: { y: { sort: string[]; axis: { labelLimit: number; labelExpr?: string } } };
};

const ROWS = [
  { outcome: 'density', parameter: 'budget.subsidyLevel', muStar: 1, sigma: 0.5, mu: 1, rank: 2 },
  { outcome: 'density', parameter: 'events.attendProb', muStar: 2, sigma: 0.1, mu: -2, rank: 1 },
  { outcome: 'meanSatisfaction', parameter: 'budget.subsidyLevel', muStar: 3, sigma: 1, mu: 3, rank: 1 },
  { outcome: 'meanSatisfaction', parameter: 'events.attendProb', muStar: 0.5, sigma: 0.2, mu: 0.5, rank: 2 },
];

describe('morrisChartSpec', () => {
  it('draws nothing but its title for no rows', () => {
    const spec = morrisChartSpec([]) as unknown as { vconcat: Panel[] };
    expect(spec.vconcat).toEqual([]);
  });

  it('ranks each panel by its own mu*, titled by the outcome in words', () => {
    const spec = morrisChartSpec(ROWS, '3 trajectories x 2 seeds') as unknown as {
      vconcat: Panel[];
      title: { subtitle: string[] };
    };
    expect(spec.vconcat.map((p) => p.title.text)).toEqual(['Network density', 'Mean satisfaction of members']);
    expect(spec.vconcat.map((p) => p.encoding.y.sort)).toEqual([
      ['events.attendProb', 'budget.subsidyLevel'],
      ['budget.subsidyLevel', 'events.attendProb'],
    ]);
    expect(spec.title.subtitle).toContain('3 trajectories x 2 seeds');
  });

  it('names parameters in words from the schema, with their path, never cut', () => {
    const axis = (morrisChartSpec(ROWS) as unknown as { vconcat: Panel[] }).vconcat[0].encoding.y.axis;
    expect(axis.labelLimit).toBe(0);
    expect(axis.labelExpr).toContain('"probability a member attends a","given event of its MC","(events.attendProb)"');
  });
});
