// Every chart of a policy comparison: the comparison and the differences from the baseline, each outcome's ensemble
// mean over time with its 95% band, members by kind and tasks per year; returned as { file name: spec }.
import { chartFileName } from './common.js';
import { ensembleMembersByKindSpec } from './members-by-kind.js';
import { ensembleOutcomeSpec } from './outcome-time.js';
import { CHARTED_OUTCOMES } from './outcomes.js';
import { policyComparisonSpec, policyDifferenceSpec } from './policy-comparison.js';
import { ensembleTasksPerYearSpec } from './tasks-per-year.js';
import type { ChartSpecs, CompareJson, EnsembleRow, NetworkSnapshot } from './types.js';
import { degreeDistributionSpec } from './degree-distribution.js';
import { networkDrawingSpec } from './network-drawing.js';

/**
 * The outcomes charted over time: those compare.json lists, then CHARTED_OUTCOMES, as far as the ensemble rows hold
 * them.
 */
function outcomesOf(compare: CompareJson, rows: readonly EnsembleRow[]): string[] {
  const metrics = new Set(rows.map((r) => r.metric));
  const listed = [...compare.outcomes.map((o) => o.outcome), ...CHARTED_OUTCOMES.map((o) => o.metric)];
  return [...new Set(listed)].filter((m) => metrics.has(m));
}

/**
 * The charts of a comparison; with the final network of each scenario's first run, also the degree distributions and a
 * drawing of each network (network-<scenario>.vl.json).
 */
export function compareChartSpecs(
  compare: CompareJson,
  ensembleRows: readonly EnsembleRow[] = [],
  snapshots: readonly { scenario: string; snapshot: NetworkSnapshot }[] = [],
): ChartSpecs {
  const specs: ChartSpecs = {};
  if (compare.outcomes.length > 0) {
    specs['policy-comparison.vl.json'] = policyComparisonSpec(compare);
    if (compare.scenarios.length > 1) specs['policy-differences.vl.json'] = policyDifferenceSpec(compare);
  }
  for (const metric of outcomesOf(compare, ensembleRows)) {
    specs[chartFileName('outcome', metric)] = ensembleOutcomeSpec(ensembleRows, metric, compare.scenarios);
  }
  const members = ensembleMembersByKindSpec(ensembleRows, compare.scenarios);
  if (members) specs['members-by-kind.vl.json'] = members;
  const tasks = ensembleTasksPerYearSpec(ensembleRows, compare.scenarios);
  if (tasks) specs['tasks-per-year.vl.json'] = tasks;
  if (snapshots.length > 0) {
    specs['degree-distribution.vl.json'] = degreeDistributionSpec(
      snapshots.map((s) => s.snapshot),
      snapshots.map((s) => `${s.scenario}, first run`),
    );
    for (const { scenario, snapshot } of snapshots)
      specs[chartFileName('network', scenario)] = networkDrawingSpec(snapshot, { label: `${scenario}, first run` });
  }
  return specs;
}
