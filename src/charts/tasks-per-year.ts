// Tasks solved per calendar year by kind, like the paper's Table 2: from a run's summary, or summed from an ensemble's
// monthly means.
import type { YearTasks } from '../engine/summary.js';
import { VL_SCHEMA, round } from './common.js';
import { TASK_COLORS, TASK_COLUMNS } from './outcomes.js';
import type { ChartSpec, EnsembleRow } from './types.js';

const color = { field: 'kind', type: 'nominal' as const, title: 'kind of task', scale: TASK_COLORS };
const y = { field: 'tasks', type: 'quantitative' as const, title: 'tasks solved per year' };
const x = { field: 'year', type: 'ordinal' as const, title: 'year', axis: { labelAngle: 0 } };
const xOffset = { field: 'kind', type: 'nominal' as const, sort: TASK_COLORS.domain };

/** Grouped bars: a group per year, a bar per kind of task. */
export function runTasksPerYearSpec(years: readonly YearTasks[]): ChartSpec {
  const values = years.flatMap((year) =>
    TASK_COLUMNS.map((t) => ({ year: year.year, kind: t.label, tasks: year[t.kind] })),
  );
  return {
    $schema: VL_SCHEMA,
    title: 'Tasks solved per year by kind (cf. Table 2)',
    width: { step: 16 },
    height: 280,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: { x, xOffset, y, color },
  };
}

/**
 * The ensemble's expected tasks per year (the sum of monthly means), a panel per scenario; null without task columns.
 */
export function ensembleTasksPerYearSpec(rows: readonly EnsembleRow[], scenarios: readonly string[]): ChartSpec | null {
  const labelOf = new Map(TASK_COLUMNS.map((t) => [t.column, t.label]));
  const sums = new Map<string, { scenario: string; year: number; kind: string; tasks: number }>();
  for (const r of rows) {
    const kind = labelOf.get(r.metric);
    if (!kind || r.step === 0 || r.mean === null || !Number.isFinite(r.mean)) continue;
    const year = Number(r.date.slice(0, 4));
    const key = `${r.scenario}\u0000${year}\u0000${kind}`;
    const entry = sums.get(key) ?? { scenario: r.scenario, year, kind, tasks: 0 };
    entry.tasks += r.mean;
    sums.set(key, entry);
  }
  if (sums.size === 0) return null;
  return {
    $schema: VL_SCHEMA,
    title: 'Tasks solved per year by kind (ensemble mean, cf. Table 2)',
    data: { values: [...sums.values()].map((v) => ({ ...v, tasks: round(v.tasks) })) },
    facet: { field: 'scenario', type: 'nominal', title: null, sort: [...scenarios] },
    columns: 2,
    spec: {
      width: { step: 10 },
      height: 200,
      mark: { type: 'bar', tooltip: true },
      encoding: { x, xOffset, y, color },
    },
  };
}
