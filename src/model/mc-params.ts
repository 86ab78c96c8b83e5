// The parameters read per MC (REGION_SCOPED_PARAMS: the subsidy level and the fee): in MC c, the value of the
// region-scoped policy in force there, else the global parameter. Phases read them here, never from params directly.
import type { Params, RegionScopedParam } from '../scenario/schema.js';
import type { Model } from './types.js';

/** The global value of a parameter read per MC. */
export function globalParam(params: Params, path: RegionScopedParam): number {
  return path === 'budget.subsidyLevel' ? params.budget.subsidyLevel : params.budget.feePerFirmMonth;
}

/** The value of a parameter read per MC in MC c: a region-scoped policy's where one is in force, else the global one. */
export function mcParam(model: Model, path: RegionScopedParam, c: number): number {
  const scoped = model.mcs.scoped[path][c];
  return Number.isNaN(scoped) ? globalParam(model.params, path) : scoped;
}
