// Pieces every chart shares: the schema address, the size of a panel, the month axis, rounding of inlined numbers.
// Months are "YYYY-MM" strings read as UTC so that no time zone shifts them.

export const VL_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export const PANEL = { width: 480, height: 280 } as const;

/**
 * The configuration every chart is drawn with, headless and in the report: axis labels kept 4 pixels apart (labels that
 * would touch are thinned out), legend labels never cut.
 */
export const CHART_CONFIG = { axis: { labelSeparation: 4 }, legend: { labelLimit: 0 } } as const;

/** The x encoding of a month column ("2005-01"). */
export function monthX(field = 'date') {
  return {
    field,
    type: 'temporal' as const,
    timeUnit: 'utcyearmonth' as const,
    title: 'month',
  };
}

/**
 * A number rounded to `digits` significant digits, so that inlined data stays small; non-finite numbers become null.
 */
export function round(value: number | null | undefined, digits = 6): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(digits));
}

/** "1 seed", "4 seeds" (a count that is not a number reads as one seed). */
export const seedsText = (runs: unknown) => (typeof runs === 'number' && runs !== 1 ? `${runs} seeds` : '1 seed');

/** A finite number or null, from a value of a row. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** File name of a chart: lower case, dashes, ".vl.json". */
export function chartFileName(...parts: (string | number)[]): string {
  const slug = parts
    .map((p) =>
      String(p)
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase(),
    )
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.vl.json`;
}

/**
 * An integer with thousands separators, as toLocaleString('en') writes it, without loading the locale data for it (the
 * first toLocaleString of a process took 30-60 ms here); other numbers go to toLocaleString.
 */
export function thousands(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString('en');
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A count or level as a label shows it: integers with thousands separators, others to 4 significant digits. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'NA';
  return Number.isInteger(value) ? thousands(value) : String(Number(value.toPrecision(4)));
}
