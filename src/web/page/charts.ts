// The four live charts of the page: density, satisfaction, members by kind and ties by kind, fed one StepRow a step.
import { memberColumn } from '../../metrics/outcomes.js';
import { KIND_NAMES } from '../../scenario/schema.js';
import { TIE_SORTS, type StepRow } from '../protocol.js';
import { createLineChart, type LineChart, type LineChartOptions } from './line-chart.js';
import { KIND_COLOURS, KIND_LABELS, TIE_SORT_COLOURS } from './palette.js';

interface ChartSpec extends LineChartOptions {
  id: string;
  values: (step: StepRow) => number[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const integer = (v: number) => String(Math.round(v));

const CHARTS: readonly ChartSpec[] = [
  {
    id: 'chart-density',
    title: 'Density of the member network',
    series: [{ label: 'density', colour: '#4e79a7' }],
    format: (v) => v.toPrecision(2),
    values: (s) => [num(s.row.density)],
  },
  {
    id: 'chart-satisfaction',
    title: 'Mean satisfaction of members (0-1)',
    series: [{ label: 'satisfaction', colour: '#b07aa1' }],
    format: (v) => v.toFixed(1),
    values: (s) => [num(s.row.meanSatisfaction)],
  },
  {
    id: 'chart-members',
    title: 'Members by kind',
    series: KIND_LABELS.map((label, k) => ({ label, colour: KIND_COLOURS[k] })),
    format: integer,
    values: (s) => KIND_NAMES.map((kind) => num(s.row[memberColumn(kind)])),
  },
  {
    id: 'chart-ties',
    title: 'Ties by kind',
    series: TIE_SORTS.map((label, k) => ({ label, colour: TIE_SORT_COLOURS[k] })),
    format: integer,
    values: (s) => s.tiesBySort,
  },
];

export interface Charts {
  reset(horizon: number): void;
  push(rows: readonly StepRow[]): void;
  draw(): void;
}

export function createCharts(): Charts {
  const charts: [ChartSpec, LineChart][] = CHARTS.map((spec) => {
    const canvas = document.getElementById(spec.id);
    if (!(canvas instanceof HTMLCanvasElement))
      throw new Error(`clustersim/charts: the page has no canvas #${spec.id}`);
    return [spec, createLineChart(canvas, spec)];
  });
  return {
    reset: (horizon) => charts.forEach(([, chart]) => chart.reset(horizon)),
    push: (rows) => {
      for (const row of rows) for (const [spec, chart] of charts) chart.push(num(row.row.step), spec.values(row));
    },
    draw: () => charts.forEach(([, chart]) => chart.draw()),
  };
}
