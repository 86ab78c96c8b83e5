// Compare charts, built on synthetic data in the compare folder contract: one interval per scenario and outcome, yearly
// sums, CSV reading.
import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_MEMBERS } from '../../src/charts/network-drawing.js';
import { compareChartSpecs } from '../../src/charts/compare-charts.js';
import { parseEnsembleCsv } from '../../src/render/ensemble-csv.js';
import { splitCsvLine } from '../../src/output/csv.js';
import { COMPARE_OUTCOMES, ensembleCsv, SCENARIOS, syntheticCompare, syntheticEnsembleRows } from './fixtures.js';

type Values = Record<string, unknown>[];
const valuesOf = (spec: unknown): Values => (spec as { data: { values: Values } }).data.values;

describe('compareChartSpecs', () => {
  it('makes the comparison, the differences, an outcome chart per compared outcome, members and tasks', () => {
    const names = Object.keys(compareChartSpecs(syntheticCompare(), syntheticEnsembleRows()));
    expect(names).toEqual([
      'policy-comparison.vl.json',
      'policy-differences.vl.json',
      'outcome-density.vl.json',
      'outcome-iur-ties-per-firm.vl.json',
      'outcome-mean-satisfaction.vl.json',
      'outcome-giant-component-share.vl.json',
      'members-by-kind.vl.json',
      'tasks-per-year.vl.json',
    ]);
  });

  it('has one interval per scenario and outcome in the comparison, and one per policy and outcome in the differences', () => {
    const specs = compareChartSpecs(syntheticCompare(), []);
    const comparison = valuesOf(specs['policy-comparison.vl.json']);
    expect(comparison).toHaveLength(SCENARIOS.length * COMPARE_OUTCOMES.length);
    expect(comparison[0]).toMatchObject({ outcome: 'density', scenario: 'baseline', mean: 1, lo: 0.8, hi: 1.2 });
    const differences = valuesOf(specs['policy-differences.vl.json']);
    expect(differences).toHaveLength((SCENARIOS.length - 1) * COMPARE_OUTCOMES.length);
    expect(differences.map((d) => d.scenario)).not.toContain('baseline');
    expect(differences.find((d) => d.outcome === 'density' && d.scenario === 'national-scope')).toMatchObject({
      diff: 0.6,
      effect: 'significant, better for the cluster',
    });
    expect(differences.find((d) => d.outcome === 'iurTiesPerFirm' && d.scenario === 'withdrawal')).toMatchObject({
      effect: 'significant, worse for the cluster',
    });
    expect(Object.keys(specs)).toEqual(['policy-comparison.vl.json', 'policy-differences.vl.json']);
  });

  it('keeps the mean and the 95% band of each scenario over time', () => {
    const rows = syntheticEnsembleRows();
    const spec = compareChartSpecs(syntheticCompare(), rows)['outcome-density.vl.json'] as unknown as {
      layer: { data: { values: Values } }[];
    };
    const values = spec.layer[0].data.values;
    expect(values).toHaveLength(SCENARIOS.length * 25);
    expect(values[24]).toMatchObject({ scenario: 'baseline', step: 24, mean: 2, lo: 1.9, hi: 2.1 });
  });

  it('sums monthly means of tasks solved into expected tasks per year, skipping step 0', () => {
    const values = valuesOf(compareChartSpecs(syntheticCompare(), syntheticEnsembleRows())['tasks-per-year.vl.json']);
    const rnd = values.filter((v) => v.kind === 'R&D');
    expect(rnd.map((v) => [v.scenario, v.year, v.tasks])).toEqual([
      ['baseline', 2005, 12],
      ['baseline', 2006, 12],
      ['withdrawal', 2005, 12],
      ['withdrawal', 2006, 12],
      ['national-scope', 2005, 24],
      ['national-scope', 2006, 24],
    ]);
  });
});

