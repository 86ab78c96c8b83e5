// The policy dates of the scenarios, marked on charts over time: a vertical rule at each month a policy takes effect
// (dashed where a ramp reaches its values), labelled with the month and what changes. Read from the scenarios as
// resolved (a run's manifest, a comparison's manifest); a chart without them has no marks.
import { policyChangeWords, policyMonths, monthWords } from '../scenario/describe.js';
import type { Policy } from '../scenario/schema.js';

/** What charts and reports know of a scenario: its name, what it asks, its calendar and its policy timeline. */
export interface ScenarioInfo {
  name: string;
  description?: string;
  startYear?: number;
  steps?: number;
  policies?: Policy[];
}

/** A month to mark: a rule, solid where policies take effect and dashed where a ramp reaches its values. */
export interface PolicyMarker {
  /** YYYY-MM. */
  date: string;
  /** The label's lines: the month, then each change. */
  lines: string[];
  ramped: boolean;
}

const DEFAULT_START_YEAR = 2005;

/** A policy's short name: its label, else what it changes. */
function policyName(policy: Policy, startYear: number): string {
  return policy.label ?? policyChangeWords(policy, startYear);
}

/** The months of every scenario's policies, merged by month (each change named once), in calendar order. */
export function policyMarkers(scenarios: readonly ScenarioInfo[]): PolicyMarker[] {
  const byMonth = new Map<string, { names: string[]; ramped: boolean }>();
  const add = (date: string, name: string, ramped: boolean) => {
    const entry = byMonth.get(`${date}\u0000${ramped}`) ?? { names: [], ramped };
    if (!entry.names.includes(name)) entry.names.push(name);
    byMonth.set(`${date}\u0000${ramped}`, entry);
  };
  for (const scenario of scenarios) {
    const startYear = scenario.startYear ?? DEFAULT_START_YEAR;
    for (const policy of scenario.policies ?? []) {
      const { from, to } = policyMonths(policy, startYear);
      const name = policyName(policy, startYear);
      add(from, name, false);
      if (to !== undefined) add(to, `${name}: complete`, true);
    }
  }
  return [...byMonth.entries()]
    .map(([key, { names, ramped }]) => {
      const date = key.split('\u0000')[0];
      return { date, lines: [monthWords(date), ...names], ramped };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.ramped) - Number(b.ramped)));
}

/** What the rules of a chart's markers are, for its subtitle; nothing when it has none. */
export function markersNote(markers: readonly PolicyMarker[]): string[] {
  if (markers.length === 0) return [];
  return [`vertical rules: policy dates${markers.some((m) => m.ramped) ? ' (dashed: a ramp complete)' : ''}`];
}

/** The first and last month of rows with a `date` (YYYY-MM), or undefined without rows. */
export function dateRange(rows: readonly { date?: unknown }[]): [string, string] | undefined {
  const dates = rows
    .map((r) => r.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  return dates.length > 0 ? [dates[0], dates[dates.length - 1]] : undefined;
}

/** Months since year 0 of a YYYY-MM month. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * The layers that draw markers on a chart whose x is a month field (monthX): a rule per marker, its label at the top
 * (where policies take effect) or at the bottom (where a ramp is complete), to the right of the rule, or to its left in
 * the last third of `range` (the chart's first and last month) so that it stays inside the plot. Small panels draw
 * the rules alone (`labelled` false), their subtitle says what they are.
 */
export function markerLayers(
  markers: readonly PolicyMarker[],
  x: Record<string, unknown>,
  range?: readonly [string, string],
  labelled = true,
): Record<string, unknown>[] {
  if (markers.length === 0) return [];
  const span = range ? monthIndex(range[1]) - monthIndex(range[0]) : 0;
  const late = (date: string) => span > 0 && (monthIndex(date) - monthIndex(range![0])) / span > 0.66;
  const values = markers.map((m) => ({ date: m.date, lines: m.lines, ramped: m.ramped, late: late(m.date) }));
  const label = (ramped: boolean, isLate: boolean) => ({
    data: { values: values.filter((v) => v.ramped === ramped && v.late === isLate) },
    mark: {
      type: 'text',
      align: isLate ? 'right' : 'left',
      dx: isLate ? -3 : 3,
      ...(ramped ? { baseline: 'bottom', y: 'height', dy: -3 } : { baseline: 'top', y: 3 }),
      fontSize: 9,
      lineHeight: 11,
      color: '#333333',
    },
    encoding: { x, text: { field: 'lines' } },
  });
  return [
    {
      name: 'policy_rules',
      data: { values },
      mark: { type: 'rule', color: '#333333', strokeWidth: 1 },
      encoding: { x, strokeDash: { condition: { test: 'datum.ramped', value: [4, 3] }, value: [1, 0] } },
    },
    ...[false, true].flatMap((ramped) =>
      !labelled
        ? []
        : [false, true]
            .filter((l) => values.some((v) => v.ramped === ramped && v.late === l))
            .map((l) => label(ramped, l)),
    ),
  ];
}
