// The comparison as a plain-text table: one line per outcome, mean [95% CI] per scenario, then for each scenario its
// difference to the first, relative difference, adjusted p-value and, with a posterior, the sign share; warnings first.
import { alignTable, fmt } from '../output/text-table.js';
import { ADJUSTMENT_TEXT, type Adjustment } from '../stats/adjust.js';
import type { CompareResult } from './compare.js';

const ADJUSTED_P: Record<Adjustment, string> = { holm: 'p (Holm)', bh: 'p (BH)', none: 'p' };

/** A p-value to two or three significant digits; below 0.0001 as "<0.0001". */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'NA';
  return p < 0.0001 ? '<0.0001' : fmt(p);
}

/** A relative difference in percent with its sign, e.g. "+3.2%". */
export function formatRel(rel: number): string {
  if (!Number.isFinite(rel)) return 'NA';
  return `${rel >= 0 ? '+' : ''}${(100 * rel).toFixed(1)}%`;
}

/** What the * means: significant after the adjustment, over how many differences, by which test. */
export function significanceNote(result: Pick<CompareResult, 'adjust' | 'alpha' | 'tests'>): string {
  const level = `${Number((100 * result.alpha).toPrecision(3))}%`;
  const n = `${result.tests} difference${result.tests === 1 ? '' : 's'}`;
  const test = "paired t-tests of the runs' differences";
  if (result.adjust === 'none') return `* = p <= ${result.alpha}, not adjusted for the ${n} tested (${test})`;
  const a = ADJUSTMENT_TEXT[result.adjust];
  return `* = significant at ${level} after ${a.name}'s adjustment for the ${n} tested (${a.controls}; ${test})`;
}

export function formatCompareTable(result: CompareResult): string {
  const [base, ...others] = result.scenarios;
  const posterior = result.posterior;
  const header = [
    'outcome',
    ...result.scenarios.map((s) => `${s} mean [95% CI]`),
    ...others.flatMap((s) => [
      `${s} - ${base} [95% CI]`,
      `${s} rel.`,
      `${s} ${ADJUSTED_P[result.adjust]}`,
      ...(posterior ? [`${s} sign share`] : []),
    ]),
  ];
  const lines: string[][] = [header];
  const outcomes = [...new Set(result.outcomes.map((o) => o.outcome))];
  for (const outcome of outcomes) {
    const rows = result.scenarios.map((s) => result.outcomes.find((o) => o.outcome === outcome && o.scenario === s)!);
    lines.push([
      outcome,
      ...rows.map((r) => `${fmt(r.mean)} [${fmt(r.lo)}, ${fmt(r.hi)}]`),
      ...rows
        .slice(1)
        .flatMap((r) => [
          `${r.diff >= 0 ? '+' : ''}${fmt(r.diff)} [${fmt(r.diffLo)}, ${fmt(r.diffHi)}]${r.significant ? ' *' : ''}`,
          formatRel(r.relDiff),
          formatP(r.pAdjusted),
          ...(posterior
            ? [Number.isFinite(r.signShare) ? `${r.signShare!.toFixed(2)}${r.robust ? '' : ' not robust'}` : 'NA']
            : []),
        ]),
    ]);
  }
  const notes = [
    ...result.warnings.map((w) => `warning: ${w}`),
    `${result.runs} runs per scenario over the same seeds${posterior ? ' and posterior draws' : ''}; ${significanceNote(result)}`,
    ...(posterior
      ? [
          `posterior: ${posterior.file} (${posterior.sha256}), ${posterior.draws} draws of ${posterior.paths.length} parameters, run k of every scenario takes the same draw; sign share = the share of runs whose difference has the sign of the mean difference, "not robust" below ${posterior.robustShare}`,
        ]
      : []),
  ];
  return `${notes.join('\n')}\n${alignTable(lines)}`;
}
