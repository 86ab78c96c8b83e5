// Renders every Vega-Lite spec of a folder (DIR/charts/*.vl.json, or DIR/*.vl.json) to SVG and/or PNG beside the spec,
// each file written atomically, and reports how long each step took.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomically } from '../output/atomic.js';
import { specToSvg, svgToPng } from './render-spec.js';
import { CHARTS_FOLDER } from './write-chart-specs.js';

export const PLOT_FORMATS = ['svg', 'png'] as const;
export type PlotFormat = (typeof PLOT_FORMATS)[number];

export const SPEC_SUFFIX = '.vl.json';

/** A spec file that is not JSON or that Vega cannot draw. */
export class SpecFileError extends Error {}

export interface PlotOptions {
  formats?: readonly PlotFormat[];
  /** PNG pixels per SVG unit (default 2). */
  scale?: number;
}

export interface PlottedChart {
  spec: string;
  written: string[];
  svgMs: number;
  pngMs: number;
}

/** Spec files of a folder: those in DIR/charts/, else those in DIR itself; sorted by name. */
export async function findSpecFiles(dir: string): Promise<string[]> {
  const charts = join(dir, CHARTS_FOLDER);
  for (const folder of [charts, dir]) {
    if (!existsSync(folder)) continue;
    const names = (await readdir(folder)).filter((n) => n.endsWith(SPEC_SUFFIX)).sort();
    if (names.length > 0) return names.map((n) => join(folder, n));
  }
  return [];
}

/** Reads and parses a spec file. */
export async function readSpec(path: string): Promise<TopLevelSpec> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as TopLevelSpec;
  } catch (error) {
    throw new SpecFileError(`${path}: not a JSON spec (${(error as Error).message})`);
  }
}

/** Renders one spec file; returns what was written and the time of each step. */
export async function plotSpecFile(path: string, options: PlotOptions = {}): Promise<PlottedChart> {
  const formats = options.formats ?? PLOT_FORMATS;
  const base = path.slice(0, -SPEC_SUFFIX.length);
  const spec = await readSpec(path);
  let started = performance.now();
  let svg: string;
  try {
    svg = await specToSvg(spec);
  } catch (error) {
    throw new SpecFileError(`${path}: Vega cannot draw this spec (${(error as Error).message})`);
  }
  const svgMs = performance.now() - started;
  const written: string[] = [];
  if (formats.includes('svg')) {
    await writeFileAtomically(`${base}.svg`, svg);
    written.push(`${base}.svg`);
  }
  let pngMs = 0;
  if (formats.includes('png')) {
    started = performance.now();
    const png = svgToPng(svg, { scale: options.scale });
    pngMs = performance.now() - started;
    await writeFileAtomically(`${base}.png`, png);
    written.push(`${base}.png`);
  }
  return { spec: path, written, svgMs, pngMs };
}

/** Renders every spec file of a folder, one after the other. */
export async function plotFolder(dir: string, options: PlotOptions = {}): Promise<PlottedChart[]> {
  const plotted: PlottedChart[] = [];
  for (const path of await findSpecFiles(dir)) plotted.push(await plotSpecFile(path, options));
  return plotted;
}
