// The page's levers on a scenario: reading them from its parameters and policies, and writing them back, as the lever
// registry says. Shared by the page (to show a scenario's levers) and the worker (to build and change the model); no
// engine imports.
import { getPath, setPath } from '../scenario/params-path.js';
import type { Policy, Scenario } from '../scenario/schema.js';
import { LEVERS, type Lever, type LeverSettings, type TimedControl } from './lever-registry.js';

type Params = Record<string, unknown>;
type TimedLever = Lever & { control: TimedControl };

export const isTimed = (lever: Lever): lever is TimedLever => lever.control.kind === 'timed';

/** The policy of a timed lever set to a step: at that step, its parameter takes the lever's value. */
export function timedPolicy(lever: TimedLever, at: number): Policy {
  return { at, set: { [lever.path]: lever.control.sets }, rampSteps: 0, label: lever.control.policyLabel };
}

/** The scenario with the levers set: their parameters replaced, each timed lever's policy added when it is set. */
export function scenarioWithLevers(scenario: Scenario, levers: LeverSettings): Scenario {
  const copy = structuredClone(scenario);
  for (const lever of LEVERS) {
    const value = levers[lever.key];
    if (!isTimed(lever)) {
      setPath(copy as unknown as Params, lever.path, value);
      continue;
    }
    copy.policies = copy.policies.filter((p) => p.label !== lever.control.policyLabel);
    if (value !== null) copy.policies.push(timedPolicy(lever, value as number));
  }
  return copy;
}

/** The levers of a scenario (or of a running model's current parameters and policies). */
export function leversOf(source: { policies: Policy[] } & ({ params: unknown } | Scenario)): LeverSettings {
  const params = ('params' in source ? source.params : source) as Params;
  const read = (lever: Lever): unknown => {
    if (!isTimed(lever)) return getPath(params, lever.path);
    return source.policies.find((p) => p.label === lever.control.policyLabel)?.at ?? null;
  };
  return Object.fromEntries(LEVERS.map((lever) => [lever.key, read(lever)])) as LeverSettings;
}
