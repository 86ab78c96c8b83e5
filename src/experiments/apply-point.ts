// A design point applied to a scenario: its parameter values set on a copy by path, then validated, so that an
// out-of-range value (a probability of 1.2, say) is reported with its parameter before any run starts.
import { setPath } from '../scenario/params-path.js';
import { ScenarioError } from '../scenario/problems.js';
import type { Scenario } from '../scenario/schema.js';
import { validateScenario } from '../scenario/validate.js';
import type { ParamValue } from './params.js';

/** A design point: parameter path to value, in the order of the experiment's --param specs. */
export type Point = Record<string, ParamValue>;

/** The scenario with the point's values set; throws a ScenarioError naming the point when a value is invalid. */
export function applyPoint(scenario: Scenario, point: Point, label = 'design point'): Scenario {
  const data = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(point)) setPath(data, path, value);
  const result = validateScenario(data, `--param (${label})`);
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}

/** Every point applied (and so validated) before anything runs. */
export function applyPoints(scenario: Scenario, points: readonly Point[]): Scenario[] {
  return points.map((point, k) => applyPoint(scenario, point, `point ${k}`));
}
