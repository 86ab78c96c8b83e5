// One run of an ensemble, reduced to what an analysis keeps: the outcomes at the horizon and the per-step series.
// Pure: workers and the in-process runner both call it, so results do not depend on where it ran.
import { simulate } from '../engine/run.js';
import type { Row } from '../metrics/recorder.js';
import type { Scenario } from '../scenario/schema.js';

export interface Job {
  /** Position of the job in its batch: results come back in this order. */
  index: number;
  scenario: Scenario;
  seed: string;
}

export interface JobResult {
  index: number;
  seed: string;
  outcomes: Record<string, number>;
  rows: Row[];
}

/** The outcomes an ensemble compares: final values of these columns, and totals over the run. */
export const FINAL_OUTCOMES = [
  'members', 'membersFirm', 'density', 'meanDegree', 'meanSatisfaction', 'iurTiesPerFirm', 'firmTiesPerFirm',
  'crossMcTieShare', 'crossRegionTieShare', 'meanTrust', 'giantComponentShare', 'clustering', 'modularity', 'communities',
] as const;
export const TOTAL_OUTCOMES = ['tasksSolved', 'events', 'tiesFormed', 'joined', 'left'] as const;
export const OUTCOMES: readonly string[] = [...FINAL_OUTCOMES, ...TOTAL_OUTCOMES];

export function runJob(job: Job): JobResult {
  const result = simulate(job.scenario, { seed: job.seed });
  const outcomes: Record<string, number> = {};
  for (const name of FINAL_OUTCOMES) outcomes[name] = Number(result.summary.final[name] ?? NaN);
  for (const name of TOTAL_OUTCOMES) outcomes[name] = result.summary.totals[name];
  return { index: job.index, seed: job.seed, outcomes, rows: result.rows };
}
