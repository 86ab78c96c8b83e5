// The policy comparison: per outcome, each scenario's ensemble mean with its 95% interval; and each policy's difference
// from the baseline (the first scenario) with the interval of the difference, coloured by whether it excludes zero.
import { VL_SCHEMA, round } from './common.js';
import { comparisonTitle } from './outcomes.js';
import type { ChartSpec, CompareJson } from './types.js';

const FACET_COLUMNS = 3;

function facetOf(compare: CompareJson) {
  const outcomes = [...new Set(compare.outcomes.map((o) => o.outcome))];
  return {
    field: 'outcomeTitle',
    type: 'nominal' as const,
    title: null,
    sort: outcomes.map((o) => comparisonTitle(o)),
    header: { labelFontSize: 12, labelFontWeight: 'bold' as const },
  };
}

/** One interval (rule) and one point per scenario and outcome; a panel per outcome with its own x scale. */
export function policyComparisonSpec(compare: CompareJson): ChartSpec {
  const values = compare.outcomes.map((o) => ({
    outcome: o.outcome,
    outcomeTitle: comparisonTitle(o.outcome),
    scenario: o.scenario,
    mean: round(o.mean),
    lo: round(o.lo),
    hi: round(o.hi),
  }));
  const y = { field: 'scenario', type: 'nominal' as const, title: 'scenario', sort: [...compare.scenarios] };
  const color = { field: 'scenario', type: 'nominal' as const, legend: null, scale: { domain: [...compare.scenarios] } };
  return {
    $schema: VL_SCHEMA,
    title: { text: 'Policy comparison', subtitle: `ensemble mean and 95% interval at the end of the run (counts: total over the run), ${compare.runs} runs per scenario` },
    data: { values },
    facet: facetOf(compare),
    columns: FACET_COLUMNS,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 220,
      height: { step: 22 },
      layer: [
        {
          name: 'interval',
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { y, color, x: { field: 'lo', type: 'quantitative', title: 'mean and 95% interval', scale: { zero: false } }, x2: { field: 'hi' } },
        },
        {
          name: 'estimate',
          mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
          encoding: { y, color, x: { field: 'mean', type: 'quantitative' } },
        },
      ],
    },
  };
}

/** Each policy scenario's difference from the baseline, per outcome, with the 95% interval of the difference. */
export function policyDifferenceSpec(compare: CompareJson): ChartSpec {
  const baseline = compare.scenarios[0];
  const values = compare.outcomes
    .filter((o) => o.scenario !== baseline)
    .map((o) => ({
      outcome: o.outcome,
      outcomeTitle: comparisonTitle(o.outcome),
      scenario: o.scenario,
      diff: round(o.diff),
      diffLo: round(o.diffLo),
      diffHi: round(o.diffHi),
      effect: o.diffLo > 0 ? 'higher' : o.diffHi < 0 ? 'lower' : 'no clear difference',
    }));
  const y = { field: 'scenario', type: 'nominal' as const, title: 'scenario', sort: compare.scenarios.slice(1) };
  const color = {
    field: 'effect',
    type: 'nominal' as const,
    title: `vs ${baseline}`,
    scale: { domain: ['higher', 'lower', 'no clear difference'], range: ['#54a24b', '#e45756', '#9d9d9d'] },
  };
  return {
    $schema: VL_SCHEMA,
    title: { text: `Difference from ${baseline}`, subtitle: 'policy minus baseline: mean and 95% interval of the difference' },
    data: { values },
    facet: facetOf(compare),
    columns: FACET_COLUMNS,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 220,
      height: { step: 22 },
      layer: [
        {
          name: 'interval',
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { y, color, x: { field: 'diffLo', type: 'quantitative', title: 'difference', scale: { zero: true } }, x2: { field: 'diffHi' } },
        },
        {
          name: 'estimate',
          mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
          encoding: { y, color, x: { field: 'diff', type: 'quantitative' } },
        },
      ],
    },
  };
}
