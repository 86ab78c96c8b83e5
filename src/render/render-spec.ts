// Renders a Vega-Lite spec without a browser:
//   1. vega-lite compile (with the chart font and CHART_CONFIG)
//   2. vega View, renderer 'none' -> toSVG()
//   3. resvg -> PNG, with DejaVu Sans from dejavu-fonts-ttf and no system fonts
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG } from '../charts/common.js';
import { CHART_FONT, chartFontFiles } from './fonts.js';
import { useChartTextWidths } from './text-width.js';

/** Step 1 and 2: SVG text of a Vega-Lite spec, its text set in DejaVu Sans and laid out by its widths. */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  useChartTextWidths();
  const vega = compile(spec, { config: { ...CHART_CONFIG, font: CHART_FONT } }).spec;
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Pixels per SVG unit (default 2). */
  scale?: number;
  /** Font files (default: DejaVu Sans); [] renders without fonts, which drops all text (for tests). */
  fontFiles?: string[];
}

/** Step 3: PNG bytes of an SVG. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: { fontFiles: options.fontFiles ?? chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT },
  });
  return resvg.render().asPng();
}
