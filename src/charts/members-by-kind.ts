// Members over time by kind (firms, professors, research institutes, support agencies): a run's counts or an ensemble's
// means.
import type { Row } from '../metrics/recorder.js';
import { PANEL, VL_SCHEMA, monthX, numberOrNull, round } from './common.js';
import { KIND_COLORS, MEMBER_KINDS } from './outcomes.js';
import type { ChartSpec, EnsembleRow } from './types.js';

const color = { field: 'kind', type: 'nominal' as const, title: 'kind', scale: KIND_COLORS };

export function runMembersByKindSpec(rows: readonly Row[]): ChartSpec {
  const values = rows.flatMap((row) =>
    MEMBER_KINDS.map(({ kind, column }) => ({ date: row.date, kind, members: numberOrNull(row[column]) })),
  );
  return {
    $schema: VL_SCHEMA,
    title: 'Members by kind',
    ...PANEL,
    data: { values },
    mark: { type: 'line', tooltip: true },
    encoding: { x: monthX(), y: { field: 'members', type: 'quantitative', title: 'members' }, color },
  };
}

/** Ensemble mean members by kind, a panel per scenario; null when the rows hold no member counts by kind. */
export function ensembleMembersByKindSpec(
  rows: readonly EnsembleRow[],
  scenarios: readonly string[],
): ChartSpec | null {
  const kindOf = new Map(MEMBER_KINDS.map((k) => [k.column, k.kind]));
  const values = rows
    .filter((r) => kindOf.has(r.metric) && numberOrNull(r.mean) !== null)
    .map((r) => ({ scenario: r.scenario, date: r.date, kind: kindOf.get(r.metric), members: round(r.mean) }));
  if (values.length === 0) return null;
  return {
    $schema: VL_SCHEMA,
    title: 'Members by kind (ensemble mean)',
    data: { values },
    facet: { field: 'scenario', type: 'nominal', title: null, sort: [...scenarios] },
    columns: 3,
    spec: {
      width: 260,
      height: 180,
      mark: { type: 'line', tooltip: true },
      encoding: { x: monthX(), y: { field: 'members', type: 'quantitative', title: 'members' }, color },
    },
  };
}
