// What sweep, sensitivity and calibrate write beside their streamed runs.csv, each file atomically, and the tables they
// print.
import { join } from 'node:path';
import { calibrationChartSpec } from '../charts/calibration.js';
import { morrisChartSpec, morrisSubtitle } from '../charts/morris.js';
import { sobolChartSpec, sobolSubtitle } from '../charts/sobol.js';
import { stringifySpec } from '../charts/stringify.js';
import { writeFileAtomically } from '../output/atomic.js';
import { addFilesToFolder } from '../output/in-place.js';
import { toCsv } from '../output/csv.js';
import type { CalibrationResult } from './calibrate.js';
import { alignTable, fmt } from '../output/text-table.js';
import { manifestText } from './manifest.js';
import type { SensitivityResult } from './sensitivity.js';
import type { SobolResult } from './sobol.js';

export const SENSITIVITY_FILES = [
  'experiment.json',
  'runs.csv',
  'runs.parquet',
  'morris.csv',
  'morris.vl.json',
  'manifest.json',
] as const;
export const CALIBRATION_FILES = [
  'experiment.json',
  'runs.csv',
  'runs.parquet',
  'points.csv',
  'accepted.csv',
  'fit.csv',
  'best.json',
  'calibration.vl.json',
  'manifest.json',
] as const;

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
    'morris.vl.json': stringifySpec(morrisChartSpec(result.rows, morrisSubtitle(result.trajectories, result.runs))),
  };
  await writeFiles(dir, 'sensitivity', files);
}

/**
 * The Sobol table: per outcome, the variance and its seed-noise share, then S1 and ST of each parameter with intervals.
 * The seeds are common to all points, so a seed's own effect cancels out of the differences between points: the noise
 * share (within-point variance over seeds / runs, against the variance of the point means) is an upper bound, and can
 * exceed 100%.
 */
export function formatSobolTable(result: SobolResult): string {
  const lines = [['outcome', 'parameter', 'S1 [95% interval]', 'ST [95% interval]']];
  for (const r of result.rows) {
    lines.push([
      r.measure === 'effect' ? `${r.outcome} (effect)` : r.outcome,
      r.parameter,
      `${fmt(r.S1)} [${fmt(r.S1Lo)}, ${fmt(r.S1Hi)}]`,
      `${fmt(r.ST)} [${fmt(r.STLo)}, ${fmt(r.STHi)}]`,
    ]);
  }
  const what = result.effect
    ? `${result.effect.base}'s outcomes and the effect of ${result.effect.policy} on them (paired by point and seed)`
    : 'outcomes at the horizon';
  const noise = result.noise
    .map(
      (n) =>
        `  ${n.measure === 'effect' ? `${n.outcome} (effect)` : n.outcome}: mean ${fmt(n.mean)}, sd ${fmt(Math.sqrt(n.variance))} over the design, ` +
        (Number.isFinite(n.noiseShare)
          ? `seed noise at most ${fmt(n.noiseVariance)} (${fmt(100 * n.noiseShare)}% of it)` +
            (n.noiseShare > 0.5 ? ': noise may dominate, add --runs' : '')
          : 'seed noise unknown with one run per point'),
    )
    .join('\n');
  return (
    `Sobol indices of ${what}: ${result.samples} base samples, ${result.points} points x ${result.runs} seeds\n` +
    `${noise}\n` +
    alignTable(lines)
  );
}

export async function writeSobol(dir: string, result: SobolResult): Promise<void> {
  const files: Record<string, string> = {
    'sobol.csv': toCsv(result.rows.map((r) => ({ ...r }))),
    'sobol-noise.csv': toCsv(result.noise.map((n) => ({ ...n }))),
    'sobol.vl.json': stringifySpec(
      sobolChartSpec(result.rows, sobolSubtitle(result.samples, result.runs, result.effect)),
    ),
  };
  if (result.pairs.length > 0) files['sobol-second-order.csv'] = toCsv(result.pairs.map((p) => ({ ...p })));
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
    'calibration.vl.json': stringifySpec(
      calibrationChartSpec(
        result.points.map((p) => row(p) as Record<string, number | string>),
        result.paths,
      ),
    ),
  });
}
