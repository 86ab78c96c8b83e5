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

/** A panel per outcome (its own x scale) of scenarios on y: a rule from lo to hi and a point at the estimate. */
function intervalPanels(
  compare: CompareJson,
  title: { text: string; subtitle: string },
  values: Record<string, unknown>[],
  y: Record<string, unknown>,
  color: Record<string, unknown>,
  x: { estimate: string; lo: string; hi: string; title: string; zero: boolean },
): ChartSpec {
  return {
    $schema: VL_SCHEMA,
    title,
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
          encoding: {
            y,
            color,
            x: { field: x.lo, type: 'quantitative', title: x.title, scale: { zero: x.zero } },
            x2: { field: x.hi },
          },
        },
        {
          name: 'estimate',
          mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
          encoding: { y, color, x: { field: x.estimate, type: 'quantitative' } },
        },
      ],
    },
  } as ChartSpec;
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
  const color = {
    field: 'scenario',
    type: 'nominal' as const,
    legend: null,
    scale: { domain: [...compare.scenarios] },
  };
  return intervalPanels(
    compare,
    {
      text: 'Policy comparison',
      subtitle: `ensemble mean and 95% interval at the end of the run (counts: total over the run), ${compare.runs} runs per scenario`,
    },
    values,
    y,
    color,
    { estimate: 'mean', lo: 'lo', hi: 'hi', title: 'mean and 95% interval', zero: false },
  );
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
  return intervalPanels(
    compare,
    { text: `Difference from ${baseline}`, subtitle: 'policy minus baseline: mean and 95% interval of the difference' },
    values,
    y,
    color,
    { estimate: 'diff', lo: 'diffLo', hi: 'diffHi', title: 'difference', zero: true },
  );
}