describe('members and tasks of a comparison', () => {
  it('leave out the member kinds that never change, naming them and their count', () => {
    const rows = syntheticEnsembleRows().map((r) => (r.metric === 'membersAgency' ? { ...r, mean: 633 } : r));
    const spec = compareChartSpecs(syntheticCompare(), rows)['members-by-kind.vl.json'] as unknown as {
      facet: { sort: string[] };
      title: { subtitle: string[] };
    };
    expect(spec.facet.sort).toEqual(['Member firms', 'Professor members', 'Research-institute members']);
    expect(spec.title.subtitle.join(' ')).toContain('not shown, the same throughout: Support-agency members 633');
  });

  it('draw tasks per year in a panel per kind and one for all, a line per scenario, naming a part year', () => {
    const rows = syntheticEnsembleRows().filter((r) => r.step <= 18);
    const spec = compareChartSpecs(syntheticCompare(), rows)['tasks-per-year.vl.json'] as unknown as {
      facet: { sort: string[] };
      columns: number;
      title: { subtitle: string[] };
      data: { values: Record<string, unknown>[] };
    };
    expect(spec.facet.sort).toEqual(['R&D', 'management', 'marketing', 'human resources', 'other', 'all tasks']);
    expect(spec.columns).toBe(3);
    expect(spec.title.subtitle).toContain('years the run covers in part: 2006: 6 months');
    expect(
      spec.data.values.find((v) => v.kind === 'all tasks' && v.scenario === 'national-scope' && v.year === 2006),
    ).toMatchObject({
      tasks: 60,
    });
  });
});

describe("compareChartSpecs with the first run's network of each scenario", () => {
  it('adds one degree distribution with a line per scenario and a network drawing per scenario (up to MAX_DRAWN_MEMBERS)', () => {
    const snapshot = (n: number) => ({
      step: 120,
      date: '2014-12',
      nodes: Array.from({ length: n }, (_, i) => ({
        id: String(i),
        kind: 'firm',
        mc: 'gangwon-01',
        region: 'gangwon',
      })),
      edges: [
        ['0', '1'],
        ['1', '2'],
      ] as [string, string][],
    });
    const specs = compareChartSpecs(syntheticCompare(), syntheticEnsembleRows(), [
      { scenario: 'baseline', snapshot: snapshot(3) },
      { scenario: 'national-scope', snapshot: snapshot(4) },
    ]);
    expect(Object.keys(specs).filter((k) => k.startsWith('network-') || k.startsWith('degree'))).toEqual([
      'degree-distribution.vl.json',
      'network-baseline.vl.json',
      'network-national-scope.vl.json',
    ]);
    const degree = specs['degree-distribution.vl.json'] as unknown as {
      data: { values: { snapshot: string; degree: number; members: number }[] };
    };
    expect(degree.data.values).toEqual([
      { snapshot: 'baseline, first run', degree: 1, members: 2 },
      { snapshot: 'baseline, first run', degree: 2, members: 1 },
      { snapshot: 'national-scope, first run', degree: 0, members: 1 },
      { snapshot: 'national-scope, first run', degree: 1, members: 2 },
      { snapshot: 'national-scope, first run', degree: 2, members: 1 },
    ]);
    expect(JSON.stringify(specs['network-national-scope.vl.json'])).toContain(
      'national-scope, first run: member network at step 120 (2014-12)',
    );
    const large = compareChartSpecs(syntheticCompare(), syntheticEnsembleRows(), [
      { scenario: 'baseline', snapshot: snapshot(3) },
      { scenario: 'national-scope', snapshot: snapshot(MAX_DRAWN_MEMBERS + 1) },
    ]);
    expect(Object.keys(large).filter((k) => k.startsWith('network-'))).toEqual(['network-baseline.vl.json']);
  });
});

describe('parseEnsembleCsv', () => {
  it('reads the compare timeseries back, empty cells as null, quoted names whole', () => {
    const rows = syntheticEnsembleRows().slice(0, 3);
    expect(parseEnsembleCsv(ensembleCsv(rows))).toEqual(rows);
    const text = 'scenario,step,date,metric,mean,lo,hi\n"a, ""b""",3,2005-03,clustering,,,\n';
    expect(parseEnsembleCsv(text)).toEqual([
      { scenario: 'a, "b"', step: 3, date: '2005-03', metric: 'clustering', mean: null, lo: null, hi: null },
    ]);
    expect(splitCsvLine('x,"y,z",')).toEqual(['x', 'y,z', '']);
  });

  it('names the columns a file lacks', () => {
    expect(() => parseEnsembleCsv('scenario,step,metric,mean\n')).toThrow(/lacks the column\(s\) date, lo, hi/);
  });
});
