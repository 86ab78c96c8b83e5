// Whether a comparison's conclusions survive the values the model assumes: each assumed parameter is varied alone over
// the values given (the others stay as the scenarios have them), the whole comparison is run again at every value on
// the same seeds (and posterior draws), and each difference "policy minus reference" gets the sign of its 95% interval
// at every value, and a verdict: its sign holds, weakens (the interval reaches 0 somewhere), flips, or is never clear.
import { UserError } from '../errors.js';
import { getPath } from '../scenario/params-path.js';
import type { Scenario } from '../scenario/schema.js';
import { compareScenarios, type CompareOptions, type CompareResult } from './compare.js';

/** An assumed parameter and the values it is run at. */
export interface Assumption {
  path: string;
  values: number[];
}

/** The sign of a difference's 95% interval: above 0, below 0, or reaching 0 ('0'). */
export type IntervalSign = '+' | '-' | '0';

/**
 * holds: the same sign, clear of 0, at every value; weakens: one sign where clear, the interval reaching 0 at some
 * value; flips: clear of 0 with both signs; unclear: reaching 0 at every value.
 */
export type Verdict = 'holds' | 'weakens' | 'flips' | 'unclear';

export const VERDICTS: readonly Verdict[] = ['holds', 'weakens', 'flips', 'unclear'];

export interface RobustnessRow {
  assumption: string;
  value: number;
  /** The value is the one the reference scenario has. */
  isDefault: boolean;
  scenario: string;
  outcome: string;
  diff: number;
  diffLo: number;
  diffHi: number;
  relDiff: number;
  pAdjusted: number;
  sign: IntervalSign;
}

export interface RobustnessVerdict {
  assumption: string;
  scenario: string;
  outcome: string;
  /** The signs at the values, in the order of the values. */
  signs: IntervalSign[];
  verdict: Verdict;
  /** The smallest and largest mean difference over the values. */
  minDiff: number;
  maxDiff: number;
}

export interface RobustnessResult {
  scenarios: string[];
  runs: number;
  assumptions: (Assumption & { default: number | undefined })[];
  rows: RobustnessRow[];
  verdicts: RobustnessVerdict[];
  /** A policy of a scenario's timeline sets a varied parameter: the varied value holds only until the policy acts. */
  warnings: string[];
}

/** The sign of an interval [lo, hi]; '0' when it reaches 0 or is not finite. */
export function intervalSign(lo: number, hi: number): IntervalSign {
  if (lo > 0) return '+';
  if (hi < 0) return '-';
  return '0';
}

export function verdictOf(signs: readonly IntervalSign[]): Verdict {
  const plus = signs.includes('+');
  const minus = signs.includes('-');
  if (plus && minus) return 'flips';
  if (!plus && !minus) return 'unclear';
  return signs.includes('0') ? 'weakens' : 'holds';
}

/** Parses `path=v1,v2,...` (at least two distinct finite values); the message names the option and the text. */
export function parseAssumption(text: string, option = '--vary'): Assumption {
  const at = text.indexOf('=');
  const path = at > 0 ? text.slice(0, at).trim() : '';
  const values =
    at > 0
      ? text
          .slice(at + 1)
          .split(',')
          .map((v) => v.trim())
      : [];
  if (!path || values.length === 0 || values.some((v) => v === ''))
    throw new UserError(
      `${option} ${JSON.stringify(text)}: expected path=value,value,..., e.g. decay.crossMcRatePerMonth=0.032,0.1,0.2`,
    );
  const numbers = values.map(Number);
  const bad = values.find((v, k) => !Number.isFinite(numbers[k]));
  if (bad !== undefined) throw new UserError(`${option} ${path}: ${JSON.stringify(bad)} is not a number`);
  if (new Set(numbers).size < 2)
    throw new UserError(`${option} ${path}: give at least two different values, got ${values.join(',')}`);
  if (new Set(numbers).size < numbers.length) throw new UserError(`${option} ${path}: a value is given twice`);
  return { path, values: numbers };
}

