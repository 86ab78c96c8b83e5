// Parameters, months and policies in words, for charts and reports: a parameter's name and label come from its path
// and from the schema's description ("unit: justification (source)"), a month reads "January 2011", and a policy
// reads "January 2011: subsidy level 0".
import { MONTH_NAMES as MONTHS, stepDate } from './dates.js';
import { childEntries, schemaAt, unwrapWithDefault } from './schema-walk.js';
import type { Policy } from './schema.js';

/** A month YYYY-MM in words ("2011-01" -> "January 2011"); any other text as it is. */
export function monthWords(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const index = match ? Number(match[2]) - 1 : -1;
  return match && index >= 0 && index < 12 ? `${MONTHS[index]} ${match[1]}` : month;
}

/** The last segment of a path in words: "budget.subsidyLevel" -> "subsidy level", "tasks.mix.rnd" -> "rnd". */
export function parameterName(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/** The description of the parameter at a path ("unit: justification (source)"), or '' when the schema has none. */
function descriptionAt(path: string): string {
  const keys = path.split('.');
  const last = keys.pop();
  const child = childEntries(schemaAt(keys)).find(([key]) => key === last)?.[1];
  return child ? unwrapWithDefault(child).description : '';
}

/** The unit of a parameter: the part of its description before the colon ('' when there is none). */
export function parameterUnit(path: string): string {
  const description = descriptionAt(path);
  const colon = description.indexOf(': ');
  return colon > 0 ? description.slice(0, colon) : '';
}

/** Words that go on after a unit rather than start a label: "of events open to ...", "a member attends ...". */
const CONTINUES = /^(of|a|an|at|in|on|per|from|to|between|with)\b/;

/**
 * A parameter in words, from its schema description: the justification without its source in parentheses, led by the
 * unit where the justification goes on from it ("share of events open to non-members ..."); the path's name where the
 * description has no words ("budget.feePerFirmMonth" -> "membership fee", "cost.perDistance" -> "per distance").
 */
export function parameterLabel(path: string): string {
  const description = descriptionAt(path);
  const colon = description.indexOf(': ');
  const unit = colon > 0 ? description.slice(0, colon).trim() : '';
  const rest = (colon > 0 ? description.slice(colon + 2) : description).split(/ \(|; /)[0].trim();
  const words = rest.split(/\s+/);
  const noName = words.length < 2 || /[=+/]/.test(rest) || /^(with|of|to|by|from|over)$/.test(words[words.length - 1]);
  if (rest === '' || rest.startsWith('(') || noName) return parameterName(path);
  const lead = unit !== '' && unit !== 'switch' && !unit.includes('|') && CONTINUES.test(rest);
  return lead ? `${unit} ${rest}` : rest;
}

/** Units a value reads well without: shares, factors, probabilities, switches, choices. */
const DIMENSIONLESS =
  /^(factor|share|probability|rate|ratio|weight|elasticity|switch|logit|score|trust|strength|benefit)|\|/;

/** A value as a policy sets it: numbers as written, switches as on/off, choices as they are. */
function valueWords(value: unknown): string {
  if (value === true) return 'on';
  if (value === false) return 'off';
  return String(value);
}

/** Region ids as a reader names them: "honam, gangwon" -> "Honam and Gangwon". */
function regionWords(regions: readonly string[]): string {
  const names = regions.map((r) => r[0].toUpperCase() + r.slice(1));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The month a policy takes effect (step 0 acts from step 1), and the month its ramp reaches its values. */
export function policyMonths(
  policy: Pick<Policy, 'at' | 'rampSteps'>,
  startYear: number,
): { from: string; to?: string } {
  const first = Math.max(policy.at, 1);
  const ramp = policy.rampSteps ?? 0;
  return { from: stepDate(startYear, first), ...(ramp > 1 ? { to: stepDate(startYear, first + ramp - 1) } : {}) };
}

/**
 * What a policy changes, without its date: "subsidy level 0", "subsidy level to 0 step by step until December 2012",
 * "fee per firm month 0.05 in Honam".
 */
export function policyChangeWords(policy: Policy, startYear: number): string {
  const { to } = policyMonths(policy, startYear);
  const changes = Object.entries(policy.set).map(([path, value]) => {
    const name = parameterName(path);
    // "fee per firm month" already says what the unit's "per member firm-month" says.
    const unit = / per /.test(` ${name} `) ? parameterUnit(path).split(' per ')[0] : parameterUnit(path);
    const amount =
      typeof value === 'number' && unit !== '' && !DIMENSIONLESS.test(unit)
        ? `${valueWords(value)} ${unit}`
        : valueWords(value);
    return to !== undefined && typeof value === 'number'
      ? `${name} to ${amount} step by step until ${monthWords(to)}`
      : `${name} ${amount}`;
  });
  const where = policy.regions && policy.regions.length > 0 ? ` in ${regionWords(policy.regions)}` : '';
  return `${changes.join(', ')}${where}`;
}

/** A policy in words, with its month: "January 2011: subsidy level 0" (its label, if any, in parentheses after). */
export function policyWords(policy: Policy, startYear: number): string {
  const label = policy.label ? ` (${policy.label})` : '';
  return `${monthWords(policyMonths(policy, startYear).from)}: ${policyChangeWords(policy, startYear)}${label}`;
}
