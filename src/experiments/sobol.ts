// `sensitivity --method sobol`: variance-based global sensitivity of outcomes at the horizon (Saltelli sampling on a
// Sobol' sequence; first-, total- and, on request, second-order indices with bootstrap intervals), or of a policy
// effect: the paired difference between a policy scenario and the base scenario at the same point and seed. Every
// point runs R seeds (common to all points); the seed noise is reported beside the variance it would explain. Runs
// stream to runs.csv and resume.
import { join } from 'node:path';
import { ensembleSeeds } from '../ensemble/compare.js';
import type { Scenario } from '../scenario/schema.js';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { applyPoints, type Point } from './apply-point.js';
import { SALTELLI_MAX_PARAMETERS, saltelliSample } from './design/sobol.js';
import { claimFolder, type ExperimentOutput } from './manifest.js';
import { formatParam, valueAt, type ParamSpec } from './params.js';
import { runPlan, type Plan, type PlanRunOptions, type RunRecord } from './run-plan.js';
import { checkOutcomes, DEFAULT_OUTCOMES } from './sensitivity.js';
import { sobolIndices } from '../stats/sobol-indices.js';
import { createRng, deriveSeed } from '../random/rng.js';

export const SOBOL_FILES = [
  'experiment.json',
  'runs.csv',
  'runs.parquet',
  'sobol.csv',
  'sobol-second-order.csv',
  'sobol-noise.csv',
  'sobol.vl.json',
  'manifest.json',
] as const;

export interface SobolOptions extends PlanRunOptions {
  outcomes?: readonly string[];
  /** Base sample size N (a power of 2): N (k + 2) points, N (2k + 2) with second-order indices. */
  samples?: number;
  secondOrder?: boolean;
  runs?: number;
  seed?: number | string;
  /** Bootstrap resamples for the intervals. */
  bootstrap?: number;
  /** A policy scenario: the outcome becomes its value minus the base scenario's, at the same point and seed. */
  effect?: Scenario;
  output?: ExperimentOutput;
}

/** A first- and total-order index of one parameter on one outcome, with 95% bootstrap intervals. */
export interface SobolRow {
  outcome: string;
  /** 'level': the outcome itself; 'effect': the policy scenario's outcome minus the base scenario's. */
  measure: 'level' | 'effect';
  parameter: string;
  S1: number;
  S1Lo: number;
  S1Hi: number;
  ST: number;
  STLo: number;
  STHi: number;
}

export interface SobolPairRow {
  outcome: string;
  measure: 'level' | 'effect';
  parameterA: string;
  parameterB: string;
  S2: number;
  S2Lo: number;
  S2Hi: number;
}

/** The variance the parameters are measured against, and how much of it seed noise alone would make. */
export interface SobolNoise {
  outcome: string;
  measure: 'level' | 'effect';
  /** Mean over the design of the point means (the seeds' mean at each point). */
  mean: number;
  /** Variance of the point means over the design: what the indices split. */
  variance: number;
  noiseVariance: number;
  /**
   * noiseVariance / variance: near or above 1, the indices may measure noise; more seeds (--runs) lower it. The seeds are
   * common to all points, so their own effect cancels out of the differences: this share is an upper bound.
   */
  noiseShare: number;
}

export interface SobolResult {
  rows: SobolRow[];
  pairs: SobolPairRow[];
  noise: SobolNoise[];
  samples: number;
  points: number;
  runs: number;
  resumed: number;
  /** Names of the base and policy scenarios when the outcomes are effects. */
  effect?: { base: string; policy: string };
}

/** Points of a Saltelli design over the specs' ranges (listed values are picked by stratum of the unit interval). */
export function sobolPoints(specs: readonly ParamSpec[], samples: number, secondOrder: boolean): Point[] {
  return saltelliSample(specs.length, samples, { secondOrder }).map((u) =>
    Object.fromEntries(specs.map((spec, d) => [spec.path, valueAt(spec, u[d])])),
  );
}

/** The replicate values of one outcome at each design point: the level, or the policy's minus the base's per seed. */
export function replicatesOf(
  records: readonly RunRecord[],
  points: number,
  runs: number,
  outcome: string,
  effect: boolean,
): number[][] {
  const value = (point: number, run: number) => records[point * runs + run]?.values[outcome] ?? Number.NaN;
  return Array.from({ length: points }, (_, p) =>
    Array.from({ length: runs }, (_, r) => (effect ? value(points + p, r) - value(p, r) : value(p, r))),
  );
}

