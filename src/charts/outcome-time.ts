// Each outcome over time: one line for a run; for an ensemble, the mean line of each scenario with its 95% band.
import type { Row } from '../metrics/recorder.js';
import { PANEL, VL_SCHEMA, monthX, numberOrNull, round } from './common.js';
import { outcomeOf } from './outcomes.js';
import type { ChartSpec, EnsembleRow } from './types.js';

/** One run's outcome over time; steps where it was not measured are left out. */
export function runOutcomeSpec(rows: readonly Row[], metric: string): ChartSpec {
  const outcome = outcomeOf(metric);
  const values = rows
    .map((row) => ({ step: row.step, date: row.date, value: round(numberOrNull(row[metric])) }))
    .filter((v) => v.value !== null);
  return {
    $schema: VL_SCHEMA,
    title: outcome.title,
    description: `${outcome.title} over time, one run`,
    ...PANEL,
    data: { values },
    mark: { type: 'line', point: outcome.sparse ?? false, tooltip: true },
    encoding: {
      x: monthX(),
      y: { field: 'value', type: 'quantitative', title: outcome.axis },
    },
  };
}

/** Ensemble mean of an outcome over time, one line per scenario, with the 95% interval as a band. */
export function ensembleOutcomeSpec(
  rows: readonly EnsembleRow[],
  metric: string,
  scenarios?: readonly string[],
): ChartSpec {
  const outcome = outcomeOf(metric);
  const values = rows
    .filter((r) => r.metric === metric && numberOrNull(r.mean) !== null)
    .map((r) => ({
      scenario: r.scenario,
      step: r.step,
      date: r.date,
      mean: round(r.mean),
      lo: round(r.lo),
      hi: round(r.hi),
    }));
  const color = {
    field: 'scenario',
    type: 'nominal' as const,
    title: 'scenario',
    ...(scenarios ? { scale: { domain: [...scenarios] } } : {}),
  };
  return {
    $schema: VL_SCHEMA,
    title: outcome.title,
    description: `${outcome.title} over time: ensemble mean and 95% interval per scenario`,
    ...PANEL,
    data: { values },
    encoding: { x: monthX(), color },
    layer: [
      {
        name: 'band',
        transform: [{ filter: 'isValid(datum.lo) && isValid(datum.hi)' }],
        mark: { type: 'area', opacity: 0.2 },
        encoding: {
          y: { field: 'lo', type: 'quantitative', title: outcome.axis, scale: { zero: false } },
          y2: { field: 'hi' },
        },
      },
      {
        name: 'mean',
        mark: { type: 'line', point: outcome.sparse ?? false, tooltip: true },
        encoding: { y: { field: 'mean', type: 'quantitative', title: outcome.axis } },
      },
    ],
  };
}
