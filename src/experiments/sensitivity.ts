// `sensitivity`: Morris elementary effects of the chosen parameters on the chosen outcomes, with replicate seeds at
// every point (the outcome at a point is the mean over its seeds, common to all points); runs stream to runs.csv and
// resume.
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { ensembleSeeds } from '../ensemble/compare.js';
import { COMPARED_OUTCOME_NAMES } from '../ensemble/job.js';
import type { Scenario } from '../scenario/schema.js';
import { suggest } from '../scenario/suggest.js';
import { VERSION } from '../version.js';
import { morrisDesign, morrisIndices, morrisTrajectories } from './design/morris.js';
import { claimFolder, type ExperimentOutput } from './manifest.js';
import { SENSITIVITY_FILES } from './outputs.js';
import { formatParam, type ParamSpec } from './params.js';
import { buildPlan, pointMeans, runPlan, type PlanRunOptions } from './run-plan.js';

export interface SensitivityOptions extends PlanRunOptions {
  outcomes?: readonly string[];
  trajectories?: number;
  levels?: number;
  runs?: number;
  seed?: number | string;
  /** What the folder may replace (--force), the inputs it may not hold, and where notes go. */
  output?: ExperimentOutput;
}

export interface MorrisRow {
  outcome: string;
  parameter: string;
  mu: number;
  muStar: number;
  sigma: number;
  /** mu* over the largest mu* of the outcome: 1 for the most influential parameter. */
  relative: number;
  /** 1 = most influential for the outcome. */
  rank: number;
}

export interface SensitivityResult {
  rows: MorrisRow[];
  points: number;
  /** Morris trajectories (r). */
  trajectories: number;
  runs: number;
  resumed: number;
}

export const DEFAULT_OUTCOMES = ['density', 'meanSatisfaction'];

/** Checks outcome names against what every run records; throws a UserError with "did you mean" otherwise. */
export function checkOutcomes(names: readonly string[]): void {
  for (const name of names) {
    if (COMPARED_OUTCOME_NAMES.includes(name)) continue;
    const hint = suggest(name, COMPARED_OUTCOME_NAMES);
    throw new UserError(
      `--outcome ${JSON.stringify(name)}: unknown outcome` +
        (hint ? `: did you mean ${JSON.stringify(hint)}?` : `; known: ${COMPARED_OUTCOME_NAMES.join(', ')}`),
    );
  }
}

/** Morris rows of one outcome from its mean at every design point. */
export function morrisRows(
  outcome: string,
  specs: readonly ParamSpec[],
  indices: ReturnType<typeof morrisIndices>,
): MorrisRow[] {
  const top = Math.max(...indices.map((i) => i.muStar));
  const order = indices.map((_, k) => k).sort((a, b) => indices[b].muStar - indices[a].muStar);
  return specs.map((spec, k) => ({
    outcome,
    parameter: spec.path,
    ...indices[k],
    relative: top > 0 ? indices[k].muStar / top : 0,
    rank: order.indexOf(k) + 1,
  }));
}

export function morrisPlan(scenario: Scenario, specs: readonly ParamSpec[], options: SensitivityOptions = {}) {
  const outcomes = options.outcomes?.length ? options.outcomes : DEFAULT_OUTCOMES;
  checkOutcomes(outcomes);
  if (specs.some((s) => s.kind === 'values' && s.values.length < 2))
    throw new UserError('--param: Morris needs a range (min:max) or at least two values per parameter');
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? 2;
  const r = options.trajectories ?? 10;
  const p = options.levels ?? 4;
  let trajectories: ReturnType<typeof morrisTrajectories>;
  try {
    trajectories = morrisTrajectories(specs.length, r, p, seed);
  } catch (error) {
    throw new UserError(`--trajectories/--levels: ${(error as Error).message.replace(/^clustersim\/morris: /, '')}`);
  }
  const points = morrisDesign(specs, trajectories);
  const plan = buildPlan(
    scenario,
    specs.map((s) => s.path),
    points,
    ensembleSeeds(seed, runs),
  );
  const manifest = {
    command: 'sensitivity',
    version: VERSION,
    params: specs.map(formatParam),
    trajectories: r,
    levels: p,
    runs,
    seed: String(seed),
    scenario,
  };
  return { plan, manifest, outcomes, trajectories, points, runs };
}

export async function runSensitivity(
  scenario: Scenario,
  specs: readonly ParamSpec[],
  dir: string,
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  const { plan, manifest, outcomes, trajectories, points, runs } = morrisPlan(scenario, specs, options);
  const folder = await claimFolder(dir, 'sensitivity', SENSITIVITY_FILES, manifest, options.output);
  try {
    const { records, resumed } = await runPlan(plan, join(dir, 'runs.csv'), options);
    const rows = outcomes.flatMap((outcome) =>
      morrisRows(
        outcome,
        specs,
        morrisIndices(trajectories, pointMeans(records, points.length, outcome), specs.length),
      ),
    );
    return { rows, points: points.length, trajectories: manifest.trajectories, runs, resumed };
  } finally {
    folder.release();
  }
}
