// A parameter sweep (runs.csv of `clustersim sweep`): per swept parameter, a chart with a panel per outcome of the mean
// over seeds at each design point and its 95% interval, against the parameter's value; with two swept parameters the
// points of equal other value are joined and coloured by it. Outcomes that do not vary over the design are left out
// and named in the subtitle.
import { COMPARED_OUTCOMES } from '../metrics/outcomes.js';
import { parameterLabel } from '../scenario/describe.js';
import { meanInterval } from '../stats/interval.js';
import { VL_SCHEMA, chartFileName, round } from './common.js';
import { gridColumns, parameterLines, wrapLabel, wrappedLabelExpr } from './labels.js';
import { comparedUnit, comparisonTitle } from './outcomes.js';
import type { ChartSpec, ChartSpecs } from './types.js';

export interface SweepChartInput {
  /** One row per run: point, run, seed, the parameters' values, the outcomes (as runs.csv holds them). */
  rows: readonly Record<string, unknown>[];
  /** The swept parameters' paths, in --param order. */
  paths: readonly string[];
  /** Outcome columns to chart (default: the compared outcomes and target measures the rows hold). */
  outcomes?: readonly string[];
}

const numeric = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** An outcome column's panel title: the registry's, or the column's name for a target measure. */
const panelTitle = (column: string) => (column.startsWith('target:') ? column : comparisonTitle(column));

/** The outcome columns of a sweep's rows: the compared outcomes in compare order, then the target measures. */
export function sweepOutcomes(rows: readonly Record<string, unknown>[]): string[] {
  const columns = Object.keys(rows[0] ?? {});
  return [
    ...COMPARED_OUTCOMES.map((o) => o.name).filter((o) => columns.includes(o)),
    ...columns.filter((c) => c.startsWith('target:')),
  ];
}

interface PointSummary {
  point: string;
  params: Record<string, unknown>;
  runs: number;
  stats: Map<string, { mean: number; lo: number; hi: number }>;
}

/** Mean and 95% interval over seeds of every outcome at every design point. */
function summarisePoints(
  rows: readonly Record<string, unknown>[],
  paths: readonly string[],
  outcomes: readonly string[],
) {
  const byPoint = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = String(row.point ?? paths.map((p) => row[p]).join('\u0000'));
    (byPoint.get(key) ?? byPoint.set(key, []).get(key)!).push(row);
  }
  return [...byPoint].map(([point, runs]): PointSummary => {
    const stats = new Map<string, { mean: number; lo: number; hi: number }>();
    for (const o of outcomes) {
      const xs = runs.map((r) => numeric(r[o])).filter(Number.isFinite);
      if (xs.length > 0) stats.set(o, meanInterval(xs));
    }
    return { point, params: Object.fromEntries(paths.map((p) => [p, runs[0][p]])), runs: runs.length, stats };
  });
}

/** Whether an outcome's point means differ anywhere over the design. */
function varies(points: readonly PointSummary[], outcome: string): boolean {
  const means = points.map((p) => p.stats.get(outcome)?.mean).filter((m): m is number => m !== undefined);
  return means.some((m) => m !== means[0]);
}

/** The specs of a sweep: sweep-<parameter>.vl.json per swept parameter; none without rows. */
export function sweepChartSpecs(input: SweepChartInput): ChartSpecs {
  const { rows, paths } = input;
  if (rows.length === 0 || paths.length === 0) return {};
  const all = input.outcomes ?? sweepOutcomes(rows);
  const points = summarisePoints(rows, paths, all);
  const outcomes = all.filter((o) => varies(points, o));
  const constant = all.filter((o) => !outcomes.includes(o));
  if (outcomes.length === 0) return {};
  const runs = Math.max(...points.map((p) => p.runs));
  const specs: ChartSpecs = {};
  for (const path of paths) {
    const others = paths.filter((p) => p !== path);
    const byOther = others.length === 1 ? others[0] : undefined;
    const isNumeric = points.every((p) => Number.isFinite(numeric(p.params[path])));
    const values = points.flatMap((p) =>
      outcomes
        .filter((o) => p.stats.has(o))
        .map((o) => {
          const s = p.stats.get(o)!;
          return {
            point: p.point,
            outcome: panelTitle(o),
            value: isNumeric ? numeric(p.params[path]) : String(p.params[path]),
            ...(byOther ? { other: `${byOther} = ${p.params[byOther]}` } : {}),
            mean: round(s.mean),
            lo: round(s.lo),
            hi: round(s.hi),
          };
        }),
    );
    const x = {
      field: 'value',
      type: isNumeric ? ('quantitative' as const) : ('nominal' as const),
      title: parameterLines(path, 40),
      ...(isNumeric ? { scale: { zero: false } } : {}),
    };
    const color = byOther
      ? { field: 'other', type: 'nominal' as const, title: null, legend: { orient: 'top', labelLimit: 0 } }
      : { value: '#4c78a8' };
    const titles = outcomes.map(panelTitle);
    specs[chartFileName('sweep', path)] = {
      $schema: VL_SCHEMA,
      title: {
        text: `Sweep of ${parameterLabel(path)} (${path})`,
        anchor: 'start',
        subtitle: [
          `mean over the seeds at each design point (${runs} run${runs === 1 ? '' : 's'} each) and its 95% interval`,
          ...(others.length > 1 ? ['other swept parameters vary between the points at the same value'] : []),
          ...(constant.length > 0
            ? wrapLabel(`not shown, the same at every point: ${constant.map(panelTitle).join(', ')}`, 110)
            : []),
        ],
      },
      description: `Each outcome against ${path}: the mean over seeds at every design point of the sweep, with its 95% interval.`,
      data: { values },
      facet: {
        field: 'outcome',
        type: 'nominal',
        title: null,
        sort: titles,
        header: {
          labelFontWeight: 'bold',
          labelLimit: 0,
          labelExpr: wrappedLabelExpr(titles, (t) => {
            const unit = sweepUnit(outcomes[titles.indexOf(t)]);
            return unit ? [t, unit] : [t];
          }),
        },
      },
      columns: gridColumns(outcomes.length, 3),
      resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
      spec: {
        width: 180,
        height: 120,
        encoding: { x, color },
        layer: [
          ...(byOther && isNumeric
            ? [{ mark: { type: 'line', strokeWidth: 1 }, encoding: { y: { field: 'mean', type: 'quantitative' } } }]
            : []),
          {
            mark: { type: 'rule' },
            encoding: {
              y: { field: 'lo', type: 'quantitative', title: null, scale: { zero: false } },
              y2: { field: 'hi' },
            },
          },
          {
            mark: { type: 'point', filled: true, size: 40, opacity: 1, tooltip: { content: 'data' } },
            encoding: { y: { field: 'mean', type: 'quantitative' } },
          },
        ],
      },
    } as unknown as ChartSpec;
  }
  return specs;
}

/** The unit of a sweep's outcome column, for tables: the registry's, or '' for a target measure. */
export const sweepUnit = (column: string) => (column.startsWith('target:') ? '' : comparedUnit(column));
