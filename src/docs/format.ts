// How the ODD's generated prose writes numbers: counts with thousands separators, fixed decimals, percentages,
// ordinals, calendar months, lists, how a count is split over MCs; and prose wrapped at the ODD's width.
import { MONTH_NAMES as MONTHS } from '../scenario/dates.js';

/** An integer with thousands separators: 8472 -> "8,472". */
export function count(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with `digits` decimals, never "-0.00". */
export function fixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** A number as a scenario file would hold it, at most `digits` decimals, trailing zeros dropped: 0.9583 -> "0.958". */
export function short(x: number, digits = 3): string {
  return String(Number(fixed(x, digits)));
}

/** A share as a percentage with `digits` decimals: 0.189 -> "19%". */
export function percent(share: number, digits = 0): string {
  return `${fixed(share * 100, digits)}%`;
}

/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A calendar month written out: "2011-01" -> "January 2011". */
export function monthName(date: string): string {
  const match = /^(-?\d+)-(\d\d)$/.exec(date);
  if (!match) throw new Error(`clustersim/docs: "${date}" is not a month YYYY-MM`);
  return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Items joined as prose: "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * How a count is split over MCs, from the count of each MC: "19 in each of the 81 MCs", or "30 MCs with 26, 51 with 25"
 * (larger parts first).
 */
export function perMc(values: readonly number[]): string {
  const groups = new Map<number, number>();
  for (const v of values) groups.set(v, (groups.get(v) ?? 0) + 1);
  const sorted = [...groups].sort((a, b) => b[0] - a[0]);
  if (sorted.length === 1) {
    const [value, mcs] = sorted[0];
    return mcs === 1 ? `${count(value)} in the one MC` : `${count(value)} in each of the ${count(mcs)} MCs`;
  }
  return sorted
    .map(([value, mcs], k) => `${count(mcs)}${k === 0 ? (mcs === 1 ? ' MC' : ' MCs') : ''} with ${count(value)}`)
    .join(', ');
}

/** Words of a line of prose: runs of non-space characters, a code span with spaces counting as one word. */
const WORDS = /(?:`[^`]*`|[^\s`])+/g;

function wrapLine(line: string, width: number): string[] {
  const bullet = /^(\s*[-*] )/.exec(line)?.[1] ?? /^(\s*)/.exec(line)?.[1] ?? '';
  const indent = ' '.repeat(bullet.length);
  const words = line.slice(bullet.length).match(WORDS) ?? [];
  const lines: string[] = [];
  let current = bullet;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}

/**
 * Markdown prose wrapped at `width` columns, as the ODD is: paragraphs and list items (continuation lines indented
 * under the item's text); table rows, code blocks and blank lines left alone; code spans never broken.
 */
export function wrapProse(text: string, width = 120): string {
  let fenced = false;
  return text
    .split('\n')
    .flatMap((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
        return [line];
      }
      if (fenced || line.trim() === '' || /^\s*\|/.test(line) || line.length <= width) return [line];
      return wrapLine(line, width);
    })
    .join('\n');
}
