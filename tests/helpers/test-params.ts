// The parameter values the hand-computed unit tests were worked out with. Calibration moves the scenario defaults;
// the unit tests pin these instead, so that they test the rules, not the current calibration.
import type { ScenarioInput } from '../../src/scenario/schema.js';

export const TEST_PARAMS = {
  population: { initialFirmMemberShare: 0.45 },
  tieFormation: { intercept: -4.3, complementarity: { firmFirm: 0.2 } },
  decay: { ratePerMonth: 0.05 },
  tasks: { probPerFirmMonth: 0.05, successBase: 0.95 },
  // activityReference 0: no MC is ever idle, so the rules of other tests do not depend on tiny models' zero activity
  // (tests/phases/update-membership.test.ts turns it on where it tests the rule).
  membership: { joinPerMonth: 0.03, leaveIntercept: -2, contactBonus: 0.5, activityReference: 0 },
  satisfaction: {
    initial: 0.6,
    smoothing: 0.1,
    skilledScale: 2,
    jointIurScale: 0.2,
    participationScale: 8,
    opennessScale: 0.5,
  },
} satisfies ScenarioInput;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** TEST_PARAMS overridden by a test's own values, merged key by key. */
export function withTestParams(own: ScenarioInput = {}): ScenarioInput {
  return merge(TEST_PARAMS, own) as ScenarioInput;
}

function merge(base: object, own: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(own))
    out[key] = isObject(value) && isObject(out[key]) ? merge(out[key] as object, value) : value;
  return out;
}
