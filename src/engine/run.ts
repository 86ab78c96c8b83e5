// The run loop: steps the model, records a row at step 0 and after each step, and sums up the run.
// Like Agents.jl's run!: it owns the loop and the collection; it does no I/O and knows no clock.
import { createModel, type CreateModelOptions } from '../model/create-model.js';
import type { Model } from '../model/types.js';
import { record, type Row } from '../metrics/recorder.js';
import type { Scenario, ScenarioInput } from '../scenario/schema.js';
import { summarise, type Summary } from './summary.js';
import { step } from './step.js';

export interface RunOptions {
  /** Months to simulate (default: the scenario's steps). */
  steps?: number;
  /**
   * Interval of the costly metrics (default: the scenario's metrics.costlyEvery); they are also measured at step 0 and
   * the last step.
   */
  costlyEvery?: number;
  /** Called after each row is recorded, step 0 included. */
  onStep?: (model: Model, row: Row) => void;
}

export interface RunResult {
  model: Model;
  rows: Row[];
  summary: Summary;
}

/** Runs a created model to its horizon. */
export function run(model: Model, options: RunOptions = {}): RunResult {
  const steps = options.steps ?? model.params.steps;
  const every = options.costlyEvery ?? model.params.metrics.costlyEvery;
  const rows: Row[] = [];
  // One plain loop, no closure per run: a closure made afresh for each run is compiled afresh for each run.
  for (let t = 0; t <= steps; t++) {
    if (t > 0) step(model);
    const row = record(model, t === steps || model.step % every === 0);
    rows.push(row);
    options.onStep?.(model, row);
  }
  return { model, rows, summary: summarise(model, rows) };
}

/** Creates the model of a scenario and runs it: the one call a researcher needs. */
export function simulate(
  scenario: Scenario | ScenarioInput = {},
  options: RunOptions & CreateModelOptions = {},
): RunResult {
  return run(createModel(scenario, { seed: options.seed }), options);
}
