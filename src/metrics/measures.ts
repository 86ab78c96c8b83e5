// Simulated counterparts of observed figures: a value at a step, a sum or a share over steps, or a statistic of the
// virtual survey. Pure and serialisable, so that worker threads evaluate them on the run they just made.
import type { Row } from './recorder.js';
import { orderAgreements, rankCorrelation, REASONS, type SurveyResult } from './survey.js';
import { FACTORS } from '../model/types.js';

export const SURVEY_STATS = [
  'positiveCorrelations',
  'orderAgreements',
  'rankCorrelation',
  ...FACTORS.map((f) => `r.${f}`),
  ...FACTORS.map((f) => `mean.${f}`),
  'mean.satisfaction',
  ...REASONS.map((r) => `reason.${r}`),
] as const;
export type SurveyStat = string;

/** One simulated measure; step ranges are inclusive and already resolved from calendar years. */
export type MeasureSpec =
  | { kind: 'at'; column: string; step: number }
  | { kind: 'sum'; column: string; from: number; to: number }
  | { kind: 'share'; column: string; of: string; from: number; to: number }
  | { kind: 'survey'; stat: SurveyStat; reference?: readonly number[] };

/** The last step a measure reads (the survey's step for survey statistics). */
export function measureHorizon(spec: MeasureSpec, surveyStep: number): number {
  switch (spec.kind) {
    case 'at':
      return spec.step;
    case 'sum':
    case 'share':
      return spec.to;
    case 'survey':
      return surveyStep;
  }
}

function sumOver(rows: readonly Row[], column: string, from: number, to: number): number {
  let total = 0;
  for (const row of rows) {
    const step = row.step as number;
    if (step < from || step > to) continue;
    const value = row[column];
    if (typeof value !== 'number') return NaN;
    total += value;
  }
  return total;
}

function surveyStat(spec: Extract<MeasureSpec, { kind: 'survey' }>, survey: SurveyResult | undefined): number {
  if (!survey) return NaN;
  const [family, name] = spec.stat.split('.');
  const r = survey.correlations;
  switch (family) {
    case 'positiveCorrelations':
      return r.filter((x) => x > 0).length;
    case 'orderAgreements':
      return spec.reference ? orderAgreements(r, spec.reference) : NaN;
    case 'rankCorrelation':
      return spec.reference ? rankCorrelation(r, spec.reference) : NaN;
    case 'r':
      return r[FACTORS.indexOf(name as (typeof FACTORS)[number])] ?? NaN;
    case 'mean':
      return name === 'satisfaction'
        ? survey.means[FACTORS.length]
        : (survey.means[FACTORS.indexOf(name as (typeof FACTORS)[number])] ?? NaN);
    case 'reason':
      return survey.reasonShares[REASONS.indexOf(name as (typeof REASONS)[number])] ?? NaN;
    default:
      return NaN;
  }
}

/** The value of one measure on a run's rows (indexed by step) and survey; NaN where it cannot be measured. */
export function evaluateMeasure(spec: MeasureSpec, rows: readonly Row[], survey?: SurveyResult): number {
  switch (spec.kind) {
    case 'at': {
      const row = rows[spec.step]?.step === spec.step ? rows[spec.step] : rows.find((r) => r.step === spec.step);
      const value = row?.[spec.column];
      return typeof value === 'number' ? value : NaN;
    }
    case 'sum':
      return sumOver(rows, spec.column, spec.from, spec.to);
    case 'share': {
      const whole = sumOver(rows, spec.of, spec.from, spec.to);
      return whole > 0 ? sumOver(rows, spec.column, spec.from, spec.to) / whole : NaN;
    }
    case 'survey':
      return surveyStat(spec, survey);
  }
}

export function evaluateMeasures(specs: readonly MeasureSpec[], rows: readonly Row[], survey?: SurveyResult): number[] {
  return specs.map((spec) => evaluateMeasure(spec, rows, survey));
}
