// Tasks solved per calendar year by kind, like the paper's Table 2: a run's grouped bars from its summary, or for an
// ensemble a panel per kind of task (and one for all tasks) with a line per scenario, summed from the monthly means.
// Years the run covers only in part are named in the subtitle, with their months.
import type { YearTasks } from '../engine/summary.js';
import { VL_SCHEMA, round } from './common.js';
import { gridColumns, lineLegend, scenarioColorScale } from './labels.js';
import type { EnsembleChartOptions } from './outcome-time.js';
import { TASK_COLORS, TASK_COLUMNS } from './outcomes.js';
import { markersNote, type PolicyMarker } from './policy-markers.js';
import type { ChartSpec, EnsembleRow } from './types.js';

const color = { field: 'kind', type: 'nominal' as const, title: 'kind of task', scale: TASK_COLORS };
const y = { field: 'tasks', type: 'quantitative' as const, title: 'tasks solved per year' };
const x = { field: 'year', type: 'ordinal' as const, title: 'year', axis: { labelAngle: 0 } };
const xOffset = { field: 'kind', type: 'nominal' as const, sort: TASK_COLORS.domain };

/** "2007: 6 months" for each year with fewer than 12 months, or nothing. */
function partialYears(months: ReadonlyMap<number, number>): string[] {
  const partial = [...months].filter(([, m]) => m < 12).map(([year, m]) => `${year}: ${m} month${m === 1 ? '' : 's'}`);
  return partial.length > 0 ? [`years the run covers in part: ${partial.join(', ')}`] : [];
}

/** Grouped bars: a group per year, a bar per kind of task; `months` (per year) names the years covered in part. */
export function runTasksPerYearSpec(
  years: readonly YearTasks[],
  months: ReadonlyMap<number, number> = new Map(),
): ChartSpec {
  const values = years.flatMap((year) =>
    TASK_COLUMNS.map((t) => ({ year: year.year, kind: t.label, tasks: year[t.kind] })),
  );
  const subtitle = partialYears(months);
  return {
    $schema: VL_SCHEMA,
    title: { text: 'Tasks solved per year by kind (cf. Table 2)', ...(subtitle.length > 0 ? { subtitle } : {}) },
    description: 'Tasks solved in each calendar year of the run, by kind of task, as in the paper’s Table 2.',
    width: { step: 16 },
    height: 280,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: { x, xOffset, y, color },
  };
}

const ALL_TASKS = 'all tasks';

/** Where a policy month sits on a year axis whose ticks are the middle of each year: January 2011 is 2010.5. */
const yearPosition = (date: string) => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12 - 0.5;

/**
 * The ensemble's expected tasks per year (the sum of monthly means): a panel per kind of task and one for all tasks,
 * each with its own scale, a line per scenario in its comparison colour and the policy months as rules; null without
 * task columns.
 */
export function ensembleTasksPerYearSpec(
  rows: readonly EnsembleRow[],
  scenarios: readonly string[],
  options: EnsembleChartOptions = {},
): ChartSpec | null {
  const labelOf = new Map(TASK_COLUMNS.map((t) => [t.column, t.label]));
  const sums = new Map<string, { scenario: string; year: number; kind: string; tasks: number }>();
  const months = new Map<number, Set<number>>();
  const add = (scenario: string, year: number, kind: string, tasks: number) => {
    const key = `${scenario}\u0000${year}\u0000${kind}`;
    const entry = sums.get(key) ?? { scenario, year, kind, tasks: 0 };
    entry.tasks += tasks;
    sums.set(key, entry);
  };
  for (const r of rows) {
    const kind = labelOf.get(r.metric);
    if (!kind || r.step === 0 || r.mean === null || !Number.isFinite(r.mean)) continue;
    const year = Number(r.date.slice(0, 4));
    add(r.scenario, year, kind, r.mean);
    add(r.scenario, year, ALL_TASKS, r.mean);
    (months.get(year) ?? months.set(year, new Set()).get(year)!).add(r.step);
  }
  if (sums.size === 0) return null;
  const kinds = [...TASK_COLUMNS.map((t) => t.label), ALL_TASKS];
  const markers: readonly PolicyMarker[] = options.markers ?? [];
  const yearX = {
    field: 'year',
    type: 'quantitative' as const,
    title: 'year',
    scale: { zero: false, nice: false },
    axis: { format: 'd', tickMinStep: 1, labelAngle: 0 },
  };
  const runs = options.runs ? ` of ${options.runs} runs` : '';
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Tasks solved per year by kind (ensemble mean, cf. Table 2)',
      anchor: 'start',
      subtitle: [
        `lines: expected tasks per year, the sum of the monthly ensemble means${runs}`,
        ...markersNote(markers),
        ...partialYears(new Map([...months].map(([year, steps]) => [year, steps.size]))),
      ],
    },
    description:
      'Tasks solved in each calendar year, a panel per kind of task and one for all tasks, with a line per scenario.',
    data: { values: [...sums.values()].map((v) => ({ ...v, tasks: round(v.tasks) })) },
    facet: { field: 'kind', type: 'nominal', title: null, sort: kinds, header: { labelFontWeight: 'bold' } },
    columns: gridColumns(kinds.length, 3),
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 190,
      height: 140,
      layer: [
        {
          mark: { type: 'line', point: true, tooltip: true },
          encoding: {
            x: yearX,
            y: { ...y, title: 'tasks per year' },
            color: {
              field: 'scenario',
              type: 'nominal',
              scale: scenarioColorScale(scenarios),
              legend: lineLegend(scenarios, 'scenario', 'top'),
            },
          },
        },
        ...(markers.length > 0
          ? [
              {
                data: { values: markers.map((m) => ({ year: yearPosition(m.date), ramped: m.ramped })) },
                mark: { type: 'rule', color: '#333333' },
                encoding: {
                  x: { field: 'year', type: 'quantitative' },
                  strokeDash: { condition: { test: 'datum.ramped', value: [4, 3] }, value: [1, 0] },
                },
              },
            ]
          : []),
      ],
    },
  } as unknown as ChartSpec;
}
