// clustersim report's library side: reads any folder clustersim writes (run, compare, sweep, sensitivity, calibrate,
// check), builds its chart specs again from its data (render/folder-charts.ts), inlines the vega browser builds from
// node_modules, and writes DIR/report.html atomically.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { join } from 'node:path';
import { writeFileAtomically } from '../output/atomic.js';
import { addFilesToFolder } from '../output/in-place.js';
import { refreshFolderCharts } from '../render/folder-charts.js';
import { FolderDataError, readFolderCsv, type FolderData } from '../render/folder-data.js';
import { packageFile } from '../render/package-file.js';
import { findSpecFiles, readSpec } from '../render/plot-folder.js';
import { parseEnsembleCsv } from '../render/ensemble-csv.js';
import { comparisonDates } from '../charts/compare-charts.js';
import { buildReportHtml, type ReportInput, type ReportLibraries } from './report-html.js';
import { existsSync } from 'node:fs';

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

/** The tables an experiment's report shows, parsed, by file name. */
const EXPERIMENT_TABLES = ['morris.csv', 'sobol.csv', 'fit.csv', 'points.csv'] as const;

async function experimentInput(data: FolderData): Promise<ReportInput['experiment']> {
  if (!data.experiment && !data.check) return undefined;
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const name of EXPERIMENT_TABLES) {
    const rows = await readFolderCsv(data.dir, name);
    if (rows && rows.length > 0) tables[name] = rows;
  }
  return { kind: data.kind, experiment: data.experiment, check: data.check, tables };
}

/** The first month and the horizon of a comparison, from its timeseries.csv (else from its scenarios). */
async function datesOf(data: FolderData): Promise<ReportInput['dates']> {
  const path = join(data.dir, 'timeseries.csv');
  const rows = data.compare && existsSync(path) ? parseEnsembleCsv(await readFile(path, 'utf8')) : [];
  return comparisonDates(rows, data.scenarios);
}

/**
 * What the report of a folder shows; `charts` is empty when the folder has no specs. The folder's specs are built again
 * from its data first (and written), so that the report and `plot` show the same charts.
 */
export async function readReportInput(dir: string): Promise<Omit<ReportInput, 'libraries'>> {
  let data: FolderData;
  try {
    ({ data } = await refreshFolderCharts(dir, 'report'));
  } catch (error) {
    if (error instanceof FolderDataError) throw new ReportInputError(error.message);
    throw error;
  }
  const charts: Record<string, unknown> = {};
  for (const file of await findSpecFiles(dir)) charts[basename(file)] = await readSpec(file);
  return {
    manifest: data.manifest,
    summary: data.summary as ReportInput['summary'],
    compare: data.compare,
    scenarios: data.scenarios,
    dates: data.compare ? await datesOf(data) : undefined,
    experiment: await experimentInput(data),
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
  if (!input.manifest && !input.summary && !input.compare && !input.experiment && charts === 0) {
    throw new ReportInputError(
      `${dir} holds no clustersim outputs (manifest.json, summary.json, compare.json, experiment.json, check.json or charts/*.vl.json)`,
    );
  }
  const html = buildReportHtml({ ...input, libraries: await readLibraries() });
  const path = join(dir, REPORT_FILE);
  await addFilesToFolder(dir, 'report', [path], () => writeFileAtomically(path, html));
  return { path, charts, bytes: Buffer.byteLength(html) };
}
