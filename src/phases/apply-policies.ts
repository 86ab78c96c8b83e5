// Phase 1: the policy timeline. A policy sets parameters from its month on, at once or by a linear ramp: everywhere, or
// (for the parameters read per MC) only in the MCs of its regions. Where two started policies set the same parameter
// in an MC, the later one in the file wins.
import { REGIONS } from '../model/geography.js';
import { mcParam } from '../model/mc-params.js';
import type { Model } from '../model/types.js';
import { getPath, setPath } from '../scenario/params-path.js';
import { REGION_SCOPED_PARAMS, type Policy, type RegionScopedParam } from '../scenario/schema.js';

/** The first month a policy acts in: its `at`, but never before month 1. */
const startMonth = (at: number) => Math.max(at, 1);

/** The value a started policy gives a parameter in `month`: its target, or as far as its ramp has come from `from`. */
function valueIn(policy: Policy, month: number, target: unknown, from: unknown): unknown {
  if (policy.rampSteps > 0 && typeof target === 'number' && typeof from === 'number') {
    const fraction = (month - startMonth(policy.at) + 1) / policy.rampSteps;
    return fraction >= 1 ? target : from + (target - from) * fraction;
  }
  return target;
}

/** Per region (REGIONS order), 1 if the policy names it. */
function regionMask(regions: readonly string[]): Uint8Array {
  return Uint8Array.from(REGIONS, (region) => (regions.includes(region.id) ? 1 : 0));
}

const isScoped = (path: string): path is RegionScopedParam =>
  (REGION_SCOPED_PARAMS as readonly string[]).includes(path);

/**
 * Applies the policy timeline for the coming month: each parameter takes the value the last started policy for every
 * region gives it; in each MC, each parameter read per MC takes the value of the last started policy that covers the
 * MC's region, unless a later policy for every region took it over (then the MC follows the global value: NaN in
 * mcs.scoped).
 */
export function applyPolicies(model: Model): void {
  const month = model.step + 1;
  const { mcs } = model;
  const params = model.params as unknown as Record<string, unknown>;
  const owner = new Map<string, number>();
  /** Per parameter read per MC, the policy that decides it in each MC (-1: the global value). */
  const mcOwner = new Map<RegionScopedParam, Int32Array>();
  model.policies.forEach((policy, k) => {
    if (month < startMonth(policy.at)) return;
    const state = model.policyState[k];
    const paths = Object.keys(policy.set);
    const covered = policy.regions && regionMask(policy.regions);
    if (!state.started) {
      state.started = true;
      for (const path of paths) {
        if (covered && isScoped(path))
          (state.fromByMc ??= {})[path] = Float64Array.from({ length: mcs.count }, (_, c) => mcParam(model, path, c));
        else state.from[path] = getPath(params, path);
      }
    }
    for (const path of paths) {
      if (!isScoped(path)) {
        owner.set(path, k);
        continue;
      }
      let owners = mcOwner.get(path);
      if (!owners) mcOwner.set(path, (owners = new Int32Array(mcs.count).fill(-1)));
      if (!covered) {
        owner.set(path, k);
        owners.fill(-1);
      } else {
        for (let c = 0; c < mcs.count; c++) if (covered[mcs.region[c]] === 1) owners[c] = k;
      }
    }
  });
  for (const [path, k] of owner) {
    const policy = model.policies[k];
    setPath(params, path, valueIn(policy, month, policy.set[path], model.policyState[k].from[path]));
  }
  for (const path of REGION_SCOPED_PARAMS) {
    const values = mcs.scoped[path];
    const owners = mcOwner.get(path);
    for (let c = 0; c < mcs.count; c++) {
      const k = owners ? owners[c] : -1;
      if (k < 0) {
        values[c] = Number.NaN;
        continue;
      }
      const policy = model.policies[k];
      values[c] = valueIn(policy, month, policy.set[path], model.policyState[k].fromByMc![path][c]) as number;
    }
  }
}
