// The page's state in its URL, so that a teacher can send a link: language, scenario, seed, the levers that differ from
// the scenario's, the second run's levers that differ from the first's, the lesson, its part and the prediction, the
// speed and what happens at the end. Pure functions of strings: a value that is not valid is ignored, never thrown.
import { isLang, type Lang } from '../i18n/index.js';
import { LEVERS, type Lever, type LeverSettings } from '../lever-registry.js';
import type { AtEnd } from '../protocol.js';

export interface PageState {
  lang: Lang;
  scenario?: string;
  seed?: number;
  /** Levers set over the scenario's own (only those that differ are written). */
  levers: Partial<LeverSettings>;
  /** The second run, when on: its levers that differ from the first run's. */
  compare?: Partial<LeverSettings>;
  lesson?: string;
  /** The lesson's part, from 0. */
  part?: number;
  /** The answer predicted, from 0. */
  prediction?: number;
  speed?: number;
  atEnd?: AtEnd | 'loop';
}

const AT_ENDS = ['stop', 'continue', 'loop'] as const;
const SPEEDS = [0, 1, 2, 5, 10, 20];

/** A lever's value as text in a URL. */
function writeValue(value: unknown): string {
  if (value === null) return 'off';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** A lever's value read from a URL, or undefined when the lever's control cannot hold it. */
export function readValue(lever: Lever, text: string): unknown {
  const c = lever.control;
  switch (c.kind) {
    case 'slider': {
      const v = Number(text);
      return text.trim() !== '' && Number.isFinite(v) && v >= c.min && v <= c.max ? v : undefined;
    }
    case 'switch':
      return text === '1' ? true : text === '0' ? false : undefined;
    case 'choice':
    case 'where':
      return c.options.some((o) => o.value === text) ? text : undefined;
    case 'preset':
      if (text === 'off') return null;
      return c.options.some((o) => o.value === text) ? text : undefined;
    case 'timed': {
      if (text === 'off') return null;
      const v = Number(text);
      return /^\d{1,4}$/.test(text) && Number.isInteger(v) ? v : undefined;
    }
  }
}

function readLevers(params: URLSearchParams, prefix: string): Partial<LeverSettings> {
  const found: Record<string, unknown> = {};
  for (const lever of LEVERS) {
    const text = params.get(prefix + lever.key);
    const value = text === null ? undefined : readValue(lever, text);
    if (value !== undefined) found[lever.key] = value;
  }
  return found as Partial<LeverSettings>;
}

/** The levers of `levers` that differ from `from`. */
export function leverDifferences(levers: LeverSettings, from: LeverSettings): Partial<LeverSettings> {
  return Object.fromEntries(LEVERS.filter((l) => levers[l.key] !== from[l.key]).map((l) => [l.key, levers[l.key]]));
}

/** The query string of a state (without "?"). */
export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  if (state.scenario) params.set('scenario', state.scenario);
  if (state.seed !== undefined) params.set('seed', String(state.seed));
  for (const [key, value] of Object.entries(state.levers)) params.set(key, writeValue(value));
  if (state.compare) {
    params.set('compare', '1');
    for (const [key, value] of Object.entries(state.compare)) params.set(`b.${key}`, writeValue(value));
  }
  if (state.lesson) {
    params.set('lesson', state.lesson);
    if (state.part !== undefined) params.set('part', String(state.part));
    if (state.prediction !== undefined) params.set('prediction', String(state.prediction));
  }
  if (state.speed !== undefined) params.set('speed', String(state.speed));
  if (state.atEnd) params.set('atEnd', state.atEnd);
  return params.toString();
}

const count = (text: string | null, max: number) => {
  const v = Number(text);
  return text !== null && /^\d{1,2}$/.test(text) && v <= max ? v : undefined;
};

/** The state a query string asks for; what is missing or not valid is left out. */
export function readState(search: string): PageState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) : undefined;
  const speed = Number(params.get('speed'));
  const atEnd = params.get('atEnd');
  return {
    lang: isLang(lang) ? lang : 'en',
    scenario: params.get('scenario') ?? undefined,
    seed: seed !== undefined && seed < 2 ** 31 ? seed : undefined,
    levers: readLevers(params, ''),
    compare: params.get('compare') === '1' ? readLevers(params, 'b.') : undefined,
    lesson: params.get('lesson') ?? undefined,
    part: count(params.get('part'), 20),
    prediction: count(params.get('prediction'), 9),
    speed: params.has('speed') && SPEEDS.includes(speed) ? speed : undefined,
    atEnd: AT_ENDS.find((a) => a === atEnd),
  };
}
