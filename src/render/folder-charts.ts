// The chart specs of a folder built again from its data, so that `plot` and `report` draw what the current charts draw,
// for every kind of folder clustersim writes:
//   run          charts/: outcomes over time, members by kind, tasks per year (timeseries.csv, summary.json,
//                manifest.json for the policy dates); the network drawings and degrees stay as the run wrote them
//   compare      charts/: the comparison, the forest plot of differences, outcomes over time with the policy dates,
//                members, tasks (compare.json, timeseries.csv, the scenarios if manifest.json or compare.json hold them)
//   sweep        sweep-<parameter>.vl.json per swept parameter (runs.csv, experiment.json)
//   sensitivity  morris.vl.json (morris.csv) or sobol.vl.json (sobol.csv, experiment.json)
//   calibrate    calibration.vl.json (points.csv, experiment.json)
//   check        check.vl.json (check.json)
//   robustness   charts/robustness-<parameter>.vl.json per varied parameter (robustness.csv)
// Paths are relative to the folder.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { calibrationChartSpec } from '../charts/calibration.js';
import { checkChartSpec, checkChartTitle, type CheckChartRow } from '../charts/check.js';
import { compareChartSpecs } from '../charts/compare-charts.js';
import { morrisChartSpec, morrisSubtitle, type MorrisChartRow } from '../charts/morris.js';
import { robustnessChartSpecs, type RobustnessChartRow } from '../charts/robustness.js';
import { runChartSpecs } from '../charts/run-charts.js';
import { sobolChartSpec, sobolSubtitle, type SobolChartRow } from '../charts/sobol.js';
import { sweepChartSpecs } from '../charts/sweep.js';
import { stringifySpec } from '../charts/stringify.js';
import type { ChartSpecs } from '../charts/types.js';
import type { Row } from '../metrics/recorder.js';
import { parseEnsembleCsv } from './ensemble-csv.js';
import { writeFileAtomically } from '../output/atomic.js';
import { addFilesToFolder } from '../output/in-place.js';
import { FolderDataError, readFolderCsv, readFolderData, type FolderData } from './folder-data.js';
import { CHARTS_FOLDER } from './write-chart-specs.js';

/** The parameter paths of an experiment's manifest: its `params` ("path=values") up to the "=". */
export function experimentPaths(experiment: Record<string, unknown> | undefined): string[] {
  const params = experiment?.params;
  if (!Array.isArray(params)) return [];
  return params.map((p) => String(p).split('=')[0]).filter((p) => p !== '');
}

/** Rows of a table that must be there once its folder is complete; a table without a column it needs is an error. */
function requireColumns(rows: readonly Record<string, unknown>[], columns: readonly string[], file: string): void {
  const missing = columns.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (missing.length > 0) throw new FolderDataError(`${file} lacks the column(s) ${missing.join(', ')}`);
}

const inCharts = (specs: ChartSpecs): ChartSpecs =>
  Object.fromEntries(Object.entries(specs).map(([name, spec]) => [`${CHARTS_FOLDER}/${name}`, spec]));

async function runSpecs(data: FolderData): Promise<ChartSpecs> {
  const rows = (await readFolderCsv(data.dir, 'timeseries.csv')) as Row[] | undefined;
  if (!rows || rows.length === 0) return {};
  const years = Array.isArray(data.summary?.tasksSolvedPerYear) ? data.summary.tasksSolvedPerYear : [];
  return inCharts(
    runChartSpecs({ rows, summary: { tasksSolvedPerYear: years } }, [], {
      ...(data.scenarios[0] ? { scenario: data.scenarios[0] } : {}),
    }),
  );
}

async function compareSpecs(data: FolderData): Promise<ChartSpecs> {
  if (!data.compare) return {};
  const path = join(data.dir, 'timeseries.csv');
  let rows: ReturnType<typeof parseEnsembleCsv> = [];
  if (existsSync(path)) {
    try {
      rows = parseEnsembleCsv(await readFile(path, 'utf8'));
    } catch (error) {
      throw new FolderDataError(`${path}: ${(error as Error).message}`);
    }
  }
  return inCharts(compareChartSpecs(data.compare, rows, [], { scenarios: data.scenarios }));
}

async function sweepSpecs(data: FolderData): Promise<ChartSpecs> {
  const rows = await readFolderCsv(data.dir, 'runs.csv');
  const paths = experimentPaths(data.experiment);
  if (!rows || rows.length === 0 || paths.length === 0) return {};
  requireColumns(rows, paths, join(data.dir, 'runs.csv'));
  return sweepChartSpecs({ rows, paths });
}

