// clustersim report's library side: reads a run or compare folder (manifest, summary, compare.json, charts/*.vl.json),
// inlines the vega browser builds from node_modules, and writes DIR/report.html atomically.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CompareJson } from '../charts/types.js';
import { writeFileAtomically } from '../output/atomic.js';
import { addFilesToFolder } from '../output/in-place.js';
import { packageFile } from '../render/package-file.js';
import { findSpecFiles, readSpec } from '../render/plot-folder.js';
import { buildReportHtml, type ReportInput, type ReportLibraries } from './report-html.js';

export const REPORT_FILE = 'report.html';

/** A folder the report cannot be made of: a broken JSON file, or no clustersim outputs at all. */
export class ReportInputError extends Error {}

/** The browser builds of vega, vega-lite and vega-embed, as text. */
export async function readLibraries(): Promise<ReportLibraries> {
  const [vega, vegaLite, vegaEmbed] = await Promise.all([
    readFile(packageFile('vega', 'build/vega.min.js'), 'utf8'),
    readFile(packageFile('vega-lite', 'build/vega-lite.min.js'), 'utf8'),
    readFile(packageFile('vega-embed', 'build/vega-embed.min.js'), 'utf8'),
  ]);
  return { vega, vegaLite, vegaEmbed };
}

/** A JSON file of the folder, or undefined when absent; a JSON error names the file. */
async function readJson<T>(dir: string, name: string): Promise<T | undefined> {
  const path = join(dir, name);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new ReportInputError(`${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** What the report of a folder shows; `charts` is empty when the folder has no specs. */
export async function readReportInput(dir: string): Promise<Omit<ReportInput, 'libraries'>> {
  const charts: Record<string, unknown> = {};
  for (const file of await findSpecFiles(dir)) charts[basename(file)] = await readSpec(file);
  return {
    manifest: await readJson<Record<string, unknown>>(dir, 'manifest.json'),
    summary: await readJson<ReportInput['summary']>(dir, 'summary.json'),
    compare: await readJson<CompareJson>(dir, 'compare.json'),
    charts,
  };
}

export interface WrittenReport {
  path: string;
  charts: number;
  bytes: number;
}

/** Writes DIR/report.html. */
export async function writeReport(dir: string): Promise<WrittenReport> {
  const input = await readReportInput(dir);
  const charts = Object.keys(input.charts).length;
  if (!input.manifest && !input.summary && !input.compare && charts === 0) {
    throw new ReportInputError(
      `${dir} holds no clustersim outputs (manifest.json, summary.json, compare.json or charts/*.vl.json)`,
    );
  }
  const html = buildReportHtml({ ...input, libraries: await readLibraries() });
  const path = join(dir, REPORT_FILE);
  await addFilesToFolder(dir, 'report', [path], () => writeFileAtomically(path, html));
  return { path, charts, bytes: Buffer.byteLength(html) };
}
