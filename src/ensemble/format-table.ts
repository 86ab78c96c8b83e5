// The comparison as a plain-text table: one line per outcome, mean [95% CI] per scenario, then differences to the first.
import type { CompareResult } from './compare.js';

/** Whole numbers from 1,000 up, two decimals from 1, three significant digits below. */
function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'NA';
  const a = Math.abs(x);
  if (a >= 1e7) return x.toExponential(2);
  if (a >= 1000) return x.toFixed(0);
  if (a >= 1 || a === 0) return x.toFixed(2);
  return x.toPrecision(3);
}

export function formatCompareTable(result: CompareResult): string {
  const [base, ...others] = result.scenarios;
  const header = ['outcome', ...result.scenarios.map((s) => `${s} mean [95% CI]`), ...others.map((s) => `${s} - ${base} [95% CI]`)];
  const lines: string[][] = [header];
  const outcomes = [...new Set(result.outcomes.map((o) => o.outcome))];
  for (const outcome of outcomes) {
    const rows = result.scenarios.map((s) => result.outcomes.find((o) => o.outcome === outcome && o.scenario === s)!);
    lines.push([
      outcome,
      ...rows.map((r) => `${fmt(r.mean)} [${fmt(r.lo)}, ${fmt(r.hi)}]`),
      ...rows.slice(1).map((r) => `${r.diff >= 0 ? '+' : ''}${fmt(r.diff)} [${fmt(r.diffLo)}, ${fmt(r.diffHi)}]${r.diffLo > 0 || r.diffHi < 0 ? ' *' : ''}`),
    ]);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  const text = lines.map((l) => l.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
  return [
    `${result.runs} runs per scenario over the same seeds; * = the 95% interval of the difference excludes 0`,
    text[0],
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...text.slice(1),
  ].join('\n') + '\n';
}
