// A teacher's run, as the worker holds it: the model built with the page's levers, a lever changed mid-run,
// and what the page is sent after each step (the recorder's cheap row, ties by sort, the network).
import { createModel } from '../../model/create-model.js';
import { getPath, setPath } from '../../scenario/params-path.js';
import type { Model } from '../../model/types.js';
import { step } from '../../engine/step.js';
import { record } from '../../metrics/recorder.js';
import type { Scenario } from '../../scenario/schema.js';
import { leverOf } from '../lever-registry.js';
import { isTimed, scenarioWithLevers, timedPolicy } from '../levers.js';
import type { LeverChange, LeverSettings, NetworkSnapshot, StepRow } from '../protocol.js';
import { tiesBySort } from './ties-by-sort.js';

type Params = Record<string, unknown>;

/** Builds the model of a scenario with the page's levers and seed. */
export function startModel(scenario: Scenario, seed: number, levers: LeverSettings): Model {
  return createModel(scenarioWithLevers(scenario, levers), { seed });
}

/** Changes one lever of a running model; it acts from the next step on. */
export function changeLever(model: Model, change: LeverChange): void {
  const params = model.params as unknown as Params;
  const lever = leverOf(change.key);
  if (!isTimed(lever)) {
    setPath(params, lever.path, change.value);
    return;
  }
  const { policyLabel, sets } = lever.control;
  const k = model.policies.findIndex((p) => p.label === policyLabel);
  if (k >= 0) {
    const state = model.policyState[k];
    // A timed change in force is undone: the parameter goes back to its value before it (unless the teacher set another
    // since).
    if (state.started && getPath(params, lever.path) === sets) setPath(params, lever.path, state.from[lever.path]);
    model.policies.splice(k, 1);
    model.policyState.splice(k, 1);
  }
  if (change.value !== null) {
    model.policies.push(timedPolicy(lever, change.value as number));
    model.policyState.push({ started: false, from: {} });
  }
}

/** The measures of the model now: the recorder's cheap columns and the ties by sort. */
export function measure(model: Model): StepRow {
  return { row: record(model, false), tiesBySort: tiesBySort(model) };
}

/** Steps the model once and measures it. */
export function advance(model: Model): StepRow {
  step(model);
  return measure(model);
}

/** The network now, in arrays that can be transferred to the page. */
export function snapshot(model: Model): NetworkSnapshot {
  const { agents, ties } = model;
  const pairs = new Int32Array(ties.count * 2);
  const trust = new Float32Array(ties.count);
  let n = 0;
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    const a = ties.a[s];
    const b = ties.b[s];
    if (agents.member[a] !== 1 || agents.member[b] !== 1) continue;
    trust[n / 2] = ties.trust[s];
    pairs[n++] = a;
    pairs[n++] = b;
  }
  return {
    step: model.step,
    member: agents.member.slice(),
    satisfaction: Float32Array.from(agents.satisfaction),
    ties: pairs.slice(0, n),
    trust: trust.slice(0, n / 2),
  };
}
