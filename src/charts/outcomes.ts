// The chart labels of outcomes, from the registry (src/metrics/outcomes.ts); the colours of member kinds and task
// kinds, fixed so every chart agrees.
import {
  memberColumn,
  OUTCOMES,
  outcomeSpec,
  TASK_KIND_LABELS,
  taskColumn,
  type OutcomeSpec,
} from '../metrics/outcomes.js';
import { KIND_NAMES, TASK_KINDS } from '../scenario/schema.js';

export interface Outcome {
  /** Column of timeseries.csv (run) or metric of an ensemble row (compare). */
  metric: string;
  /** Chart title. */
  title: string;
  /** Y axis title, with the unit. */
  axis: string;
  /** Measured only every few steps: drawn with points. */
  sparse?: boolean;
  /** For monthly counts: the title of their total over a run, which is what a comparison compares. */
  total?: string;
}

const toOutcome = (o: OutcomeSpec): Outcome => ({
  metric: o.name,
  title: o.label,
  axis: o.unit,
  ...(o.costly ? { sparse: true } : {}),
  ...(o.total ? { total: o.total.title } : {}),
});

/** The outcomes charted over time, in registry order. */
export const CHARTED_OUTCOMES: readonly Outcome[] = OUTCOMES.filter((o) => o.charted).map(toOutcome);

/** The outcome of a metric, or a plain one named after it. */
export function outcomeOf(metric: string): Outcome {
  const spec = outcomeSpec(metric);
  return spec ? toOutcome(spec) : { metric, title: metric, axis: metric };
}

/** The title of an outcome in a comparison: the final value, or for monthly counts the total over the run. */
export function comparisonTitle(metric: string): string {
  const outcome = outcomeOf(metric);
  return outcome.total ?? outcome.title;
}

/**
 * The unit of an outcome's compared value: its unit, or for monthly counts compared as totals the unit of the total
 * ("million KRW per month" -> "million KRW").
 */
export function comparedUnit(metric: string): string {
  const outcome = outcomeOf(metric);
  return outcome.total ? outcome.axis.replace(/ per month$/, '') : outcome.axis;
}

/** Member kinds and the timeseries column of each. */
export const MEMBER_KINDS = KIND_NAMES.map((kind) => ({ kind, column: memberColumn(kind) }));

/** Task kinds (Table 2), their labels and the timeseries column of each. */
export const TASK_COLUMNS = TASK_KINDS.map((kind) => ({
  kind,
  label: TASK_KIND_LABELS[kind],
  column: taskColumn(kind),
}));

export const KIND_COLORS = { domain: [...KIND_NAMES], range: ['#4c78a8', '#f58518', '#54a24b', '#e45756'] };
export const TASK_COLORS = {
  domain: TASK_COLUMNS.map((t) => t.label),
  range: ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#9d755d'],
};
