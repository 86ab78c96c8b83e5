// One run of an ensemble, reduced to what an analysis keeps: the outcomes at the horizon and the per-step series.
// Pure: workers and the in-process runner both call it, so results do not depend on where it ran.
import { simulate } from '../engine/run.js';
import type { Summary } from '../engine/summary.js';
import { evaluateMeasures, panelPlanOf, type MeasureSpec } from '../metrics/measures.js';
import { emptyPanelRecord, recordPanel } from '../metrics/panel.js';
import { COMPARED_OUTCOMES, type OutcomeSpec } from '../metrics/outcomes.js';
import type { Row } from '../metrics/recorder.js';
import type { Model } from '../model/types.js';
import { virtualSurvey, type SurveyPlan, type SurveyResult } from '../metrics/survey.js';
import type { Scenario } from '../scenario/schema.js';
import { snapshotFromGraph } from '../charts/snapshot.js';
import type { NetworkSnapshot } from '../charts/types.js';
import { networkView } from '../model/to-graph.js';

export interface Job {
  /** Position of the job in its batch: results come back in this order. */
  index: number;
  scenario: Scenario;
  seed: string;
  /** A virtual survey to take at plan.step (experiments: Table 5 and Table 6). */
  survey?: SurveyPlan;
  /** Measures to evaluate on the run (experiments: targets), returned in this order. */
  measures?: readonly MeasureSpec[];
  /** Keep the per-step rows in the result (default true); sweeps drop them to stay small. */
  keepRows?: boolean;
  /** Interval of the costly metrics (default: the scenario's); they are always measured at the last step. */
  costlyEvery?: number;
  /** Keep the final member network as a snapshot (compare draws it for the first run of each scenario). */
  snapshot?: boolean;
}

export interface JobResult {
  index: number;
  seed: string;
  outcomes: Record<string, number>;
  rows: Row[];
  summary?: Summary;
  survey?: SurveyResult;
  measures?: number[];
  snapshot?: NetworkSnapshot;
}

/**
 * The names of the outcomes an ensemble compares, in the registry's compare order (runs.csv, compare.json, table.txt).
 */
export const COMPARED_OUTCOME_NAMES: readonly string[] = COMPARED_OUTCOMES.map((o) => o.name);

/** An outcome of one run: the value at the horizon, or the total over the run. */
function outcomeOfRun(outcome: OutcomeSpec, summary: Summary): number {
  return outcome.compare?.as === 'total' ? summary.totals[outcome.name] : Number(summary.final[outcome.name] ?? NaN);
}

export function runJob(job: Job): JobResult {
  const plan = job.survey;
  let survey: SurveyResult | undefined;
  const panelPlan = panelPlanOf(job.measures ?? []);
  const panel = emptyPanelRecord();
  const onStep = (model: Model) => {
    if (plan && model.step === plan.step) survey = virtualSurvey(model, plan);
    recordPanel(model, panelPlan, panel);
  };
  const result = simulate(job.scenario, { seed: job.seed, onStep, costlyEvery: job.costlyEvery });
  const outcomes: Record<string, number> = {};
  for (const outcome of COMPARED_OUTCOMES) outcomes[outcome.name] = outcomeOfRun(outcome, result.summary);
  const measures = job.measures ? evaluateMeasures(job.measures, result.rows, survey, panel) : undefined;
  const rows = job.keepRows === false ? [] : result.rows;
  const snapshot = job.snapshot
    ? snapshotFromGraph(networkView(result.model), String(result.summary.final.date))
    : undefined;
  return { index: job.index, seed: job.seed, outcomes, rows, summary: result.summary, survey, measures, snapshot };
}
