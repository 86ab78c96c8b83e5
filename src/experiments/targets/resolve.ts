// Targets made runnable for a scenario: calendar years become step ranges (step 1 = January of startYear), tolerances
// become absolute, and the survey section becomes the plan every run follows.
import { UserError } from '../../errors.js';
import type { SurveyPlan } from '../../metrics/survey.js';
import { FACTORS } from '../../model/types.js';
import { measureHorizon, type MeasureSpec } from '../../metrics/measures.js';
import type { SimulatedEntry, TargetsFile } from './schema.js';

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
  spec: MeasureSpec;
}

export interface ResolvedTargets {
  name: string;
  source: string;
  targets: ResolvedTarget[];
  survey?: SurveyPlan;
  /** The last step any target reads: runs stop there. */
  horizon: number;
  untargeted: TargetsFile['untargeted'];
}

function measureOf(
  s: SimulatedEntry,
  startYear: number,
  reference: readonly number[] | undefined,
  id: string,
): MeasureSpec {
  if (s.survey !== undefined) return { kind: 'survey', stat: s.survey, ...(reference ? { reference } : {}) };
  if (s.panel !== undefined) return { kind: 'panel', column: s.panel, step: s.step!, panelStep: s.panelStep! };
  const stepsOf = (y: number): [number, number] => {
    if (y < startYear) throw new UserError(`target ${id}: year ${y} is before the scenario's startYear ${startYear}`);
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
    spec: measureOf(t.simulated, startYear, reference, t.id),
  }));
  const plan: SurveyPlan | undefined = survey
    ? {
        step: survey.step,
        respondents: countOf(survey.respondents),
        nonJoinerRespondents: countOf(survey.nonJoinerRespondents),
        likert: survey.likert,
      }
    : undefined;
  const horizon = Math.max(0, ...targets.map((t) => measureHorizon(t.spec, plan?.step ?? 0)));
  return { name: file.name, source: file.source, targets, survey: plan, horizon, untargeted: file.untargeted };
}

/** The targets whose id starts with one of the prefixes (all when none is given); the horizon shrinks to theirs. */
export function selectTargets(resolved: ResolvedTargets, prefixes: readonly string[] | undefined): ResolvedTargets {
  if (!prefixes?.length) return resolved;
  const targets = resolved.targets.filter((t) => prefixes.some((p) => t.id.startsWith(p)));
  if (targets.length === 0)
    throw new UserError(
      `--only ${prefixes.join(' ')}: no target id starts with ${prefixes.length > 1 ? 'any of these' : 'this'}; ids: ${resolved.targets.map((t) => t.id).join(', ')}`,
    );
  const survey = targets.some((t) => t.spec.kind === 'survey') ? resolved.survey : undefined;
  const horizon = Math.max(0, ...targets.map((t) => measureHorizon(t.spec, survey?.step ?? 0)));
  return { ...resolved, targets, survey, horizon };
}
