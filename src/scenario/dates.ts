// Steps and calendar months, in one place: step t is month startYear*12 + t - 1, so step 1 is January of startYear and
// step 0 (the state after initialisation) is dated December of startYear - 1. The `date` column of timeseries.csv, a
// policy's `at` given as a month, and the page and charts that show a step as a date all ask here.

/** The months' names in English, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar month as scenario files write it: YYYY-MM, with MM from 01 to 12 (2012-04, not 2012-4). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Calendar month of a step, YYYY-MM: step 0 is the month before the start, step t is month t of the run. */
export function stepDate(startYear: number, step: number): string {
  const index = startYear * 12 + step - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The step of a month YYYY-MM in a run that starts in `startYear` (January of startYear is step 1; earlier months give
 * 0 or less), or undefined when the text is not such a month.
 */
export function monthStep(startYear: number, month: string): number | undefined {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return undefined;
  return (Number(match[1]) - startYear) * 12 + Number(match[2]);
}
