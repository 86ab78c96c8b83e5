// What sweep, sensitivity and calibrate write beside their streamed runs.csv, each file atomically, and the tables they
// print.
import { join } from 'node:path';
import { writeFileAtomically } from '../output/atomic.js';
import { addFilesToFolder } from '../output/in-place.js';
import { toCsv } from '../output/csv.js';
import type { CalibrationResult } from './calibrate.js';
import { calibrationChartSpec, morrisChartSpec } from './charts.js';
import { alignTable, fmt } from '../output/text-table.js';
import { manifestText } from './manifest.js';
import type { SensitivityResult } from './sensitivity.js';

export const SENSITIVITY_FILES = ['experiment.json', 'runs.csv', 'morris.csv', 'morris.vl.json'] as const;
export const CALIBRATION_FILES = [
  'experiment.json',
  'runs.csv',
  'points.csv',
  'accepted.csv',
  'fit.csv',
  'best.json',
  'calibration.vl.json',
] as const;

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function formatMorrisTable(result: SensitivityResult): string {
  const lines = [['outcome', 'parameter', 'mu*', 'sigma', 'mu', 'rank']];
  for (const r of result.rows)
    lines.push([r.outcome, r.parameter, fmt(r.muStar), fmt(r.sigma), fmt(r.mu), String(r.rank)]);
  return (
    `Morris elementary effects per unit of each parameter's range: ${result.points} points x ${result.runs} seeds\n` +
    alignTable(lines)
  );
}

export async function writeSensitivity(dir: string, result: SensitivityResult): Promise<void> {
  const files = {
    'morris.csv': toCsv(result.rows.map((r) => ({ ...r }))),
    'morris.vl.json': json(morrisChartSpec(result.rows)),
  };
  await writeFiles(dir, 'sensitivity', files);
}

/**
 * Writes result files into an experiment's folder, under its lock, each atomically; never over a file clustersim did
 * not write.
 */
async function writeFiles(dir: string, command: string, files: Record<string, string>): Promise<void> {
  const paths = Object.keys(files).map((name) => join(dir, name));
  await addFilesToFolder(dir, command, paths, async () => {
    for (const [name, text] of Object.entries(files)) await writeFileAtomically(join(dir, name), text);
  });
}

/** The fit of the best point, target by target. */
export function fitRows(result: CalibrationResult): Record<string, unknown>[] {
  return result.targets.map((t, i) => {
    const mean = result.best.means[i];
    const accepted = result.points.filter((p) => p.accepted).map((p) => p.means[i]);
    return {
      target: t.id,
      source: t.source,
      observed: t.observed,
      tolerance: t.tolerance,
      simulated: mean,
      deviation: (mean - t.observed) / (t.tolerance || 1),
      pass: Math.abs(mean - t.observed) <= t.tolerance,
      acceptedMin: Math.min(...accepted),
      acceptedMax: Math.max(...accepted),
    };
  });
}

export function formatFitTable(result: CalibrationResult): string {
  const lines = [['target', 'observed', `best point (${result.runs} seeds)`, 'tolerance', 'result']];
  for (const r of fitRows(result))
    lines.push([
      String(r.target),
      fmt(r.observed as number),
      fmt(r.simulated as number),
      fmt(r.tolerance as number),
      r.pass ? 'pass' : 'FAIL',
    ]);
  const set = result.paths.map((p) => `${p}=${result.best.params[p]}`).join(' ');
  const passing = result.points.filter((p) => p.worst <= 1).length;
  return (
    `best of ${result.points.length} points: distance ${fmt(result.best.distance)}, worst target ${fmt(result.best.worst)} tolerances (point ${result.best.point}): ${set}\n` +
    `${passing} point(s) have every target within tolerance (worst <= 1)\n` +
    alignTable(lines)
  );
}

export async function writeCalibration(dir: string, result: CalibrationResult): Promise<void> {
  const ids = result.targets.map((t) => t.id);
  const row = (p: CalibrationResult['points'][number]) => ({
    point: p.point,
    distance: p.distance,
    worst: p.worst,
    accepted: p.accepted ? 'yes' : 'no',
    ...p.params,
    ...Object.fromEntries(ids.map((id, i) => [id, p.means[i]])),
  });
  const columns = ['point', 'distance', 'worst', 'accepted', ...result.paths, ...ids];
  const accepted = result.points.filter((p) => p.accepted);
  const summary = Object.fromEntries(
    result.paths.map((path) => {
      const values = accepted.map((p) => Number(p.params[path]));
      return [
        path,
        { min: Math.min(...values), mean: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values) },
      ];
    }),
  );
  const best = {
    point: result.best.point,
    distance: result.best.distance,
    worst: result.best.worst,
    runs: result.runs,
    params: result.best.params,
    set: result.paths.map((p) => `${p}=${result.best.params[p]}`),
    accepted: { points: accepted.length, ranges: summary },
  };
  await writeFiles(dir, 'calibrate', {
    'points.csv': toCsv(result.points.map(row), columns),
    'accepted.csv': toCsv(accepted.map(row), columns),
    'fit.csv': toCsv(fitRows(result)),
    'best.json': manifestText(best),
    'calibration.vl.json': json(
      calibrationChartSpec(
        result.points.map((p) => row(p) as Record<string, number | string>),
        result.paths,
      ),
    ),
  });
}
