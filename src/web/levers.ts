// The page's levers on a scenario: reading them from its parameters and policies, and writing them back.
// Shared by the page (to show a scenario's levers) and the worker (to build and change the model); no engine imports.
import { getPath, setPath } from '../scenario/params-path.js';
import type { Policy, Scenario } from '../scenario/schema.js';
import { LEVER_PATHS, type LeverSettings } from './protocol.js';

/** The label of the policy that withdraws the subsidy; the page owns the policy with this label. */
export const WITHDRAWAL_LABEL = 'subsidy withdrawal (page)';

export function withdrawalPolicy(at: number): Policy {
  return { at, set: { 'budget.subsidyLevel': 0 }, rampSteps: 0, label: WITHDRAWAL_LABEL };
}

type Params = Record<string, unknown>;

/** The scenario with the levers set: their parameters replaced, the withdrawal policy added when one is set. */
export function scenarioWithLevers(scenario: Scenario, levers: LeverSettings): Scenario {
  const copy = structuredClone(scenario);
  for (const [key, path] of Object.entries(LEVER_PATHS)) setPath(copy as unknown as Params, path, levers[key as keyof typeof LEVER_PATHS]);
  copy.policies = copy.policies.filter((p) => p.label !== WITHDRAWAL_LABEL);
  if (levers.withdrawalAt !== null) copy.policies.push(withdrawalPolicy(levers.withdrawalAt));
  return copy;
}

/** The levers of a scenario (or of a running model's current parameters and policies). */
export function leversOf(source: { policies: Policy[] } & ({ params: unknown } | Scenario)): LeverSettings {
  const params = ('params' in source ? source.params : source) as Params;
  const withdrawal = source.policies.find((p) => p.label === WITHDRAWAL_LABEL);
  const read = <K extends keyof typeof LEVER_PATHS>(key: K) => getPath(params, LEVER_PATHS[key]) as LeverSettings[K];
  return {
    openEventShare: read('openEventShare'),
    nonStrategicFirms: read('nonStrategicFirms'),
    scope: read('scope'),
    subsidyLevel: read('subsidyLevel'),
    withdrawalAt: withdrawal ? withdrawal.at : null,
    feePerFirmMonth: read('feePerFirmMonth'),
    initiative: read('initiative'),
    expertPool: read('expertPool'),
  };
}
