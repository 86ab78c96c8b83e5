// Sections 2.5 and 7.11 of the ODD: the calendar at the defaults, and a scenario's timeline with its months dated and
// its ramps as phase 1 sets them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarText, policyExampleText, stepOf } from '../../src/docs/calendar-text.js';
import { oddSource } from '../../src/docs/odd-source.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');

const GANGWON = { population: { regions: ['gangwon' as const], scale: 0.1 } };

describe('stepOf', () => {
  it('refuses a date no step has', () => {
    expect(() => stepOf(2005, '2005-13')).toThrow(/clustersim\/docs: no step is dated 2005-13/);
  });

  it('finds the step of a month: December 2004 is step 0 when step 1 is January 2005', () => {
    expect([
      stepOf(2005, '2004-12'),
      stepOf(2005, '2005-01'),
      stepOf(2005, '2010-12'),
      stepOf(2006, '2010-12'),
    ]).toEqual([0, 1, 72, 60]);
  });
});

describe("the steps of the paper's months in section 1 of docs/ODD.md", () => {
  it('are the steps of those months at the default startYear', () => {
    const { startYear } = scenarioSchema.parse({});
    const patterns = odd.slice(odd.indexOf('**Patterns**'), odd.indexOf('## 2. '));
    const december2009 = stepOf(startYear, '2009-12');
    const december2010 = stepOf(startYear, '2010-12');
    expect(patterns).toContain(
      `the firms that are members at step ${december2010} (the 2010 analysis), their own ties to professors and ` +
        `institutes at step 0 and at step ${december2009}`,
    );
    expect(patterns).toContain(`sum of \`events\`, steps 1-${december2010}`);
    expect(patterns).toContain(`\`members*\`, step ${december2010}`);
    expect(patterns).toContain(`at step ${stepOf(startYear, '2010-02')} (February 2010)`);
  });
});

describe('calendarText', () => {
  it('dates the horizon, step 0 and the steps of the paper months', () => {
    expect(calendarText(oddSource(GANGWON))).toBe(
      'With the defaults (`startYear` = 2005, `steps` = 120) a run covers January 2005 to December 2014; step 0 is ' +
        'dated December 2004, December 2009 is step 60 and December 2010 is step 72.',
    );
    expect(calendarText(oddSource({ ...GANGWON, startYear: 2008, steps: 36 }))).toBe(
      'With the defaults (`startYear` = 2008, `steps` = 36) a run covers January 2008 to December 2010; step 0 is ' +
        'dated December 2007, December 2009 is step 24 and December 2010 is step 36.',
    );
  });
});

describe('policyExampleText', () => {
  it("writes the timeline as YAML with each start dated and each ramp's values from applyPolicies", () => {
    const scenario = scenarioSchema.parse({
      ...GANGWON,
      description: 'A test.',
      policies: [
        { at: 13, label: 'half', rampSteps: 4, set: { 'budget.subsidyLevel': 0 } },
        { at: 0, set: { 'levers.scope': 'region', 'levers.expertPool': true } },
        { at: 25, label: 'long ramp', rampSteps: 8, set: { 'budget.feePerFirmMonth': 0.8 } },
      ],
    });
    expect(policyExampleText(scenario, 'scenarios/x.yaml')).toBe(
      [
        'For example, `scenarios/x.yaml`: A test. Its timeline, with the months dated from `startYear` = 2005 and ' +
          "the ramp's values as phase 1 sets them month by month:",
        '',
        '```yaml',
        'policies:',
        '  - at: 13                      # month 13 = January 2006',
        '    label: half',
        '    rampSteps: 4                # budget.subsidyLevel = 0.75, 0.5, 0.25, 0 in months 13..16 (to April 2006)',
        '    set: { budget.subsidyLevel: 0 }',
        '  - at: 0                       # month 1 = January 2005',
        '    set: { levers.scope: region, levers.expertPool: true }',
        '  - at: 25                      # month 25 = January 2007',
        '    label: long ramp',
        '    rampSteps: 8                # budget.feePerFirmMonth = 0.1, 0.2, ..., 0.8 in months 25..32 (to August 2007)',
        '    set: { budget.feePerFirmMonth: 0.8 }',
        '```',
      ].join('\n'),
    );
  });
});
