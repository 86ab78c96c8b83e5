// The key numbers of a report as HTML tables: a run's final outcomes, totals and tasks per year (Table 2);
// a comparison's mean and 95% interval per outcome and scenario, with the difference from the baseline.
import { CHARTED_OUTCOMES, comparisonTitle, TASK_COLUMNS } from '../charts/outcomes.js';
import type { CompareJson } from '../charts/types.js';
import { verdictOf, verdictTitle, type CompareRow } from '../charts/verdict.js';
import { escapeHtml } from './escape.js';

/** A number with 4 significant digits (integers in full, with thousands separators). */
export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'NA';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en') : String(Number(value.toPrecision(4)));
}

/** An HTML table: a caption, a head row, and rows whose first cell heads the row. */
export function table(caption: string, head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

export interface RunSummaryLike {
  steps?: number;
  final?: Record<string, unknown>;
  totals?: Record<string, unknown>;
  tasksSolvedPerYear?: Record<string, unknown>[];
}

/** Final outcomes, totals over the run, tasks solved per year by kind. */
export function runKeyNumbers(summary: RunSummaryLike): string {
  const parts: string[] = [];
  const final = summary.final ?? {};
  const outcomes = CHARTED_OUTCOMES.filter((o) => o.metric in final).map((o) => [
    o.title,
    formatNumber(final[o.metric]),
    o.axis,
  ]);
  if (outcomes.length > 0)
    parts.push(
      table(
        `At the end of the run (step ${final.step ?? summary.steps ?? '?'}, ${final.date ?? ''})`,
        ['outcome', 'value', 'unit'],
        outcomes,
      ),
    );
  const totals = Object.entries(summary.totals ?? {}).map(([k, v]) => [k, formatNumber(v)]);
  if (totals.length > 0) parts.push(table('Totals over the run', ['count', 'total'], totals));
  const years = summary.tasksSolvedPerYear ?? [];
  if (years.length > 0) {
    const head = ['year', ...TASK_COLUMNS.map((t) => t.label), 'total'];
    const rows = years.map((y) => [
      String(y.year),
      ...TASK_COLUMNS.map((t) => formatNumber(y[t.kind])),
      formatNumber(y.total),
    ]);
    parts.push(table("Tasks solved per year by kind (cf. the paper's Table 2)", head, rows));
  }
  return parts.join('\n');
}

const interval = (mean: number, lo: number, hi: number) =>
  `${formatNumber(mean)} [${formatNumber(lo)}, ${formatNumber(hi)}]`;

/** A difference cell: the difference [95% interval], coloured by its verdict, with its adjusted p-value if any. */
function differenceCell(row: CompareRow | undefined): string {
  if (!row) return '<td>NA</td>';
  const verdict = verdictOf(row);
  const p = typeof row.pAdjusted === 'number' ? ` (p=${formatNumber(row.pAdjusted)})` : '';
  return `<td class="v-${verdict.replace(' ', '-')}" title="${escapeHtml(verdictTitle(verdict))}">${escapeHtml(interval(row.diff, row.diffLo, row.diffHi) + p)}</td>`;
}

/** Mean [95% interval] per outcome and scenario; and the differences from the baseline, coloured by verdict. */
export function compareKeyNumbers(compare: CompareJson): string {
  const outcomes = [...new Set(compare.outcomes.map((o) => o.outcome))];
  const find = (outcome: string, scenario: string) =>
    compare.outcomes.find((o) => o.outcome === outcome && o.scenario === scenario) as CompareRow | undefined;
  const means = outcomes.map((o) => [
    comparisonTitle(o),
    ...compare.scenarios.map((s) => {
      const r = find(o, s);
      return r ? interval(r.mean, r.lo, r.hi) : 'NA';
    }),
  ]);
  const parts = [
    table(`Ensemble mean [95% interval], ${compare.runs} runs per scenario`, ['outcome', ...compare.scenarios], means),
  ];
  const policies = compare.scenarios.slice(1);
  if (policies.length > 0) {
    const th = ['outcome', ...policies].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const body = outcomes
      .map(
        (o) =>
          `<tr><th>${escapeHtml(comparisonTitle(o))}</th>${policies.map((s) => differenceCell(find(o, s))).join('')}</tr>`,
      )
      .join('\n');
    parts.push(
      `<table class="differences"><caption>${escapeHtml(`Difference from ${compare.scenarios[0]} [95% interval]; green: significant and better for the cluster, red: significant and worse, grey: no better direction or not significant`)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`,
    );
  }
  return parts.join('\n');
}
