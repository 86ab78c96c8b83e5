// Policy dates on charts over time: a rule where each scenario's policies take effect (and where a ramp completes),
// labelled with the month and the change; none without scenarios.
import { describe, expect, it } from 'vitest';
import { compareChartSpecs } from '../../src/charts/compare-charts.js';
import { markerLayers, policyMarkers, type ScenarioInfo } from '../../src/charts/policy-markers.js';
import { runChartSpecs } from '../../src/charts/run-charts.js';
import { monthX } from '../../src/charts/common.js';
import { shortRun, syntheticCompare, syntheticEnsembleRows } from './fixtures.js';

const SCENARIOS: ScenarioInfo[] = [
  { name: 'baseline', startYear: 2005, steps: 24, policies: [] },
  {
    name: 'withdrawal',
    startYear: 2005,
    steps: 24,
    policies: [{ at: 13, rampSteps: 6, set: { 'budget.subsidyLevel': 0 }, label: 'subsidy phased out' }],
  },
  {
    name: 'national-scope',
    startYear: 2005,
    steps: 24,
    policies: [{ at: 13, rampSteps: 0, set: { 'levers.scope': 'national' } }],
  },
];

type Layer = { name?: string; data?: { values: Record<string, unknown>[] }; mark?: Record<string, unknown> };

describe('policyMarkers', () => {
  it('marks nothing without scenarios or policies', () => {
    expect(policyMarkers([])).toEqual([]);
    expect(policyMarkers([{ name: 'x' }])).toEqual([]);
    expect(markerLayers([], monthX())).toEqual([]);
  });

  it('merges the policies of a month, names each change once, and marks where a ramp completes', () => {
    expect(policyMarkers([...SCENARIOS, SCENARIOS[1]])).toEqual([
      { date: '2006-01', lines: ['January 2006', 'subsidy phased out', 'scope national'], ramped: false },
      { date: '2006-06', lines: ['June 2006', 'subsidy phased out: complete'], ramped: true },
    ]);
  });
});

describe('charts over time with the scenarios', () => {
  it('draw a labelled rule at each policy month on every outcome of a comparison', () => {
    const specs = compareChartSpecs(syntheticCompare(), syntheticEnsembleRows(), [], { scenarios: SCENARIOS });
    const layers = (specs['outcome-density.vl.json'] as unknown as { layer: Layer[] }).layer;
    const rules = layers.find((l) => l.name === 'policy_rules')!;
    expect(rules.data!.values.map((v) => [v.date, v.ramped])).toEqual([
      ['2006-01', false],
      ['2006-06', true],
    ]);
    const labels = layers.filter((l) => l.mark?.type === 'text');
    expect(labels.flatMap((l) => l.data!.values.map((v) => (v.lines as string[])[0]))).toEqual([
      'January 2006',
      'June 2006',
    ]);
    expect(labels.find((l) => l.data!.values[0].ramped)!.mark).toMatchObject({ baseline: 'bottom', align: 'right' });
    const bands = JSON.stringify(specs['outcome-density.vl.json']);
    expect(bands).toContain('shaded bands: 95% interval of the mean');
    expect(JSON.stringify(specs['tasks-per-year.vl.json'])).toContain('"year":2005.5');
  });

  it("draw a run's policy months from its scenario", () => {
    const { result } = shortRun();
    const specs = runChartSpecs(result, [], {
      scenario: {
        name: 'x',
        startYear: 2005,
        policies: [{ at: 6, rampSteps: 0, set: { 'budget.feePerFirmMonth': 0.05 } }],
      },
    });
    const spec = JSON.stringify(specs['outcome-density.vl.json']);
    expect(spec).toContain('"lines":["June 2005","fee per firm month 0.05 million KRW"]');
    expect(JSON.stringify(runChartSpecs(result)['outcome-density.vl.json'])).not.toContain('policy_rules');
  });
});
