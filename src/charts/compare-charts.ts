// Every chart of a policy comparison: the comparison and the differences from the baseline, each outcome's ensemble
// mean over time with its 95% band, members by kind and tasks per year; returned as { file name: spec }.
import { chartFileName } from './common.js';
import { ensembleMembersByKindSpec } from './members-by-kind.js';
import { ensembleOutcomeSpec } from './outcome-time.js';
import { CHARTED_OUTCOMES } from './outcomes.js';
import { policyComparisonSpec, policyDifferenceSpec, type ComparisonDates } from './policy-comparison.js';
import { policyMarkers, type ScenarioInfo } from './policy-markers.js';
import { stepDate } from '../scenario/dates.js';
import { ensembleTasksPerYearSpec } from './tasks-per-year.js';
import type { ChartSpecs, CompareJson, EnsembleRow, NetworkSnapshot } from './types.js';
import { degreeDistributionSpec } from './degree-distribution.js';
import { MAX_DRAWN_MEMBERS, networkDrawingSpec } from './network-drawing.js';

/**
 * The outcomes charted over time: those compare.json lists, then CHARTED_OUTCOMES, as far as the ensemble rows hold
 * them.
 */
function outcomesOf(compare: CompareJson, rows: readonly EnsembleRow[]): string[] {
  const metrics = new Set(rows.map((r) => r.metric));
  const listed = [...compare.outcomes.map((o) => o.outcome), ...CHARTED_OUTCOMES.map((o) => o.metric)];
  return [...new Set(listed)].filter((m) => metrics.has(m));
}

/** What a comparison's charts may know besides compare.json and its rows: the scenarios as resolved. */
export interface CompareChartOptions {
  /** The scenarios (names, descriptions, calendars and policy timelines), for the policy dates and the dates. */
  scenarios?: readonly ScenarioInfo[];
}

/** The first month and the horizon's month of a comparison: from its rows, else from its scenarios' calendars. */
export function comparisonDates(
  rows: readonly EnsembleRow[],
  scenarios: readonly ScenarioInfo[] = [],
): ComparisonDates {
  let first: EnsembleRow | undefined;
  let last: EnsembleRow | undefined;
  for (const r of rows) {
    if (r.step >= 1 && (!first || r.step < first.step)) first = r;
    if (!last || r.step > last.step) last = r;
  }
  if (first && last) return { start: first.date, horizon: last.date };
  const s = scenarios.find((i) => i.startYear !== undefined && i.steps !== undefined);
  return s ? { start: stepDate(s.startYear!, 1), horizon: stepDate(s.startYear!, s.steps!) } : {};
}

/**
 * The charts of a comparison; with the final network of each scenario's first run, also the degree distributions and a
 * drawing of each network (network-<scenario>.vl.json); with the scenarios, their policy dates on every chart over time.
 */
export function compareChartSpecs(
  compare: CompareJson,
  ensembleRows: readonly EnsembleRow[] = [],
  snapshots: readonly { scenario: string; snapshot: NetworkSnapshot }[] = [],
  options: CompareChartOptions = {},
): ChartSpecs {
  const specs: ChartSpecs = {};
  const dates = comparisonDates(ensembleRows, options.scenarios);
  if (compare.outcomes.length > 0) {
    specs['policy-comparison.vl.json'] = policyComparisonSpec(compare, dates);
    if (compare.scenarios.length > 1) specs['policy-differences.vl.json'] = policyDifferenceSpec(compare, dates);
  }
  const over = { markers: policyMarkers(options.scenarios ?? []), runs: compare.runs };
  for (const metric of outcomesOf(compare, ensembleRows)) {
    specs[chartFileName('outcome', metric)] = ensembleOutcomeSpec(ensembleRows, metric, compare.scenarios, over);
  }
  const members = ensembleMembersByKindSpec(ensembleRows, compare.scenarios, over);
  if (members) specs['members-by-kind.vl.json'] = members;
  const tasks = ensembleTasksPerYearSpec(ensembleRows, compare.scenarios, over);
  if (tasks) specs['tasks-per-year.vl.json'] = tasks;
  if (snapshots.length > 0) {
    specs['degree-distribution.vl.json'] = degreeDistributionSpec(
      snapshots.map((s) => s.snapshot),
      snapshots.map((s) => `${s.scenario}, first run`),
    );
    for (const { scenario, snapshot } of snapshots)
      if (snapshot.nodes.length <= MAX_DRAWN_MEMBERS)
        specs[chartFileName('network', scenario)] = networkDrawingSpec(snapshot, { label: `${scenario}, first run` });
  }
  return specs;
}
