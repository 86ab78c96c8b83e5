// The virtual survey: samples members as the paper's February 2010 survey did (890 respondents) and correlates
// satisfaction with the five factors of Table 6; also asks a sample of park firms that stay out why (Table 5, 130
// respondents).
import { createRng, deriveSeed, randomInt, type Rng } from '../random/rng.js';
import { FACTOR_COUNT, FACTORS, FIRM, STAY_OUT_REASONS, type Model } from '../model/types.js';

export type FactorName = (typeof FACTORS)[number];
export type ReasonName = Exclude<(typeof STAY_OUT_REASONS)[number], 'none'>;
export const REASONS = STAY_OUT_REASONS.filter((r): r is ReasonName => r !== 'none');

export interface SurveyPlan {
  /** Step at which the survey is taken (62 = February 2010 when step 1 is January 2005). */
  step: number;
  /** Members sampled without replacement (all when fewer). */
  respondents: number;
  /** Park firms that stay out for a Table 5 reason, sampled without replacement (all when fewer). */
  nonJoinerRespondents: number;
  /** Answers on a 1-5 Likert scale (1 + floor(5x), 5 at x = 1) rather than the model's 0-1 scores. */
  likert: boolean;
}

export interface SurveyResult {
  step: number;
  respondents: number;
  /** Pearson correlation of satisfaction with each factor, in FACTORS order (NaN where a variable does not vary). */
  correlations: number[];
  /** Mean answers: the five factors in FACTORS order, then satisfaction. */
  means: number[];
  nonJoinerRespondents: number;
  /** Share of sampled non-joining firms giving each reason, in REASONS order. */
  reasonShares: number[];
}

/** A 0-1 score on the 1-5 Likert scale. */
export function toLikert(x: number): number {
  return 1 + Math.min(4, Math.floor(5 * Math.max(0, x)));
}

/** Pearson's r of two equal-length samples; NaN when either does not vary. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new Error('clustersim/survey: samples differ in length');
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/**
 * Up to `count` of `ids`, drawn without replacement (a partial Fisher-Yates shuffle); all of them, in order, when
 * fewer.
 */
export function sampleWithoutReplacement(ids: readonly number[], count: number, rng: Rng): number[] {
  if (count >= ids.length) return [...ids];
  const pool = [...ids];
  for (let k = 0; k < count; k++) {
    const j = k + randomInt(rng, pool.length - k);
    [pool[k], pool[j]] = [pool[j], pool[k]];
  }
  return pool.slice(0, count);
}

/** Number of pairs (i < j) whose order in `values` agrees with their order in `reference` (ties in either disagree). */
export function orderAgreements(values: readonly number[], reference: readonly number[]): number {
  let agree = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const d = Math.sign(values[i] - values[j]) * Math.sign(reference[i] - reference[j]);
      if (d > 0) agree++;
    }
  }
  return agree;
}

/** Spearman's rank correlation (ranks without ties: equal values keep their order). */
export function rankCorrelation(values: readonly number[], reference: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const r = new Array<number>(v.length);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  if (values.some((v) => !Number.isFinite(v))) return NaN;
  return pearson(ranks(values), ranks(reference));
}

/**
 * Takes the survey of the model as it is now; draws come from their own generator, so the model's draws are untouched.
 */
export function virtualSurvey(model: Model, plan: SurveyPlan): SurveyResult {
  const { agents } = model;
  const rng = createRng(deriveSeed(model.seed, 'survey', model.step));
  const members: number[] = [];
  const outsiders: number[] = [];
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] === 1) members.push(i);
    else if (agents.kind[i] === FIRM && agents.reason[i] !== 0) outsiders.push(i);
  }
  const sample = sampleWithoutReplacement(members, plan.respondents, rng);
  const answer = plan.likert ? toLikert : (x: number) => x;
  const satisfaction = sample.map((i) => answer(agents.satisfaction[i]));
  const factors = FACTORS.map((_, k) => sample.map((i) => answer(agents.factors[i * FACTOR_COUNT + k])));
  const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
  const asked = sampleWithoutReplacement(outsiders, plan.nonJoinerRespondents, rng);
  return {
    step: model.step,
    respondents: sample.length,
    correlations: factors.map((f) => (sample.length > 1 ? pearson(satisfaction, f) : NaN)),
    means: [...factors.map(mean), mean(satisfaction)],
    nonJoinerRespondents: asked.length,
    reasonShares: REASONS.map((reason) => {
      const code = STAY_OUT_REASONS.indexOf(reason);
      return asked.length ? asked.filter((i) => agents.reason[i] === code).length / asked.length : NaN;
    }),
  };
}
