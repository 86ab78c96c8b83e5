// Phase 1: the policy timeline. A policy sets parameters from its month on, at once or by a linear ramp;
// where two started policies set the same parameter, the later one in the file wins.
import { getPath, setPath } from '../scenario/params-path.js';
import type { Model } from '../model/types.js';

/** The first month a policy acts in: its `at`, but never before month 1. */
const startMonth = (at: number) => Math.max(at, 1);

/** Applies the policy timeline for the coming month: for each parameter, the value the last started policy gives it. */
export function applyPolicies(model: Model): void {
  const month = model.step + 1;
  const params = model.params as unknown as Record<string, unknown>;
  const owner = new Map<string, number>();
  model.policies.forEach((policy, k) => {
    if (month < startMonth(policy.at)) return;
    const state = model.policyState[k];
    if (!state.started) {
      state.started = true;
      for (const path of Object.keys(policy.set)) state.from[path] = getPath(params, path);
    }
    for (const path of Object.keys(policy.set)) owner.set(path, k);
  });
  for (const [path, k] of owner) {
    const policy = model.policies[k];
    const target = policy.set[path];
    const from = model.policyState[k].from[path];
    if (policy.rampSteps > 0 && typeof target === 'number' && typeof from === 'number') {
      const fraction = (month - startMonth(policy.at) + 1) / policy.rampSteps;
      setPath(params, path, fraction >= 1 ? target : from + (target - from) * fraction);
    } else {
      setPath(params, path, target);
    }
  }
}
