// The five live charts of the page: density, satisfaction, members by kind, ties by kind and the share of ties between
// mini-clusters, fed one StepRow a month
// by each run (the second run dashed), with dated x axes and the months to mark.
import { memberColumn } from '../../metrics/outcomes.js';
import { KIND_NAMES } from '../../scenario/schema.js';
import { formatNumber, type Lang, type Messages } from '../i18n/index.js';
import type { StepRow } from '../protocol.js';
import { createLineChart, type LineChart, type LineChartOptions, type Marker } from './line-chart.js';
import { CROSS_MC_COLOUR, DENSITY_COLOUR, KIND_COLOURS, SATISFACTION_COLOUR, TIE_SORT_COLOURS } from './palette.js';

interface ChartSpec extends LineChartOptions {
  id: string;
  values: (step: StepRow) => number[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The words of the tie sorts, in TIE_SORTS order. */
export const tieSortWords = (t: Messages) => [
  t.tieSorts.firmFirm,
  t.tieSorts.firmExpert,
  t.tieSorts.firmAgency,
  t.tieSorts.expertExpert,
  t.tieSorts.other,
];

/** The words of the kinds, in KIND_NAMES order. */
export const kindWords = (t: Messages) => KIND_NAMES.map((kind) => t.kinds[kind]);

function chartSpecs(t: Messages, lang: Lang): ChartSpec[] {
  const integer = (v: number) => formatNumber(lang, Math.round(v));
  return [
    {
      id: 'chart-density',
      title: t.charts.density,
      series: [{ label: t.readout.density, colour: DENSITY_COLOUR }],
      format: (v) => formatNumber(lang, v, v === 0 ? 0 : Math.max(0, 1 - Math.floor(Math.log10(v)))),
      values: (s) => [num(s.row.density)],
    },
    {
      id: 'chart-satisfaction',
      title: t.charts.satisfaction,
      series: [{ label: t.readout.satisfaction, colour: SATISFACTION_COLOUR }],
      format: (v) => formatNumber(lang, v, 1),
      values: (s) => [num(s.row.meanSatisfaction)],
    },
    {
      id: 'chart-members',
      title: t.charts.members,
      series: kindWords(t).map((label, k) => ({ label, colour: KIND_COLOURS[k] })),
      format: integer,
      values: (s) => KIND_NAMES.map((kind) => num(s.row[memberColumn(kind)])),
    },
    {
      id: 'chart-ties',
      title: t.charts.ties,
      series: tieSortWords(t).map((label, k) => ({ label, colour: TIE_SORT_COLOURS[k] })),
      format: integer,
      values: (s) => s.tiesBySort,
    },
    {
      id: 'chart-cross-mc',
      title: t.charts.crossMc,
      series: [{ label: t.charts.crossMcSeries, colour: CROSS_MC_COLOUR }],
      format: (v) => `${formatNumber(lang, v * 100, v > 0 && v < 0.1 ? 1 : 0)}%`,
      values: (s) => [num(s.row.crossMcTieShare)],
    },
  ];
}

export interface Charts {
  reset(horizon: number): void;
  setHorizon(horizon: number): void;
  push(rows: readonly StepRow[], run?: 0 | 1): void;
  clearSecond(): void;
  setMarkers(markers: readonly Marker[]): void;
  setDateOf(dateOf: (step: number) => string): void;
  draw(): void;
}

export function createCharts(t: Messages, lang: Lang): Charts {
  const charts: [ChartSpec, LineChart][] = chartSpecs(t, lang).map((spec) => {
    const canvas = document.getElementById(spec.id);
    if (!(canvas instanceof HTMLCanvasElement))
      throw new Error(`clustersim/charts: the page has no canvas #${spec.id}`);
    canvas.setAttribute('aria-label', spec.title);
    return [spec, createLineChart(canvas, spec)];
  });
  const each = (f: (chart: LineChart) => void) => charts.forEach(([, chart]) => f(chart));
  return {
    reset: (horizon) => each((c) => c.reset(horizon)),
    setHorizon: (horizon) => each((c) => c.setHorizon(horizon)),
    push: (rows, run = 0) => {
      for (const row of rows) for (const [spec, chart] of charts) chart.push(num(row.row.step), spec.values(row), run);
    },
    clearSecond: () => each((c) => c.clearSecond()),
    setMarkers: (markers) => each((c) => c.setMarkers(markers)),
    setDateOf: (dateOf) => each((c) => c.setDateOf(dateOf)),
    draw: () => each((c) => c.draw()),
  };
}
