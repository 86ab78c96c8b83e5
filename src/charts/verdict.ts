// What a difference from the baseline means: whether it is significant (compare.json's `significant` where a comparison
// wrote it, after its adjustment for multiple comparisons; else whether the 95% interval of the difference excludes 0),
// and whether it is good or bad for the cluster, by the direction the outcome registry calls better.
import { KEY_OUTCOMES, outcomeSpec, type Better } from '../metrics/outcomes.js';
import type { CompareJson, OutcomeRow } from './types.js';

/**
 * Fields a comparison may add to each row: p-values (raw and adjusted), the significance after adjustment, the
 * difference relative to the baseline's mean, and with a posterior the share of draws of the difference's sign and
 * whether that share is robust. Every reader falls back when they are absent.
 */
export interface RowExtras {
  p?: number;
  pAdjusted?: number;
  significant?: boolean;
  relDiff?: number;
  signShare?: number;
  robust?: boolean;
}

export type CompareRow = OutcomeRow & RowExtras;

/** What compare.json may hold beyond scenarios, runs, seeds and outcomes. */
export interface CompareExtras {
  warnings?: string[];
  /** The outcomes a comparison declared of interest, if it lists them. */
  outcomesOfInterest?: unknown;
  keyOutcomes?: unknown;
}

export type Verdict = 'better' | 'worse' | 'changed' | 'not significant';

/** The verdicts in legend order, with their colours: green good, red bad, grey neither or not significant. */
export const VERDICTS: readonly { verdict: Verdict; title: string; color: string }[] = [
  { verdict: 'better', title: 'significant, better for the cluster', color: '#1a9850' },
  { verdict: 'worse', title: 'significant, worse for the cluster', color: '#d73027' },
  { verdict: 'changed', title: 'significant, neither better nor worse', color: '#555555' },
  { verdict: 'not significant', title: 'not significant', color: '#b0b0b0' },
];

/** The verdict's title in charts and tables. */
export const verdictTitle = (verdict: Verdict) => VERDICTS.find((v) => v.verdict === verdict)!.title;

/** Whether a row's difference is significant: its `significant` field, else its 95% interval excludes 0. */
export function isSignificant(row: CompareRow): boolean {
  if (typeof row.significant === 'boolean') return row.significant;
  return Number.isFinite(row.diffLo) && Number.isFinite(row.diffHi) && (row.diffLo > 0 || row.diffHi < 0);
}

/** The registry's better direction of an outcome; 'neither' for one the registry does not know. */
export function betterOf(outcome: string): Better {
  return outcomeSpec(outcome)?.better ?? 'neither';
}

/** Significant and better, significant and worse, significant for an outcome with no better direction, or neither. */
export function verdictOf(row: CompareRow): Verdict {
  if (!isSignificant(row) || row.diff === 0) return 'not significant';
  const better = betterOf(row.outcome);
  if (better === 'neither') return 'changed';
  return row.diff > 0 === (better === 'higher') ? 'better' : 'worse';
}

/** The baseline's row of an outcome (the first scenario). */
export function baselineRow(compare: CompareJson, outcome: string): CompareRow | undefined {
  return compare.outcomes.find((o) => o.outcome === outcome && o.scenario === compare.scenarios[0]);
}

/** The difference relative to the baseline's mean: the row's `relDiff`, else diff / baseline mean (NaN at 0). */
export function relativeDifference(compare: CompareJson, row: CompareRow): number {
  if (typeof row.relDiff === 'number') return row.relDiff;
  const base = baselineRow(compare, row.outcome)?.mean;
  return base !== undefined && base !== 0 && Number.isFinite(base) ? row.diff / Math.abs(base) : NaN;
}

/** The comparison's warnings, if it wrote any. */
export function warningsOf(compare: CompareJson): string[] {
  const warnings = (compare as CompareJson & CompareExtras).warnings;
  return Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === 'string') : [];
}

/** Outcome names out of a declared list: names, or objects naming their outcome (`outcome` or `name`). */
function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((item) =>
      typeof item === 'string'
        ? item
        : item && typeof item === 'object'
          ? ((item as { outcome?: unknown; name?: unknown }).outcome ?? (item as { name?: unknown }).name)
          : undefined,
    )
    .filter((name): name is string => typeof name === 'string');
}

/**
 * The key outcomes of a comparison, in order: the outcomes of interest compare.json declares, if it lists them; else the
 * registry's key outcomes; else every outcome compared. Only outcomes the comparison holds.
 */
export function keyOutcomesOf(compare: CompareJson): string[] {
  const compared = [...new Set(compare.outcomes.map((o) => o.outcome))];
  const extras = compare as CompareJson & CompareExtras;
  const declared = namesOf(extras.outcomesOfInterest ?? extras.keyOutcomes).filter((o) => compared.includes(o));
  if (declared.length > 0) return [...new Set(declared)];
  const key = KEY_OUTCOMES.map((o) => o.name).filter((o) => compared.includes(o));
  return key.length > 0 ? key : compared;
}
