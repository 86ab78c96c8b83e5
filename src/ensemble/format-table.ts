// The comparison as a plain-text table: one line per outcome, mean [95% CI] per scenario, then differences to the
// first.
import { alignTable, fmt } from '../output/text-table.js';
import type { CompareResult } from './compare.js';

export function formatCompareTable(result: CompareResult): string {
  const [base, ...others] = result.scenarios;
  const header = [
    'outcome',
    ...result.scenarios.map((s) => `${s} mean [95% CI]`),
    ...others.map((s) => `${s} - ${base} [95% CI]`),
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
        .map(
          (r) =>
            `${r.diff >= 0 ? '+' : ''}${fmt(r.diff)} [${fmt(r.diffLo)}, ${fmt(r.diffHi)}]${r.diffLo > 0 || r.diffHi < 0 ? ' *' : ''}`,
        ),
    ]);
  }
  return (
    `${result.runs} runs per scenario over the same seeds; * = the 95% interval of the difference excludes 0\n` +
    alignTable(lines)
  );
}
