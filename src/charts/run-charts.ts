// Every chart of one run: each outcome over time, members by kind, tasks per year by kind, the degree distribution
// and a drawing of the network per snapshot (up to MAX_DRAWN_MEMBERS members); returned as { file name: spec },
// written by writeRun into DIR/charts/.
import type { YearTasks } from '../engine/summary.js';
import type { Row } from '../metrics/recorder.js';
import { chartFileName } from './common.js';
import { degreeDistributionSpec } from './degree-distribution.js';
import { runMembersByKindSpec } from './members-by-kind.js';
import { MAX_DRAWN_MEMBERS, networkDrawingSpec, type NetworkDrawingOptions } from './network-drawing.js';
import { runOutcomeSpec } from './outcome-time.js';
import { CHARTED_OUTCOMES } from './outcomes.js';
import { policyMarkers, type ScenarioInfo } from './policy-markers.js';
import { runTasksPerYearSpec } from './tasks-per-year.js';
import type { ChartSpecs, NetworkSnapshot } from './types.js';

/** What run charts read: a RunResult has both. */
export interface RunChartInput {
  rows: readonly Row[];
  summary: { tasksSolvedPerYear: readonly YearTasks[] };
}

export interface RunChartOptions extends NetworkDrawingOptions {
  /** Outcomes charted over time (default: those of CHARTED_OUTCOMES the rows hold). */
  outcomes?: readonly string[];
  /** The scenario as resolved: its policy months are marked on the charts over time. */
  scenario?: ScenarioInfo;
}

/** Months per calendar year of a run's rows (step 0, the state before the run, not counted). */
export function monthsPerYear(rows: readonly Row[]): Map<number, number> {
  const months = new Map<number, number>();
  for (const row of rows) {
    if (Number(row.step) < 1 || typeof row.date !== 'string') continue;
    const year = Number(row.date.slice(0, 4));
    months.set(year, (months.get(year) ?? 0) + 1);
  }
  return months;
}

export function runChartSpecs(
  input: RunChartInput,
  snapshots: readonly NetworkSnapshot[] = [],
  options: RunChartOptions = {},
): ChartSpecs {
  const { rows } = input;
  const specs: ChartSpecs = {};
  const first = rows[0] ?? {};
  const outcomes = options.outcomes ?? CHARTED_OUTCOMES.map((o) => o.metric).filter((m) => m in first);
  const markers = policyMarkers(options.scenario ? [options.scenario] : []);
  for (const metric of outcomes) specs[chartFileName('outcome', metric)] = runOutcomeSpec(rows, metric, markers);
  if (rows.length > 0) specs['members-by-kind.vl.json'] = runMembersByKindSpec(rows, markers);
  if (input.summary.tasksSolvedPerYear.length > 0)
    specs['tasks-per-year.vl.json'] = runTasksPerYearSpec(input.summary.tasksSolvedPerYear, monthsPerYear(rows));
  const dateOf = new Map(rows.map((r) => [Number(r.step), String(r.date)]));
  const dated = [...snapshots]
    .sort((a, b) => a.step - b.step)
    .map((s) => (s.date === undefined && dateOf.has(s.step) ? { ...s, date: dateOf.get(s.step) } : s));
  if (dated.length > 0) specs['degree-distribution.vl.json'] = degreeDistributionSpec(dated);
  for (const snapshot of dated)
    if (snapshot.nodes.length <= MAX_DRAWN_MEMBERS)
      specs[chartFileName('network', snapshot.step)] = networkDrawingSpec(snapshot, options);
  return specs;
}
