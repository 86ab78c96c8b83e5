// A small live line chart on a canvas: a few series against the step, y from 0 to a round maximum, redrawn whole.
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

export interface LineChart {
  /** Forgets the data; the x axis runs from step 0 to horizon. */
  reset(horizon: number): void;
  push(step: number, values: readonly number[]): void;
  draw(): void;
}

const MARGIN = { left: 46, right: 10, bottom: 20 };
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
    ctx.fillStyle = '#444';
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

function drawAxes(
  ctx: CanvasRenderingContext2D,
  { top, w, h }: Plot,
  yMax: number,
  horizon: number,
  format: (v: number) => string,
): void {
  ctx.strokeStyle = '#d5d8de';
  ctx.lineWidth = 1;
  ctx.strokeRect(MARGIN.left + 0.5, top + 0.5, w, h);
  ctx.font = FONT;
  ctx.fillStyle = '#666';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(format(yMax), MARGIN.left - 4, top);
  ctx.fillText(format(0), MARGIN.left - 4, top + h);
  ctx.textBaseline = 'top';
  ctx.fillText(`step ${horizon}`, MARGIN.left + w, top + h + 4);
  ctx.textAlign = 'left';
  ctx.fillText('0', MARGIN.left, top + h + 4);
}

export function createLineChart(canvas: HTMLCanvasElement, options: LineChartOptions): LineChart {
  let horizon = 1;
  const steps: number[] = [];
  const data: number[][] = options.series.map(() => []);

  function draw(): void {
    const { ctx, width, height } = fitCanvas(canvas);
    ctx.clearRect(0, 0, width, height);
    const top = drawLegend(ctx, options, width);
    const w = width - MARGIN.left - MARGIN.right;
    const h = Math.max(10, height - top - MARGIN.bottom);
    const yMax = niceCeil(data.reduce((m, d) => d.reduce((a, b) => Math.max(a, b), m), 0));
    drawAxes(ctx, { top, w, h }, yMax, horizon, options.format);
    const px = (step: number) => MARGIN.left + (step / horizon) * w;
    const py = (v: number) => top + h - (v / yMax) * h;
    ctx.lineWidth = 1.6;
    ctx.lineJoin = 'round';
    data.forEach((values, k) => {
      if (values.length === 0) return;
      ctx.strokeStyle = options.series[k].colour;
      ctx.beginPath();
      ctx.moveTo(px(steps[0]), py(values[0]));
      for (let i = 1; i < values.length; i++) ctx.lineTo(px(steps[i]), py(values[i]));
      ctx.stroke();
    });
    canvas.dataset.points = String(steps.length);
    canvas.dataset.last = steps.length ? data.map((d) => d[d.length - 1]).join(',') : '';
  }

  return {
    reset(h: number) {
      horizon = Math.max(1, h);
      steps.length = 0;
      for (const d of data) d.length = 0;
    },
    push(step: number, values: readonly number[]) {
      steps.push(step);
      values.forEach((v, k) => data[k].push(Number.isFinite(v) ? v : 0));
    },
    draw,
  };
}
