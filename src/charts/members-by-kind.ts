// Members over time by kind (firms, professors, research institutes, support agencies): a run's counts or an ensemble's
// means.
import type { Row } from '../metrics/recorder.js';
import { formatCount, PANEL, VL_SCHEMA, monthX, numberOrNull, round } from './common.js';
import { gridColumns, lineLegend, scenarioColorScale, wrapLabel } from './labels.js';
import type { EnsembleChartOptions } from './outcome-time.js';
import { KIND_COLORS, MEMBER_KINDS, outcomeOf } from './outcomes.js';
import { dateRange, markerLayers, markersNote, type PolicyMarker } from './policy-markers.js';
import type { ChartSpec, EnsembleRow } from './types.js';

const color = {
  field: 'kind',
  type: 'nominal' as const,
  title: 'kind',
  scale: KIND_COLORS,
  legend: lineLegend([...KIND_COLORS.domain], 'kind'),
};

export function runMembersByKindSpec(rows: readonly Row[], markers: readonly PolicyMarker[] = []): ChartSpec {
  const values = rows.flatMap((row) =>
    MEMBER_KINDS.map(({ kind, column }) => ({ date: row.date, kind, members: numberOrNull(row[column]) })),
  );
  const lines = {
    data: { values },
    mark: { type: 'line', tooltip: true },
    encoding: { x: monthX(), y: { field: 'members', type: 'quantitative', title: 'members' }, color },
  };
  return {
    $schema: VL_SCHEMA,
    title: 'Members by kind',
    description: 'Members of each kind over time in one run.',
    ...PANEL,
    ...(markers.length > 0 ? { layer: [lines, ...markerLayers(markers, monthX(), dateRange(values))] } : lines),
  } as unknown as ChartSpec;
}

/**
 * Ensemble mean members by kind: a panel per kind (its own scale), a line per scenario in its comparison colour, the
 * policy months as rules; null when the rows hold no member counts by kind.
 */
export function ensembleMembersByKindSpec(
  rows: readonly EnsembleRow[],
  scenarios: readonly string[],
  options: EnsembleChartOptions = {},
): ChartSpec | null {
  const titleOf = new Map(MEMBER_KINDS.map((k) => [k.column, outcomeOf(k.column).title]));
  const values = rows
    .filter((r) => titleOf.has(r.metric) && numberOrNull(r.mean) !== null)
    .map((r) => ({ scenario: r.scenario, date: r.date, kind: titleOf.get(r.metric), members: round(r.mean) }));
  if (values.length === 0) return null;
  const present = MEMBER_KINDS.map((k) => titleOf.get(k.column)!).filter((t) => values.some((v) => v.kind === t));
  const constant = present.filter((t) => new Set(values.filter((v) => v.kind === t).map((v) => v.members)).size === 1);
  const kinds = present.filter((t) => !constant.includes(t));
  if (kinds.length === 0) return null;
  const runs = options.runs ? ` of ${options.runs} runs` : '';
  const fixed = constant.map((t) => `${t} ${formatCount(values.find((v) => v.kind === t)!.members)}`);
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Members by kind',
      anchor: 'start',
      subtitle: [
        `lines: ensemble mean${runs}`,
        ...markersNote(options.markers ?? []),
        ...(fixed.length > 0 ? wrapLabel(`not shown, the same throughout: ${fixed.join(', ')}`, 90) : []),
      ],
    },
    description: 'Members of each kind over time, the ensemble mean of each scenario, a panel per kind that changes.',
    data: { values: values.filter((v) => kinds.includes(v.kind!)) },
    facet: { field: 'kind', type: 'nominal', title: null, sort: kinds, header: { labelFontWeight: 'bold' } },
    columns: gridColumns(kinds.length, 2),
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: kinds.length === 1 ? 480 : 260,
      height: kinds.length === 1 ? 240 : 170,
      layer: [
        {
          mark: { type: 'line', tooltip: true },
          encoding: {
            x: monthX(),
            y: { field: 'members', type: 'quantitative', title: 'members', scale: { zero: false } },
            color: {
              field: 'scenario',
              type: 'nominal',
              scale: scenarioColorScale(scenarios),
              legend: lineLegend(scenarios, 'scenario', 'top'),
            },
          },
        },
        ...markerLayers(options.markers ?? [], monthX(), dateRange(values), kinds.length === 1),
      ],
    },
  } as unknown as ChartSpec;
}
