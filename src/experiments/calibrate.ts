// `calibrate`: simulated minimum distance (Grazzini & Richiardi 2015) with rejection ABC over a Latin hypercube: every
// point runs R seeds, the distance is the weighted mean of ((simulated mean - observed) / tolerance)^2 over the fitted
// targets (inputs and held-out targets never enter), the best point is the calibrated set and the closest share of
// points the accepted sample. Runs stream to runs.csv and resume.
import { join } from 'node:path';
import { ensembleSeeds } from '../ensemble/compare.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import type { Point } from './apply-point.js';
import { atHorizon } from './check.js';
import { lhsDesign } from './design/lhs.js';
import { claimFolder, type ExperimentOutput } from './manifest.js';
import { CALIBRATION_FILES } from './outputs.js';
import { formatParam, type ParamSpec } from './params.js';
import { buildPlan, pointMeans, runPlan, type PlanRunOptions } from './run-plan.js';
import { fittedTargets, type ResolvedTarget, type ResolvedTargets } from './targets/resolve.js';

export interface CalibrateOptions extends PlanRunOptions {
  samples?: number;
  runs?: number;
  seed?: number | string;
  /** Share of points accepted (rejection ABC), the closest first; default 0.1. */
  accept?: number;
  /** Fit only the fitted targets whose id starts with one of these (--only). */
  only?: readonly string[];
  /** The targets file, to name it in messages. */
  targetsFile?: string;
  /** What the folder may replace (--force), the inputs it may not hold, and where notes go. */
  output?: ExperimentOutput;
}

export interface FittedPoint {
  point: number;
  params: Point;
  distance: number;
  /**
   * The largest |simulated mean - observed| / tolerance over the weighted targets: at most 1 when every target passes.
   */
  worst: number;
  /** Mean of each target over the point's runs, in target order. */
  means: number[];
  accepted: boolean;
}

export interface CalibrationResult {
  /** The targets fitted: role fitted, and selected by --only. */
  targets: ResolvedTarget[];
  paths: string[];
  /** Points sorted by distance, the best first. */
  points: FittedPoint[];
  best: FittedPoint;
  runs: number;
  resumed: number;
}

/** Weighted mean of squared deviations in tolerances; Infinity when a target cannot be measured. */
export function targetDistance(targets: readonly ResolvedTarget[], means: readonly number[]): number {
  let sum = 0;
  let weights = 0;
  targets.forEach((t, i) => {
    if (t.weight === 0) return;
    const z = (means[i] - t.observed) / (t.tolerance > 0 ? t.tolerance : 1);
    sum += t.weight * (Number.isFinite(z) ? z * z : Infinity);
    weights += t.weight;
  });
  return weights > 0 ? sum / weights : 0;
}

/** The largest deviation in tolerances over the targets of non-zero weight; Infinity when one cannot be measured. */
export function worstDeviation(targets: readonly ResolvedTarget[], means: readonly number[]): number {
  let worst = 0;
  targets.forEach((t, i) => {
    if (t.weight === 0) return;
    const z = Math.abs(means[i] - t.observed) / (t.tolerance > 0 ? t.tolerance : 1);
    worst = Math.max(worst, Number.isFinite(z) ? z : Infinity);
  });
  return worst;
}

/** The fitted points, sorted by distance, the closest `accept` share (at least one) marked accepted. */
export function rankPoints(
  targets: readonly ResolvedTarget[],
  points: readonly Point[],
  means: readonly number[][],
  accept: number,
): FittedPoint[] {
  const fitted = points.map((params, p) => ({
    point: p,
    params,
    means: means[p],
    distance: targetDistance(targets, means[p]),
    worst: worstDeviation(targets, means[p]),
    accepted: false,
  }));
  fitted.sort((a, b) => a.distance - b.distance || a.point - b.point);
  const keep = Math.max(1, Math.round(accept * fitted.length));
  fitted.forEach((f, k) => (f.accepted = k < keep && Number.isFinite(f.distance)));
  return fitted;
}

/** Which targets a calibration fitted and which it left out, by role, for its manifest. */
export function targetRoles(all: ResolvedTargets, fitted: ResolvedTargets) {
  const used = new Set(fitted.targets.map((t) => t.id));
  const ids = (keep: (t: ResolvedTarget) => boolean) => all.targets.filter(keep).map((t) => t.id);
  return {
    fitted: ids((t) => used.has(t.id)),
    fittedNotSelected: ids((t) => t.role === 'fitted' && !used.has(t.id)),
    heldout: ids((t) => t.role === 'heldout'),
    input: ids((t) => t.role === 'input'),
  };
}

/**
 * Calibrates against the fitted targets of `all` (those --only selects, when given); held-out and input targets are
 * recorded in the manifest and never run.
 */
export function calibrationPlan(
  scenario: Scenario,
  all: ResolvedTargets,
  specs: readonly ParamSpec[],
  options: CalibrateOptions = {},
) {
  const targets = fittedTargets(all, options.only, options.targetsFile);
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? 2;
  const samples = options.samples ?? 60;
  const cut = atHorizon(scenario, targets.horizon);
  const points = lhsDesign(specs, samples, seed);
  const measures = targets.targets.map((t) => ({ name: `target:${t.id}`, spec: t.spec }));
  const plan = buildPlan(
    cut,
    specs.map((s) => s.path),
    points,
    ensembleSeeds(seed, runs),
    { measures, ...(targets.survey ? { survey: targets.survey } : {}) },
  );
  const manifest = {
    command: 'calibrate',
    version: VERSION,
    design: 'lhs',
    samples,
    params: specs.map(formatParam),
    runs,
    seed: String(seed),
    targetRoles: targetRoles(all, targets),
    targets,
    scenario: cut,
  };
  return { plan, manifest, targets, points, measures, runs };
}

export async function runCalibration(
  scenario: Scenario,
  all: ResolvedTargets,
  specs: readonly ParamSpec[],
  dir: string,
  options: CalibrateOptions = {},
): Promise<CalibrationResult> {
  const { plan, manifest, targets, points, measures, runs } = calibrationPlan(scenario, all, specs, options);
  const folder = await claimFolder(dir, 'calibrate', CALIBRATION_FILES, manifest, options.output);
  let ran: Awaited<ReturnType<typeof runPlan>>;
  try {
    ran = await runPlan(plan, join(dir, 'runs.csv'), options);
  } finally {
    folder.release();
  }
  const { records, resumed } = ran;
  const byTarget = measures.map((m) => pointMeans(records, points.length, m.name));
  const means = points.map((_, p) => byTarget.map((column) => column[p]));
  const fitted = rankPoints(targets.targets, points, means, options.accept ?? 0.1);
  return { targets: targets.targets, paths: specs.map((s) => s.path), points: fitted, best: fitted[0], runs, resumed };
}
