// Parameters, months and policies in words, from the schema's descriptions and the calendar.
import { describe, expect, it } from 'vitest';
import {
  monthWords,
  parameterLabel,
  parameterName,
  parameterUnit,
  policyMonths,
  policyWords,
} from '../../src/scenario/describe.js';
import type { Policy } from '../../src/scenario/schema.js';

const policy = (p: Partial<Policy>): Policy => ({ at: 73, rampSteps: 0, set: {}, ...p }) as Policy;

describe('monthWords', () => {
  it('leaves anything but a month as it is', () => {
    expect(monthWords('2011-13')).toBe('2011-13');
    expect(monthWords('soon')).toBe('soon');
  });

  it('names the month', () => {
    expect(monthWords('2011-01')).toBe('January 2011');
    expect(monthWords('2012-12')).toBe('December 2012');
  });
});

describe('parameter words', () => {
  it('fall back to the path for a path the schema does not have', () => {
    expect(parameterLabel('no.such.thing')).toBe('thing');
    expect(parameterUnit('no.such.thing')).toBe('');
  });

  it('name a parameter by its path, and label it from its description', () => {
    expect(parameterName('budget.subsidyLevel')).toBe('subsidy level');
    expect(parameterName('levers.openEventShare')).toBe('open event share');
    expect(parameterLabel('budget.subsidyLevel')).toBe('share of the reference subsidy paid');
    expect(parameterLabel('events.attendProb')).toBe('probability a member attends a given event of its MC');
    expect(parameterLabel('budget.feePerFirmMonth')).toBe('membership fee');
    expect(parameterLabel('trust.gain')).toBe('gain');
    expect(parameterUnit('budget.feePerFirmMonth')).toBe('million KRW per member firm-month');
  });
});

describe('policyWords', () => {
  it('starts a policy at step 0 from step 1', () => {
    expect(policyMonths(policy({ at: 0 }), 2005)).toEqual({ from: '2005-01' });
  });

  it('says the month and the change: "January 2011: subsidy level 0"', () => {
    expect(policyWords(policy({ set: { 'budget.subsidyLevel': 0 } }), 2005)).toBe('January 2011: subsidy level 0');
    expect(policyWords(policy({ set: { 'budget.feePerFirmMonth': 0.05 }, label: 'fees begin' }), 2005)).toBe(
      'January 2011: fee per firm month 0.05 million KRW (fees begin)',
    );
    expect(policyWords(policy({ set: { 'levers.scope': 'region', 'levers.initiative': true } }), 2005)).toBe(
      'January 2011: scope region, initiative on',
    );
  });

  it('says until when a ramp runs, and where a regional policy applies', () => {
    expect(policyMonths(policy({ rampSteps: 24 }), 2005)).toEqual({ from: '2011-01', to: '2012-12' });
    expect(policyWords(policy({ rampSteps: 24, set: { 'budget.subsidyLevel': 0 } }), 2005)).toBe(
      'January 2011: subsidy level to 0 step by step until December 2012',
    );
    expect(
      policyWords(policy({ set: { 'budget.subsidyLevel': 0.5 }, regions: ['honam', 'gangwon', 'capital'] }), 2005),
    ).toBe('January 2011: subsidy level 0.5 in Honam, Gangwon and Capital');
  });
});