/** Warnings for varied parameters that a policy of some scenario's timeline sets. */
export function timelineWarnings(scenarios: readonly Scenario[], paths: readonly string[]): string[] {
  const warnings: string[] = [];
  for (const scenario of scenarios) {
    for (const path of paths) {
      const policy = scenario.policies.find((p) => Object.hasOwn(p.set, path));
      if (policy)
        warnings.push(
          `${scenario.name}: a policy at step ${policy.at} sets ${path}, so the varied value holds only until then`,
        );
    }
  }
  return warnings;
}

/**
 * Runs the comparison once per value of every assumption. `build(sets)` gives the scenarios with the overrides
 * applied (path=value strings; it validates them, so an out-of-range value is refused with its place).
 */
export async function assumptionSweep(
  build: (sets: readonly string[]) => Scenario[],
  assumptions: readonly Assumption[],
  options: CompareOptions & { onCompare?: (done: number, total: number) => void } = {},
): Promise<RobustnessResult> {
  if (assumptions.length === 0) throw new UserError('--vary: name at least one assumed parameter');
  const paths = assumptions.map((a) => a.path);
  if (new Set(paths).size < paths.length) throw new UserError('--vary: a parameter is varied twice');
  const reference = build([]);
  const plans = assumptions.map((a) => ({
    ...a,
    default: numberAt(reference[0], a.path),
    scenarios: a.values.map((v) => build([`${a.path}=${v}`])),
  }));
  const total = plans.reduce((n, p) => n + p.values.length, 0);
  const rows: RobustnessRow[] = [];
  let names: string[] = [];
  let runs = 0;
  let done = 0;
  for (const plan of plans) {
    for (const [k, value] of plan.values.entries()) {
      const result: CompareResult = await compareScenarios(plan.scenarios[k], options);
      names = result.scenarios;
      runs = result.runs;
      for (const row of result.outcomes) {
        if (row.scenario === result.scenarios[0]) continue;
        rows.push({
          assumption: plan.path,
          value,
          isDefault: value === plan.default,
          scenario: row.scenario,
          outcome: row.outcome,
          diff: row.diff,
          diffLo: row.diffLo,
          diffHi: row.diffHi,
          relDiff: row.relDiff,
          pAdjusted: row.pAdjusted,
          sign: intervalSign(row.diffLo, row.diffHi),
        });
      }
      options.onCompare?.(++done, total);
    }
  }
  return {
    scenarios: names,
    runs,
    assumptions: plans.map(({ path, values, default: d }) => ({ path, values, default: d })),
    rows,
    verdicts: verdictsOf(rows, paths),
    warnings: timelineWarnings(reference, paths),
  };
}

function numberAt(scenario: Scenario, path: string): number | undefined {
  const value = getPath(scenario, path);
  return typeof value === 'number' ? value : undefined;
}

/** One verdict per assumption, scenario and outcome: by scenario, then outcome, in the order the rows first name them. */
export function verdictsOf(rows: readonly RobustnessRow[], paths: readonly string[]): RobustnessVerdict[] {
  const verdicts: RobustnessVerdict[] = [];
  for (const path of paths) {
    const own = rows.filter((r) => r.assumption === path);
    const scenarios = [...new Set(own.map((r) => r.scenario))];
    const outcomes = [...new Set(own.map((r) => r.outcome))];
    const keys = scenarios.flatMap((s) => outcomes.map((o) => `${s}\u0000${o}`));
    for (const key of keys) {
      const [scenario, outcome] = key.split('\u0000');
      const group = own.filter((r) => r.scenario === scenario && r.outcome === outcome);
      if (group.length === 0) continue;
      const signs = group.map((r) => r.sign);
      const diffs = group.map((r) => r.diff);
      verdicts.push({
        assumption: path,
        scenario,
        outcome,
        signs,
        verdict: verdictOf(signs),
        minDiff: Math.min(...diffs),
        maxDiff: Math.max(...diffs),
      });
    }
  }
  return verdicts;
}