/** The name of a scenario as an experiment's manifest holds it (the scenario itself), or undefined. */
const scenarioName = (scenario: unknown) =>
  scenario && typeof scenario === 'object' && typeof (scenario as { name?: unknown }).name === 'string'
    ? (scenario as { name: string }).name
    : undefined;

async function sensitivitySpecs(data: FolderData): Promise<ChartSpecs> {
  const e = data.experiment ?? {};
  const morris = await readFolderCsv(data.dir, 'morris.csv');
  if (morris && morris.length > 0) {
    requireColumns(morris, ['outcome', 'parameter', 'muStar', 'sigma'], join(data.dir, 'morris.csv'));
    const subtitle = typeof e.trajectories === 'number' ? morrisSubtitle(e.trajectories, e.runs) : undefined;
    return { 'morris.vl.json': morrisChartSpec(morris as unknown as MorrisChartRow[], subtitle) };
  }
  const sobol = await readFolderCsv(data.dir, 'sobol.csv');
  if (sobol && sobol.length > 0) {
    requireColumns(sobol, ['outcome', 'parameter', 'S1', 'ST'], join(data.dir, 'sobol.csv'));
    const base = scenarioName(e.scenario);
    const policy = scenarioName(e.effect);
    const effect = base !== undefined && policy !== undefined ? { base, policy } : undefined;
    const subtitle = typeof e.samples === 'number' ? sobolSubtitle(e.samples, e.runs, effect) : undefined;
    return { 'sobol.vl.json': sobolChartSpec(sobol as unknown as SobolChartRow[], subtitle) };
  }
  return {};
}

async function calibrationSpecs(data: FolderData): Promise<ChartSpecs> {
  const points = await readFolderCsv(data.dir, 'points.csv');
  const paths = experimentPaths(data.experiment);
  if (!points || points.length === 0 || paths.length === 0) return {};
  requireColumns(points, ['distance', 'accepted', ...paths], join(data.dir, 'points.csv'));
  return { 'calibration.vl.json': calibrationChartSpec(points as Record<string, number | string>[], paths) };
}

function checkSpecs(data: FolderData): ChartSpecs {
  const c = data.check;
  if (!c || !Array.isArray(c.rows) || c.rows.length === 0) return {};
  const title = checkChartTitle(String(c.scenario), String(c.targets), Number(c.runs));
  return { 'check.vl.json': checkChartSpec(c.rows as CheckChartRow[], title) };
}

async function robustnessSpecs(data: FolderData): Promise<ChartSpecs> {
  const rows = await readFolderCsv(data.dir, 'robustness.csv');
  if (!rows || rows.length === 0) return {};
  requireColumns(
    rows,
    ['assumption', 'value', 'scenario', 'outcome', 'diff', 'diffLo', 'diffHi'],
    join(data.dir, 'robustness.csv'),
  );
  return inCharts(robustnessChartSpecs(rows as unknown as RobustnessChartRow[]));
}

/** The specs that can be built again from a folder's data, by path relative to the folder; {} for any other folder. */
export async function folderChartSpecs(data: FolderData): Promise<ChartSpecs> {
  switch (data.kind) {
    case 'run':
      return runSpecs(data);
    case 'compare':
      return compareSpecs(data);
    case 'sweep':
      return sweepSpecs(data);
    case 'sensitivity':
      return sensitivitySpecs(data);
    case 'calibrate':
      return calibrationSpecs(data);
    case 'robustness':
      return robustnessSpecs(data);
    case 'check':
      return checkSpecs(data);
    default:
      return {};
  }
}

/**
 * Builds a folder's specs again from its data and writes them (each atomically, under the folder's lock, recorded in its
 * marker), replacing the specs clustersim wrote before; returns the folder's data and the paths written.
 */
export async function refreshFolderCharts(
  dir: string,
  command: string,
  note?: (message: string) => void,
): Promise<{ data: FolderData; written: string[] }> {
  const data = await readFolderData(dir);
  const specs = await folderChartSpecs(data);
  const files = Object.entries(specs).map(([name, spec]) => [join(dir, name), stringifySpec(spec)] as const);
  if (files.length > 0) {
    await addFilesToFolder(
      dir,
      command,
      files.map(([path]) => path),
      async () => {
        for (const [path, text] of files) {
          await mkdir(dirname(path), { recursive: true });
          await writeFileAtomically(path, text);
        }
      },
      note,
    );
  }
  return { data, written: files.map(([path]) => path) };
}
