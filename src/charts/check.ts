// The check against targets: each target's simulated mean and 95% interval in units of its tolerance from the observed
// figure, one panel per role (fitted, held out, inputs, on one x scale); the band is a pass. Inputs are grey: a
// parameter is set to them, they are not tests.
import { VL_SCHEMA, round } from './common.js';
import type { ChartSpec } from './types.js';

/**
 * One target of a check (a row of check.csv or of check.json's rows); a number that could not be taken may be null, as
 * check.json writes it.
 */
export interface CheckChartRow {
  id: string;
  role: string;
  source: string;
  observed: number;
  tolerance: number;
  mean: number | null;
  lo: number | null;
  hi: number | null;
  deviation: number | null;
  pass: boolean;
}

/** The panels of the check chart, in order, and their titles. */
const ROLE_TITLES: Record<string, string> = {
  fitted: 'fitted (used by calibrate)',
  heldout: 'held out (never used by calibrate)',
  input: 'inputs (not tests)',
};

/** A number of a row, null (check.json's non-finite number) as NaN so that it is charted as missing. */
const num = (x: number | null) => (x === null ? Number.NaN : x);

/** The title check gives its chart: "<scenario> against <targets> (<runs> runs)". */
export const checkChartTitle = (scenario: string, targets: string, runs: number) =>
  `${scenario} against ${targets} (${runs} runs)`;

export function checkChartSpec(rows: readonly CheckChartRow[], title: string): ChartSpec {
  const values = rows.map((r) => ({
    target: r.id,
    role: ROLE_TITLES[r.role] ?? r.role,
    source: r.source,
    observed: r.observed,
    simulated: round(num(r.mean)),
    deviation: round(num(r.deviation)),
    lo: round(r.tolerance > 0 ? (num(r.lo) - r.observed) / r.tolerance : 0),
    hi: round(r.tolerance > 0 ? (num(r.hi) - r.observed) / r.tolerance : 0),
    result: r.role === 'input' ? 'input, not a test' : r.pass ? 'pass' : 'fail',
  }));
  const roles = Object.values(ROLE_TITLES).filter((t) => values.some((v) => v.role === t));
  const y = { field: 'target', type: 'nominal', sort: rows.map((r) => r.id), title: null, axis: { labelLimit: 320 } };
  const panel = (role: string) => ({
    title: { text: role, anchor: 'start', fontSize: 12 },
    transform: [{ filter: { field: 'role', equal: role } }],
    width: 420,
    height: { step: 16 },
    encoding: { y },
    layer: [
      {
        mark: { type: 'rect', color: '#e8e8e8' },
        encoding: { x: { datum: -1, type: 'quantitative' }, x2: { datum: 1 } },
      },
      {
        mark: { type: 'rule', color: '#888' },
        encoding: { x: { datum: 0, type: 'quantitative' } },
      },
      {
        mark: 'rule',
        encoding: {
          x: { field: 'lo', type: 'quantitative', title: 'deviation in tolerances' },
          x2: { field: 'hi' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
        encoding: {
          x: { field: 'deviation', type: 'quantitative' },
          color: {
            field: 'result',
            type: 'nominal',
            scale: { domain: ['pass', 'fail', 'input, not a test'], range: ['#2a7f3f', '#c0392b', '#999999'] },
            title: null,
          },
        },
      },
    ],
  });
  return {
    $schema: VL_SCHEMA,
    title: {
      text: title,
      anchor: 'start',
      subtitle: '(simulated - observed) / tolerance: mean and 95% interval of the runs; the grey band passes',
    },
    description:
      "Each target's simulated mean and 95% interval, in units of its tolerance from the observed figure, by role.",
    data: { values },
    vconcat: roles.map(panel),
    resolve: { scale: { x: 'shared' } },
  } as unknown as ChartSpec;
}
