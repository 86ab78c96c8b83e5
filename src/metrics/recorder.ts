// The recorder: one row per step, the step and its date, then every outcome of the registry (Mesa's DataCollector, as a
// table). Costly outcomes are measured every metrics.costlyEvery steps and at the last step; elsewhere they are empty
// (NA).
import type { Model } from '../model/types.js';
import { stepDate } from '../scenario/dates.js';
import { measureContext } from './context.js';
import { OUTCOMES } from './outcomes.js';

export type Row = Record<string, number | string | null>;
export type { MeasureContext } from './context.js';

/** Calendar month of a step (scenario/dates.ts): step 0 is the month before the start, step t is month t of the run. */
export { stepDate };

/** Measures every outcome; costly ones only when `costly` is true (null otherwise). */
export function record(model: Model, costly: boolean): Row {
  const context = measureContext(model);
  const row: Row = { step: model.step, date: stepDate(model.params.startYear, model.step) };
  for (const outcome of OUTCOMES)
    row[outcome.name] = outcome.costly && !costly ? null : outcome.measure(model, context);
  return row;
}
