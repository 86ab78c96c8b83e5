// Phase 1, the policy timeline: a policy waits for its step, sets values at once or ramps numbers linearly, and later
// policies win.
import { describe, expect, it } from 'vitest';
import { applyPolicies } from '../../src/phases/apply-policies.js';
import { FIRM } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel, type TinyModel } from '../helpers/tiny-model.js';

const build = (params: ScenarioInput) => tinyModel({ agents: [{ kind: FIRM }], params });

/**
 * Runs the phase for months 1..months (as step() would, advancing model.step) and returns the value read after each.
 */
function trace<T>(model: TinyModel, months: number, read: (m: TinyModel) => T): T[] {
  const out: T[] = [];
  for (let t = 0; t < months; t++) {
    applyPolicies(model);
    out.push(read(model));
    model.step++;
  }
  return out;
}

describe('applyPolicies', () => {
  it('changes nothing and draws nothing without policies', () => {
    const model = build({});
    const before = structuredClone(model.params);
    trace(model, 3, () => 0);
    expect(model.params).toEqual(before);
    expect(model.rng.used).toBe(0);
  });

  it('sets a value in the month of its step and not before', () => {
    const model = build({ policies: [{ at: 3, set: { 'levers.scope': 'region', 'levers.initiative': true } }] });
    expect(trace(model, 4, (m) => m.params.levers.scope)).toEqual(['park', 'park', 'region', 'region']);
    expect(model.params.levers.initiative).toBe(true);
    expect(model.policyState[0]).toEqual({
      started: true,
      from: { 'levers.scope': 'park', 'levers.initiative': false },
    });
  });

  it('applies a policy at step 0 in the first month', () => {
    const model = build({ policies: [{ at: 0, set: { 'budget.subsidyLevel': 0.5 } }] });
    expect(trace(model, 1, (m) => m.params.budget.subsidyLevel)).toEqual([0.5]);
  });

  it('holds its value every month once started, over a change by hand', () => {
    const model = build({ policies: [{ at: 1, set: { 'budget.subsidyLevel': 0.5 } }] });
    applyPolicies(model);
    model.params.budget.subsidyLevel = 0.8;
    model.step++;
    applyPolicies(model);
    expect(model.params.budget.subsidyLevel).toBe(0.5);
  });

  it('lets the later policy in the file decide a parameter, even against a running ramp', () => {
    const model = build({
      policies: [
        { at: 1, rampSteps: 4, set: { 'budget.subsidyLevel': 0 } },
        { at: 2, set: { 'budget.subsidyLevel': 0.9 } },
      ],
    });
    expect(trace(model, 4, (m) => m.params.budget.subsidyLevel)).toEqual([0.75, 0.9, 0.9, 0.9]);
  });

  it('acts from month 1 when at is 0, a one-month ramp included', () => {
    const model = build({ policies: [{ at: 0, rampSteps: 1, set: { 'budget.subsidyLevel': 0.2 } }] });
    expect(trace(model, 2, (m) => m.params.budget.subsidyLevel)).toEqual([0.2, 0.2]);
  });

  it('ramps a number linearly over rampSteps months from its value when the policy started: 1 -> 0 over 4 months', () => {
    const model = build({ policies: [{ at: 3, rampSteps: 4, set: { 'budget.subsidyLevel': 0 } }] });
    expect(trace(model, 8, (m) => m.params.budget.subsidyLevel)).toEqual([1, 1, 0.75, 0.5, 0.25, 0, 0, 0]);
  });

  it("ramps upward from the value in place when the policy starts, not from the scenario's", () => {
    const model = build({
      levers: { openEventShare: 0.1 },
      policies: [
        { at: 1, set: { 'levers.openEventShare': 0.2 } },
        { at: 2, rampSteps: 2, set: { 'levers.openEventShare': 0.6 } },
      ],
    });
    const values = trace(model, 4, (m) => m.params.levers.openEventShare);
    expect(values[0]).toBe(0.2);
    expect(values[1]).toBeCloseTo(0.4, 15);
    expect(values.slice(2)).toEqual([0.6, 0.6]);
  });

  it('sets non-numeric values at once even with rampSteps', () => {
    const model = build({ policies: [{ at: 1, rampSteps: 3, set: { 'levers.expertPool': true } }] });
    expect(trace(model, 1, (m) => m.params.levers.expertPool)).toEqual([true]);
  });

  it('lets a later policy override an earlier one in the same month', () => {
    const model = build({
      policies: [
        { at: 2, set: { 'levers.scope': 'region' } },
        { at: 2, set: { 'levers.scope': 'national' } },
      ],
    });
    expect(trace(model, 2, (m) => m.params.levers.scope)).toEqual(['park', 'national']);
  });
});
