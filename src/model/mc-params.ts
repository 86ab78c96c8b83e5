// The parameters read per MC (REGION_SCOPED_PARAMS: the subsidy level, the fee, the activity mix): in MC c, the value of
// the region-scoped policy in force there, else the global parameter. Phases read them here, never from params directly.
import { getPath } from '../scenario/params-path.js';
import { ACTIVITY_TYPES, type ActivityType, type Params, type RegionScopedParam } from '../scenario/schema.js';
import type { Model } from './types.js';

/** The activity type of each levers.activityMix path. */
const MIX_TYPES = new Map<string, ActivityType>(ACTIVITY_TYPES.map((type) => [`levers.activityMix.${type}`, type]));

/** The global value of a parameter read per MC: a direct read for the known paths (phases ask per MC and firm). */
export function globalParam(params: Params, path: RegionScopedParam): number {
  if (path === 'budget.subsidyLevel') return params.budget.subsidyLevel;
  if (path === 'budget.feePerFirmMonth') return params.budget.feePerFirmMonth;
  const type = MIX_TYPES.get(path);
  if (type !== undefined) return params.levers.activityMix[type];
  return getPath(params, path) as number;
}

/** The value of a parameter read per MC in MC c: a region-scoped policy's where one is in force, else the global one. */
export function mcParam(model: Model, path: RegionScopedParam, c: number): number {
  const scoped = model.mcs.scoped[path][c];
  return Number.isNaN(scoped) ? globalParam(model.params, path) : scoped;
}
