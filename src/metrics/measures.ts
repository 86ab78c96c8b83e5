// Simulated counterparts of observed figures: a value at a step, a sum or a share over steps, or a statistic of the
// virtual survey. Pure and serialisable, so that worker threads evaluate them on the run they just made.
import type { Row } from './recorder.js';
import { orderAgreements, rankCorrelation, REASONS, type SurveyResult } from './survey.js';
import { FACTORS } from '../model/types.js';
import { panelMean, type PanelColumn, type PanelPlan, type PanelRecord } from './panel.js';

export const SURVEY_STATS = [
  'positiveCorrelations',
  'orderAgreements',
  'rankCorrelation',
  'meanCorrelation',
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
  | { kind: 'survey'; stat: SurveyStat; reference?: readonly number[] }
  /** Mean of `column` at `step` over the firms that are members at `panelStep` (Table 3's panel). */
  | { kind: 'panel'; column: PanelColumn; step: number; panelStep: number }
  /**
   * The change in the yearly increase of `column`: the mean increase of the yearly sums after the split year minus
   * the mean increase up to it. `years` are consecutive years' step ranges; `split` indexes the split year in them.
   */
  | { kind: 'acceleration'; column: string; years: readonly (readonly [number, number])[]; split: number };

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
    case 'panel':
      return Math.max(spec.step, spec.panelStep);
    case 'acceleration':
      return spec.years[spec.years.length - 1][1];
  }
}

/** The steps at which a run must record its panels for these measures (empty when none is a panel). */
export function panelPlanOf(specs: readonly MeasureSpec[]): PanelPlan {
  const tieSteps = new Set<number>();
  const memberSteps = new Set<number>();
  for (const spec of specs) {
    if (spec.kind !== 'panel') continue;
    tieSteps.add(spec.step);
    memberSteps.add(spec.panelStep);
  }
  return { tieSteps: [...tieSteps].sort((a, b) => a - b), memberSteps: [...memberSteps].sort((a, b) => a - b) };
}

/** Mean yearly increase after the split minus mean yearly increase up to it (see MeasureSpec 'acceleration'). */
function acceleration(rows: readonly Row[], spec: Extract<MeasureSpec, { kind: 'acceleration' }>): number {
  const sums = spec.years.map(([from, to]) => sumOver(rows, spec.column, from, to));
  const meanIncrease = (first: number, last: number) => {
    let total = 0;
    for (let k = first; k <= last; k++) total += sums[k] - sums[k - 1];
    return total / (last - first + 1);
  };
  return meanIncrease(spec.split + 1, sums.length - 1) - meanIncrease(1, spec.split);
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
    case 'meanCorrelation':
      return r.reduce((a, b) => a + b, 0) / r.length;
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

/** The value of one measure on a run's rows (indexed by step), survey and panels; NaN where it cannot be measured. */
export function evaluateMeasure(
  spec: MeasureSpec,
  rows: readonly Row[],
  survey?: SurveyResult,
  panel?: PanelRecord,
): number {
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
    case 'panel':
      return panel ? panelMean(panel, spec.column, spec.step, spec.panelStep) : NaN;
    case 'acceleration':
      return acceleration(rows, spec);
  }
}

export function evaluateMeasures(
  specs: readonly MeasureSpec[],
  rows: readonly Row[],
  survey?: SurveyResult,
  panel?: PanelRecord,
): number[] {
  return specs.map((spec) => evaluateMeasure(spec, rows, survey, panel));
}
