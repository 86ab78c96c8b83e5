// The scenario a command works on: a file, or the built-in default when none is given; --set overrides either.
import { applySets, loadScenario, locateSets } from '../scenario/load.js';
import { ScenarioError } from '../scenario/problems.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { validateScenario } from '../scenario/validate.js';

export function resolveScenario(file: string | undefined, set: readonly string[] = []): Scenario {
  if (file) return loadScenario(file, { set });
  const data = applySets({ name: 'default' }, set);
  const result = validateScenario(data, '<built-in default>', locateSets(set));
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}

/** The built-in default scenario: every parameter at its documented default. */
export function defaultScenario(): Scenario {
  return scenarioSchema.parse({ name: 'default' });
}