export function sobolPlan(scenario: Scenario, specs: readonly ParamSpec[], options: SobolOptions = {}) {
  const outcomes = options.outcomes?.length ? options.outcomes : DEFAULT_OUTCOMES;
  checkOutcomes(outcomes);
  if (specs.some((s) => s.kind === 'values' && s.values.length < 2)) {
    throw new UserError('--param: Sobol needs a range (min:max) or at least two values per parameter');
  }
  if (specs.length > SALTELLI_MAX_PARAMETERS) {
    throw new UserError(
      `--param: Sobol takes at most ${SALTELLI_MAX_PARAMETERS} parameters, got ${specs.length}; screen them with Morris first`,
    );
  }
  const samples = options.samples ?? 64;
  const secondOrder = options.secondOrder ?? false;
  const runs = options.runs ?? 2;
  const seed = options.seed ?? scenario.seed;
  const bootstrap = options.bootstrap ?? 1000;
  const points = sobolPoints(specs, samples, secondOrder);
  const paths = specs.map((s) => s.path);
  const effect = options.effect;
  const plan: Plan = {
    scenarios: [...applyPoints(scenario, points), ...(effect ? applyPoints(effect, points) : [])],
    points: effect ? [...points, ...points] : points,
    paths,
    seeds: ensembleSeeds(seed, runs),
  };
  const manifest = {
    command: 'sensitivity',
    method: 'sobol',
    version: VERSION,
    params: specs.map(formatParam),
    samples,
    secondOrder,
    runs,
    bootstrap,
    seed: String(seed),
    scenario,
    ...(effect ? { effect } : {}),
  };
  return { plan, manifest, outcomes, samples, secondOrder, runs, seed, bootstrap, points, paths, effect };
}

export async function runSobol(
  scenario: Scenario,
  specs: readonly ParamSpec[],
  dir: string,
  options: SobolOptions = {},
): Promise<SobolResult> {
  const { plan, manifest, outcomes, samples, secondOrder, runs, seed, bootstrap, points, paths, effect } = sobolPlan(
    scenario,
    specs,
    options,
  );
  const folder = await claimFolder(dir, 'sensitivity', SOBOL_FILES, manifest, options.output);
  try {
    const { records, resumed } = await runPlan(plan, join(dir, 'runs.csv'), options);
    const rows: SobolRow[] = [];
    const pairs: SobolPairRow[] = [];
    const noise: SobolNoise[] = [];
    // With a policy scenario, the base scenario's levels come from the same runs: both are reported.
    const measures: ('level' | 'effect')[] = effect ? ['level', 'effect'] : ['level'];
    for (const measure of measures) {
      for (const outcome of outcomes) {
        const replicates = replicatesOf(records, points.length, runs, outcome, measure === 'effect');
        if (replicates.some((values) => values.some((v) => !Number.isFinite(v)))) {
          throw new UserError(`--outcome ${outcome}: some runs gave no value (NA), so its variance cannot be split`);
        }
        const rng = createRng(deriveSeed(seed, 'sobol-bootstrap', measure, outcome));
        const indices = sobolIndices(runs > 1 ? replicates : replicates.map((r) => r[0]), specs.length, rng, {
          secondOrder,
          resamples: bootstrap,
        });
        const { S1, ST } = indices;
        specs.forEach((spec, d) => {
          rows.push({
            outcome,
            measure,
            parameter: spec.path,
            S1: S1[d].estimate,
            S1Lo: S1[d].lo,
            S1Hi: S1[d].hi,
            ST: ST[d].estimate,
            STLo: ST[d].lo,
            STHi: ST[d].hi,
          });
        });
        for (const pair of indices.S2 ?? []) {
          pairs.push({
            outcome,
            measure,
            parameterA: paths[pair.i],
            parameterB: paths[pair.j],
            S2: pair.estimate,
            S2Lo: pair.lo,
            S2Hi: pair.hi,
          });
        }
        noise.push({
          outcome,
          measure,
          mean: indices.mean,
          variance: indices.variance,
          noiseVariance: indices.noise?.noiseVariance ?? Number.NaN,
          noiseShare: indices.noise?.noiseShare ?? Number.NaN,
        });
      }
    }
    return {
      rows,
      pairs,
      noise,
      samples,
      points: plan.points.length,
      runs,
      resumed,
      ...(effect ? { effect: { base: scenario.name, policy: effect.name } } : {}),
    };
  } finally {
    folder.release();
  }
}
