// A small live line chart on a canvas: a few series against the month, y from 0 to a round maximum, redrawn whole;
// a second run's series dashed over the first, dated x ticks, and a dashed vertical marker at each month where a lever
// moved or a policy acted (the lesson's moment drawn stronger).
import { fitCanvas, niceCeil } from './canvas.js';

export interface SeriesSpec {
  label: string;
  colour: string;
}

export interface LineChartOptions {
  title: string;
  series: readonly SeriesSpec[];
  /** Formats a y value for the axis. */
  format: (value: number) => string;
}

/** A month to mark: a lever moved, a policy acted, or (strong) the moment a lesson asks to look at. */
export interface Marker {
  step: number;
  label: string;
  strong?: boolean;
}

/** One run's points: the months and, per series, the values. */
interface Points {
  steps: number[];
  data: number[][];
}

export interface LineChart {
  /** Forgets the data of both runs; the x axis runs from month 0 to horizon. */
  reset(horizon: number): void;
  /** Moves the end of the x axis (a run that goes on past its last month). */
  setHorizon(horizon: number): void;
  /** Adds a month's values to the first run (run 0) or the second (run 1). */
  push(step: number, values: readonly number[], run?: 0 | 1): void;
  /** Forgets the second run's points. */
  clearSecond(): void;
  setMarkers(markers: readonly Marker[]): void;
  /** The x axis' words for a month (a date). */
  setDateOf(dateOf: (step: number) => string): void;
  draw(): void;
}

const MARGIN = { left: 46, right: 12, bottom: 20 };
const FONT = '11px system-ui, sans-serif';

/** Draws the title and the legend, wrapping it to the width; returns where the plot may start. */
function drawLegend(ctx: CanvasRenderingContext2D, options: LineChartOptions, width: number): number {
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.fillStyle = '#222';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(options.title, 6, 4);
  ctx.font = FONT;
  let x = 6;
  let y = 21;
  for (const s of options.series) {
    const w = 20 + ctx.measureText(s.label).width;
    if (x > 6 && x + w > width) {
      x = 6;
      y += 14;
    }
    ctx.fillStyle = s.colour;
    ctx.fillRect(x, y + 1, 9, 9);
    ctx.fillStyle = '#333';
    ctx.fillText(s.label, x + 12, y);
    x += w;
  }
  return y + 16;
}

interface Plot {
  top: number;
  w: number;
  h: number;
}

function drawAxes(ctx: CanvasRenderingContext2D, { top, w, h }: Plot, yMax: number, format: (v: number) => string) {
  ctx.strokeStyle = '#d5d8de';
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.strokeRect(MARGIN.left + 0.5, top + 0.5, w, h);
  ctx.font = FONT;
  ctx.fillStyle = '#555';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(format(yMax), MARGIN.left - 4, top);
  ctx.fillText(format(0), MARGIN.left - 4, top + h);
}

/** Dated ticks at the start, the end and, where there is room, the middle of the x axis. */
function drawTicks(ctx: CanvasRenderingContext2D, { top, w, h }: Plot, horizon: number, dateOf: (s: number) => string) {
  ctx.font = FONT;
  ctx.fillStyle = '#555';
  ctx.textBaseline = 'top';
  const ticks = w > 220 ? [0, Math.round(horizon / 2), horizon] : [0, horizon];
  ticks.forEach((step, k) => {
    ctx.textAlign = k === 0 ? 'left' : k === ticks.length - 1 ? 'right' : 'center';
    ctx.fillText(dateOf(step), MARGIN.left + (step / horizon) * w, top + h + 4);
  });
}

function drawMarkers(ctx: CanvasRenderingContext2D, { top, w, h }: Plot, horizon: number, markers: readonly Marker[]) {
  for (const m of markers) {
    if (m.step < 0 || m.step > horizon) continue;
    const x = Math.round(MARGIN.left + (m.step / horizon) * w) + 0.5;
    ctx.strokeStyle = m.strong ? '#000000' : '#6b7280';
    ctx.lineWidth = m.strong ? 2 : 1;
    ctx.setLineDash(m.strong ? [6, 3] : [3, 3]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + h);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

export function createLineChart(canvas: HTMLCanvasElement, options: LineChartOptions): LineChart {
  let horizon = 1;
  let markers: readonly Marker[] = [];
  let dateOf = (step: number) => String(step);
  const points = (): Points => ({ steps: [], data: options.series.map(() => []) });
  const runs: [Points, Points] = [points(), points()];
  const clear = (p: Points) => {
    p.steps.length = 0;
    for (const d of p.data) d.length = 0;
  };

  function drawRun(ctx: CanvasRenderingContext2D, p: Points, px: (s: number) => number, py: (v: number) => number) {
    p.data.forEach((values, k) => {
      if (values.length === 0) return;
      ctx.strokeStyle = options.series[k].colour;
      ctx.beginPath();
      ctx.moveTo(px(p.steps[0]), py(values[0]));
      for (let i = 1; i < values.length; i++) ctx.lineTo(px(p.steps[i]), py(values[i]));
      ctx.stroke();
    });
  }

  function draw(): void {
    const { ctx, width, height } = fitCanvas(canvas);
    ctx.clearRect(0, 0, width, height);
    const top = drawLegend(ctx, options, width);
    const plot = { top, w: width - MARGIN.left - MARGIN.right, h: Math.max(10, height - top - MARGIN.bottom) };
    const all = [...runs[0].data, ...runs[1].data];
    const yMax = niceCeil(all.reduce((m, d) => d.reduce((a, b) => Math.max(a, b), m), 0));
    drawAxes(ctx, plot, yMax, options.format);
    drawTicks(ctx, plot, horizon, dateOf);
    drawMarkers(ctx, plot, horizon, markers);
    const px = (step: number) => MARGIN.left + (step / horizon) * plot.w;
    const py = (v: number) => top + plot.h - (v / yMax) * plot.h;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 1.8;
    drawRun(ctx, runs[0], px, py);
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 1.6;
    drawRun(ctx, runs[1], px, py);
    ctx.setLineDash([]);
    const [first, second] = runs;
    canvas.dataset.points = String(first.steps.length);
    canvas.dataset.secondPoints = String(second.steps.length);
    canvas.dataset.secondLast = second.steps.length ? second.data.map((d) => d[d.length - 1]).join(',') : '';
    canvas.dataset.last = first.steps.length ? first.data.map((d) => d[d.length - 1]).join(',') : '';
    canvas.dataset.markers = markers.map((m) => m.step).join(',');
    canvas.dataset.horizon = String(horizon);
  }

  return {
    reset(h: number) {
      horizon = Math.max(1, h);
      runs.forEach(clear);
    },
    setHorizon: (h) => void (horizon = Math.max(1, h)),
    push(step: number, values: readonly number[], run: 0 | 1 = 0) {
      const p = runs[run];
      p.steps.push(step);
      values.forEach((v, k) => p.data[k].push(Number.isFinite(v) ? v : 0));
    },
    clearSecond: () => clear(runs[1]),
    setMarkers: (m) => void (markers = m),
    setDateOf: (d) => void (dateOf = d),
    draw,
  };
}
