// The activity mix (Table 4's six kinds): how an MC spends its activities, and what that does to each channel
// (meeting, ties, trust, tasks) relative to the default mix, the programme as run (docs/ODD.md 7.3).
import { mcParam } from '../model/mc-params.js';
import type { Model } from '../model/types.js';
import {
  ACTIVITY_CHANNELS,
  ACTIVITY_TYPES,
  leversSchema,
  type Params,
  type RegionScopedParam,
} from '../scenario/schema.js';

export const MEETING = 0;
export const TIES = 1;
export const TRUST = 2;
export const TASKS = 3;
const CHANNELS = ACTIVITY_CHANNELS.length;

const MIX_PATHS = ACTIVITY_TYPES.map((type) => `levers.activityMix.${type}` as RegionScopedParam);

/** The default mix, the programme as run: the reference against which every mix's effect is measured. */
const DEFAULT_MIX = Float64Array.from(ACTIVITY_TYPES, (type) => leversSchema.parse({}).activityMix[type]);

/** The values as shares (divided by their sum, which validation keeps above 0). */
function normalise(values: Float64Array): Float64Array {
  let sum = 0;
  for (const v of values) sum += v;
  return values.map((v) => v / sum);
}

const DEFAULT_SHARES = normalise(DEFAULT_MIX);

/** MC c's mix as shares: its region-scoped values where a policy set them, else the levers'. */
export function mixShares(model: Model, c: number): Float64Array {
  return normalise(Float64Array.from(MIX_PATHS, (path) => mcParam(model, path, c)));
}

/**
 * The effect of a mix (shares) on each channel: sum over types of share x multiplier, over the same sum for the default
 * mix; exactly 1 for the default mix whatever the multipliers.
 */
export function mixEffects(params: Params, shares: Float64Array): Float64Array {
  const effects = new Float64Array(CHANNELS);
  for (let k = 0; k < CHANNELS; k++) {
    const channel = ACTIVITY_CHANNELS[k];
    let mixed = 0;
    let reference = 0;
    ACTIVITY_TYPES.forEach((type, t) => {
      const m = params.events.activityEffects[type][channel];
      mixed += shares[t] * m;
      reference += DEFAULT_SHARES[t] * m;
    });
    effects[k] = mixed / reference;
  }
  return effects;
}

/** Writes this month's mix effects of every MC into mcs.mixEffects. */
export function updateMixEffects(model: Model): void {
  const { mcs } = model;
  for (let c = 0; c < mcs.count; c++) mcs.mixEffects.set(mixEffects(model.params, mixShares(model, c)), c * CHANNELS);
}

/** MC c's effect on one channel (MEETING, TIES, TRUST, TASKS) this month. */
export function mixEffect(model: Model, c: number, channel: number): number {
  return model.mcs.mixEffects[c * CHANNELS + channel];
}
