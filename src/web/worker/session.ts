// A teacher's run, as the worker holds it: the model built with the page's levers, a lever changed mid-run,
// and what the page is sent after each step (the recorder's cheap row, ties by sort, the network).
import { createModel } from '../../model/create-model.js';
import { getPath, setPath } from '../../scenario/params-path.js';
import type { Model } from '../../model/types.js';
import { step } from '../../engine/step.js';
import { record } from '../../metrics/recorder.js';
import type { Scenario } from '../../scenario/schema.js';
import { leverOf } from '../lever-registry.js';
import { isPreset, isTimed, isWhere, scenarioWithLevers, setPreset, timedOf, timedPolicy } from '../levers.js';
import type { LeverChange, LeverSettings, NetworkSnapshot, StepRow } from '../protocol.js';
import { tiesBySort } from './ties-by-sort.js';

type Params = Record<string, unknown>;

/** Builds the model of a scenario with the page's levers and seed. */
export function startModel(scenario: Scenario, seed: number, levers: LeverSettings): Model {
  return createModel(scenarioWithLevers(scenario, levers), { seed });
}

/**
 * Changes one lever of a running model; it acts from the next step on. A timed lever's policy keeps its place (its
 * regions) when its step changes; a where lever moves the policy, if there is one, keeping its step.
 */
export function changeLever(model: Model, change: LeverChange): void {
  const params = model.params as unknown as Params;
  const lever = leverOf(change.key);
  if (isPreset(lever)) return setPreset(lever, params, change.value as string | null);
  if (!isTimed(lever) && !isWhere(lever)) return setPath(params, lever.path, change.value);
  const timed = isTimed(lever) ? lever : timedOf(lever);
  const { policyLabel, sets } = timed.control;
  const k = model.policies.findIndex((p) => p.label === policyLabel);
  const old = k >= 0 ? model.policies[k] : undefined;
  if (old) {
    const state = model.policyState[k];
    // A timed change in force everywhere is undone: the parameter goes back to its value before it (unless the teacher
    // set another since). One in some regions only needs nothing: without it, their MCs follow the global value again.
    if (state.started && !old.regions && getPath(params, timed.path) === sets)
      setPath(params, timed.path, state.from[timed.path]);
    model.policies.splice(k, 1);
    model.policyState.splice(k, 1);
  }
  const at = isTimed(lever) ? (change.value as number | null) : (old?.at ?? null);
  const where = isWhere(lever) ? (change.value as string) : (old?.regions?.[0] ?? 'all');
  if (at !== null) {
    model.policies.push(timedPolicy(timed, at, where));
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
