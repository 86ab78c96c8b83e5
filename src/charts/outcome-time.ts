// Each outcome over time: one line for a run; for an ensemble, the mean line of each scenario with its 95% band.
import type { Row } from '../metrics/recorder.js';
import { PANEL, VL_SCHEMA, monthX, numberOrNull, round } from './common.js';
import { lineLegend, scenarioColorScale } from './labels.js';
import { outcomeOf } from './outcomes.js';
import { dateRange, markerLayers, markersNote, type PolicyMarker } from './policy-markers.js';
import type { ChartSpec, EnsembleRow } from './types.js';

/** One run's outcome over time, with its policy months as labelled rules; steps where it was not measured are left out. */
export function runOutcomeSpec(rows: readonly Row[], metric: string, markers: readonly PolicyMarker[] = []): ChartSpec {
  const outcome = outcomeOf(metric);
  const values = rows
    .map((row) => ({ step: row.step, date: row.date, value: round(numberOrNull(row[metric])) }))
    .filter((v) => v.value !== null);
  const line = {
    data: { values },
    mark: { type: 'line', point: outcome.sparse ?? false, tooltip: true },
    encoding: { x: monthX(), y: { field: 'value', type: 'quantitative', title: outcome.axis } },
  };
  return {
    $schema: VL_SCHEMA,
    title: outcome.title,
    description: `${outcome.title} over time in one run${markers.length > 0 ? ', with the months its policies take effect' : ''}.`,
    ...PANEL,
    ...(markers.length > 0 ? { layer: [line, ...markerLayers(markers, monthX(), dateRange(values))] } : line),
  } as unknown as ChartSpec;
}

/** What an ensemble chart over time may show besides its data. */
export interface EnsembleChartOptions {
  /** The policy months to mark (policyMarkers). */
  markers?: readonly PolicyMarker[];
  /** Runs per scenario, named in the subtitle. */
  runs?: number;
}

/** The subtitle of an ensemble chart over time: what the line and the band are. */
export function ensembleSubtitle(runs?: number, markers: readonly PolicyMarker[] = []): string[] {
  const of = runs ? ` of ${runs} runs` : '';
  return [`lines: ensemble mean${of}; shaded bands: 95% interval of the mean`, ...markersNote(markers)];
}

/**
 * Ensemble mean of an outcome over time, one line per scenario in its comparison colour, with the 95% interval as a
 * band, and the policy months as labelled rules.
 */
export function ensembleOutcomeSpec(
  rows: readonly EnsembleRow[],
  metric: string,
  scenarios: readonly string[] = [...new Set(rows.map((r) => r.scenario))],
  options: EnsembleChartOptions = {},
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
    scale: scenarioColorScale(scenarios),
    legend: lineLegend(scenarios, 'scenario'),
  };
  const markers = options.markers ?? [];
  return {
    $schema: VL_SCHEMA,
    title: { text: outcome.title, subtitle: ensembleSubtitle(options.runs, options.markers), anchor: 'start' },
    description: `${outcome.title} over time: the ensemble mean of each scenario with its 95% interval${markers.length > 0 ? ', and the months its policies take effect' : ''}.`,
    ...PANEL,
    layer: [
      {
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
      },
      ...markerLayers(markers, monthX(), dateRange(values)),
    ],
  } as unknown as ChartSpec;
}
