// What the ODD's generated numbers are computed from: a scenario (the defaults for docs/ODD.md) and the model
// createModel builds from it at step 0. The generators read the model and never change it: where a rule must run
// (decay, the policy timeline), they run it on a copy or on a model of their own.
import { createModel } from '../model/create-model.js';
import type { Model } from '../model/types.js';
import type { ScenarioInput } from '../scenario/schema.js';

export interface OddSource {
  /** The scenario the numbers describe: {} (every parameter at its default) for docs/ODD.md. */
  scenario: ScenarioInput;
  /** The model at step 0, as createModel builds it from the scenario. */
  model: Model;
}

/** The scenario and its model at step 0. */
export function oddSource(scenario: ScenarioInput = {}): OddSource {
  return { scenario, model: createModel(scenario) };
}

/** The scenario with some population settings replaced (e.g. another population.scale). */
export function withPopulation(scenario: ScenarioInput, population: NonNullable<ScenarioInput['population']>) {
  return { ...scenario, population: { ...scenario.population, ...population } } as ScenarioInput;
}
