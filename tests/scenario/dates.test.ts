// Steps and calendar months: text that is not a month YYYY-MM first, then the step of a month and the month of a step,
// which must agree with each other (step 1 is January of startYear, step 0 December of the year before).
import { describe, expect, it } from 'vitest';
import { monthStep, stepDate } from '../../src/scenario/dates.js';

describe('monthStep', () => {
  it('reads no step from text that is not a month YYYY-MM with MM 01 to 12', () => {
    for (const text of ['2012-13', '2012-00', '2012-4', '12-04', '2012/04', '2012-04-01', ' 2012-04', '', 'April 2012'])
      expect(monthStep(2005, text)).toBeUndefined();
  });

  it('gives step 1 for January of startYear, 0 and less for earlier months', () => {
    expect(monthStep(2005, '2005-01')).toBe(1);
    expect(monthStep(2005, '2004-12')).toBe(0);
    expect(monthStep(2005, '2004-01')).toBe(-11);
  });

  it('counts months from startYear: April 2012 is step 88 from 2005, step 4 from 2012', () => {
    expect(monthStep(2005, '2011-01')).toBe(73);
    expect(monthStep(2005, '2012-04')).toBe(88);
    expect(monthStep(2005, '2014-12')).toBe(120);
    expect(monthStep(2012, '2012-04')).toBe(4);
  });

  it('is the inverse of stepDate', () => {
    for (const startYear of [1900, 2005, 2200])
      for (const step of [0, 1, 11, 12, 13, 88, 120, 2400])
        expect(monthStep(startYear, stepDate(startYear, step))).toBe(step);
  });
});

describe('stepDate', () => {
  it('dates step 0 December of the year before startYear and step t the t-th month from January', () => {
    expect(stepDate(2005, 0)).toBe('2004-12');
    expect(stepDate(2005, 1)).toBe('2005-01');
    expect(stepDate(2005, 88)).toBe('2012-04');
    expect(stepDate(2005, 120)).toBe('2014-12');
  });
});
