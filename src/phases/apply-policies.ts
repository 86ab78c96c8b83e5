// Phase 1: the policy timeline. A policy sets parameters from its step on, at once or by a linear ramp.
import { getPath, setPath } from '../model/params-path.js';
import type { Model } from '../model/types.js';

/** Applies every policy whose step has come, in file order (a later policy overrides an earlier one). */
export function applyPolicies(model: Model): void {
  const month = model.step + 1;
  const params = model.params as unknown as Record<string, unknown>;
  model.policies.forEach((policy, k) => {
    if (month < policy.at) return;
    const state = model.policyState[k];
    const firstMonth = !state.started;
    if (firstMonth) {
      state.started = true;
      for (const path of Object.keys(policy.set)) state.from[path] = getPath(params, path);
    }
    for (const [path, target] of Object.entries(policy.set)) {
      const from = state.from[path];
      const ramped = policy.rampSteps > 0 && typeof target === 'number' && typeof from === 'number';
      if (ramped) {
        const fraction = Math.min(1, (month - policy.at + 1) / policy.rampSteps);
        if (fraction <= 1 && month - policy.at < policy.rampSteps) setPath(params, path, from + (target - from) * fraction);
      } else if (firstMonth) {
        setPath(params, path, target);
      }
    }
  });
}
