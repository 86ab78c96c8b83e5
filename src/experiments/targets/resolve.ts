// Targets made runnable for a scenario: calendar years become step ranges (step 1 = January of startYear), tolerances
// become absolute, the survey section becomes the plan every run follows, and the untargeted figures that name a
// simulated counterpart become measures shown beside them. `calibrate` takes the fitted targets only.
import { UserError } from '../../errors.js';
import type { SurveyPlan } from '../../metrics/survey.js';
import { FACTORS } from '../../model/types.js';
import { measureHorizon, type MeasureSpec } from '../../metrics/measures.js';
import type { SimulatedEntry, TargetRole, TargetsFile } from './schema.js';

export interface ResolvedTarget {
  id: string;
  description: string;
  source: string;
  observed: number;
  /** Absolute tolerance: the simulated mean passes within observed +- tolerance. */
  tolerance: number;
  /** How the tolerance was given, for tables: "15%" or "0.5". */
  toleranceText: string;
  weight: number;
  /** input (shown, not a test), fitted (calibrate uses it) or heldout (calibrate never does). */
  role: TargetRole;
  /** Why the figure is an outcome of the dynamics (fitted, heldout), or which parameter carries it (input). */
  why?: string;
  spec: MeasureSpec;
}

/** A figure of the paper shown beside the model's value, never tested (an untargeted entry with observed and simulated). */
export interface ComparedFigure {
  figure: string;
  source: string;
  reason: string;
  observed: number;
  spec: MeasureSpec;
}

export interface ResolvedTargets {
  name: string;
  source: string;
  targets: ResolvedTarget[];
  /** Figures compared, not tested: measured on the same runs as the targets. */
  compared: ComparedFigure[];
  survey?: SurveyPlan;
  /** The last step any target or compared figure reads: runs stop there. */
  horizon: number;
  untargeted: TargetsFile['untargeted'];
}

function measureOf(
  s: SimulatedEntry,
  startYear: number,
  reference: readonly number[] | undefined,
  what: string,
): MeasureSpec {
  if (s.survey !== undefined) return { kind: 'survey', stat: s.survey, ...(reference ? { reference } : {}) };
  if (s.panel !== undefined) return { kind: 'panel', column: s.panel, step: s.step!, panelStep: s.panelStep! };
  const stepsOf = (y: number): [number, number] => {
    if (y < startYear) throw new UserError(`${what}: year ${y} is before the scenario's startYear ${startYear}`);
    return [(y - startYear) * 12 + 1, (y - startYear) * 12 + 12];
  };
  if (s.acceleration !== undefined) {
    const years = Array.from({ length: s.toYear! - s.fromYear! + 1 }, (_, k) => stepsOf(s.fromYear! + k));
    return { kind: 'acceleration', column: s.acceleration, years, split: s.splitYear! - s.fromYear! };
  }
  if (s.at !== undefined) return { kind: 'at', column: s.at, step: s.step! };
  let from = s.from!;
  let to = s.to!;
  if (s.year !== undefined) [from, to] = stepsOf(s.year);
  return s.share !== undefined
    ? { kind: 'share', column: s.share, of: s.of!, from, to }
    : { kind: 'sum', column: s.sum!, from, to };
}

/** A survey's sample size: 'all' becomes a number larger than any population. */
const countOf = (n: number | 'all') => (n === 'all' ? Number.MAX_SAFE_INTEGER : n);

/** Resolves every target for a scenario starting in `startYear`. */
export function resolveTargets(file: TargetsFile, startYear: number): ResolvedTargets {
  const survey = file.survey;
  const reference = survey?.referenceCorrelations ? FACTORS.map((f) => survey.referenceCorrelations![f]) : undefined;
  const targets = file.targets.map((t) => ({
    id: t.id,
    description: t.description,
    source: t.source,
    observed: t.observed,
    tolerance: t.tolerance.relative !== undefined ? Math.abs(t.observed) * t.tolerance.relative : t.tolerance.absolute!,
    toleranceText:
      t.tolerance.relative !== undefined
        ? `${Number((t.tolerance.relative * 100).toPrecision(4))}%`
        : String(t.tolerance.absolute),
    weight: t.weight,
    role: t.role,
    ...(t.why !== undefined ? { why: t.why } : {}),
    spec: measureOf(t.simulated, startYear, reference, `target ${t.id}`),
  }));
  const compared = file.untargeted.flatMap((u) =>
    u.simulated !== undefined && u.observed !== undefined
      ? [
          {
            figure: u.figure,
            source: u.source,
            reason: u.reason,
            observed: u.observed,
            spec: measureOf(u.simulated, startYear, reference, `untargeted figure ${JSON.stringify(u.figure)}`),
          },
        ]
      : [],
  );
  const plan: SurveyPlan | undefined = survey
    ? {
        step: survey.step,
        respondents: countOf(survey.respondents),
        nonJoinerRespondents: countOf(survey.nonJoinerRespondents),
        likert: survey.likert,
      }
    : undefined;
  const horizon = Math.max(0, ...[...targets, ...compared].map((t) => measureHorizon(t.spec, plan?.step ?? 0)));
  return {
    name: file.name,
    source: file.source,
    targets,
    compared,
    survey: plan,
    horizon,
    untargeted: file.untargeted,
  };
}

/** Only these targets, no compared figures; the survey kept only if one of them reads it, the horizon shrunk to theirs. */
function keepOnly(resolved: ResolvedTargets, targets: ResolvedTarget[]): ResolvedTargets {
  const survey = targets.some((t) => t.spec.kind === 'survey') ? resolved.survey : undefined;
  const horizon = Math.max(0, ...targets.map((t) => measureHorizon(t.spec, survey?.step ?? 0)));
  return { ...resolved, targets, compared: [], survey, horizon };
}

/**
 * What `calibrate` fits: the fitted targets, and of those only the ones whose id starts with one of the prefixes
 * (--only) when any is given. Input and held-out targets never enter. Throws a UserError naming the file when nothing
 * fitted is left.
 */
export function fittedTargets(
  resolved: ResolvedTargets,
  prefixes: readonly string[] | undefined,
  file = resolved.name,
): ResolvedTargets {
  const fitted = resolved.targets.filter((t) => t.role === 'fitted');
  if (fitted.length === 0)
    throw new UserError(
      `${file}: no target has role fitted, so calibrate has nothing to fit: expected at least one target with role: fitted`,
    );
  if (!prefixes?.length) return keepOnly(resolved, fitted);
  const targets = fitted.filter((t) => prefixes.some((p) => t.id.startsWith(p)));
  if (targets.length === 0) {
    const others = resolved.targets.filter((t) => t.role !== 'fitted' && prefixes.some((p) => t.id.startsWith(p)));
    const note = others.length
      ? ` (${others.map((t) => `${t.id} is ${t.role}`).join(', ')}: calibrate never uses it)`
      : '';
    throw new UserError(
      `--only ${prefixes.join(' ')}: no fitted target of ${file} has an id starting with ${prefixes.length > 1 ? 'any of these' : 'this'}${note}; fitted ids: ${fitted.map((t) => t.id).join(', ')}`,
    );
  }
  return keepOnly(resolved, targets);
}
