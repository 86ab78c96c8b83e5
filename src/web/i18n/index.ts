// The page's languages: one catalogue of words per language (en.ts, ko.ts, typed alike), the language a URL asks for,
// values filled into a message, and numbers and months formatted per language with Intl.
import { stepDate } from '../../scenario/dates.js';
import { en, type Messages } from './en.js';
import { ko } from './ko.js';

export type { LeverWords, Messages } from './en.js';

export const CATALOGUES = { en, ko } as const satisfies Record<string, Messages>;
export type Lang = keyof typeof CATALOGUES;
export const LANGS = Object.keys(CATALOGUES) as Lang[];
/** The locale Intl formats each language's numbers and months in. */
const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(CATALOGUES, value);

/** The language of a URL's query (?lang=ko), else the fallback. */
export function langFromSearch(search: string, fallback: Lang = 'en'): Lang {
  const asked = new URLSearchParams(search).get('lang');
  return isLang(asked) ? asked : fallback;
}

/** A message with its {name} places filled in; a place without a value is left as it is, so a test can see it. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Intl's formatters are slow to make and fast to use: one per language and number of decimals, kept. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A number in the language's way of writing numbers, with exactly `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  const key = `${lang} ${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The calendar month of a step in words ("April 2012", "2012년 4월"). */
export function formatMonth(lang: Lang, startYear: number, step: number): string {
  const [year, month] = stepDate(startYear, step).split('-').map(Number);
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(lang, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Every string of a catalogue with its dotted path (info.sections.0.title ...): for tests and checks. */
export function messagePaths(messages: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.set(path, value);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(messages, prefix);
  return found;
}

/** The string at a dotted path of a catalogue, or undefined. */
export function messageAt(messages: Messages, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as never)[k] : undefined), messages);
  return typeof value === 'string' ? value : undefined;
}
