// What `check` prints and writes: the table of targets in three groups (fitted, held out, and the inputs, shown but not
// tests), the figures compared but not tested, check.csv (one row per target, with its role), runs.csv (one row per run
// and target), check.json (everything, with the untargeted figures) and check.vl.json (the chart).
import { checkChartSpec, checkChartTitle } from '../charts/check.js';
import { stringifySpec } from '../charts/stringify.js';
import { writeFolderAtomically, type WriteOptions } from '../output/atomic.js';
import { toCsv } from '../output/csv.js';
import { checkCounts, type CheckResult, type CheckRow } from './check.js';
import { alignTable, fmt } from '../output/text-table.js';
import type { TargetRole } from './targets/schema.js';

export const CHECK_FILES = ['check.csv', 'runs.csv', 'check.json', 'check.vl.json'] as const;

/** The groups of the check table, in print order, with their headings. */
export const ROLE_HEADINGS: readonly { role: TargetRole; heading: string }[] = [
  { role: 'fitted', heading: 'fitted (used by calibrate)' },
  { role: 'heldout', heading: 'held out (never used by calibrate)' },
  { role: 'input', heading: 'inputs (data the model is built from: input, not a test)' },
];

/** The result cell: pass or FAIL for a test; an input is marked as one, and says so when it is off its figure. */
function resultText(r: CheckRow): string {
  if (r.role !== 'input') return r.pass ? 'pass' : 'FAIL';
  return r.pass ? 'input, not a test' : 'input, not a test (outside the tolerance)';
}

const interval = (r: { mean: number; lo: number; hi: number }) => `${fmt(r.mean)} [${fmt(r.lo)}, ${fmt(r.hi)}]`;

/** The headline: fitted and held-out targets that pass; inputs are only counted as shown. */
export function checkHeadline(rows: readonly CheckRow[]): string {
  const c = checkCounts(rows);
  const inputs = c.inputs === 1 ? '1 input shown, not a test' : `${c.inputs} inputs shown, not tests`;
  return `fitted: ${c.fitted.pass} of ${c.fitted.total} pass; held out: ${c.heldout.pass} of ${c.heldout.total} pass; ${inputs}`;
}

export function formatCheckTable(result: CheckResult): string {
  const blocks = [
    `${result.scenario} against ${result.targets}: ${result.runs} runs to step ${result.steps}; a target passes when the mean lies within its tolerance`,
  ];
  for (const { role, heading } of ROLE_HEADINGS) {
    const rows = result.rows.filter((r) => r.role === role);
    if (rows.length === 0) continue;
    const lines = [['target', 'source', 'observed', 'simulated mean [95% CI]', 'tolerance', 'result']];
    for (const r of rows)
      lines.push([r.id, r.source, fmt(r.observed), interval(r), `±${r.toleranceText}`, resultText(r)]);
    blocks.push(`\n${heading}\n${alignTable(lines).trimEnd()}`);
  }
  if (result.compared.length > 0) {
    const lines = [['figure', 'source', 'observed', 'simulated mean [95% CI]']];
    for (const c of result.compared) lines.push([c.figure, c.source, fmt(c.observed), interval(c)]);
    const reasons = [...new Set(result.compared.map((c) => c.reason))].map((reason) => `  - ${reason}`);
    blocks.push(`\ncompared, not tested\n${alignTable(lines).trimEnd()}\n${reasons.join('\n')}`);
  }
  const untargeted = result.untargeted.length - result.compared.length;
  blocks.push(
    `\n${checkHeadline(result.rows)}; ${result.compared.length} figure${result.compared.length === 1 ? '' : 's'} compared, not tested; ${untargeted} figure${untargeted === 1 ? '' : 's'} of the paper not targeted (see check.json)`,
  );
  return blocks.join('\n') + '\n';
}

/** Non-finite numbers as null in JSON. */
export const jsonText = (value: unknown) =>
  JSON.stringify(value, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';

/** The files of a check, by name (CHECK_FILES), for writeCheck and for writers that add to them. */
export function checkFiles(result: CheckResult): Record<string, string> {
  const draws = result.posterior?.perRun;
  const runs = result.perRun.flatMap((values, k) =>
    result.rows.map((t, i) => ({ run: k, seed: result.seeds[k], draw: draws?.[k], target: t.id, value: values[i] })),
  );
  return {
    'check.csv': toCsv(result.rows.map((r) => ({ ...r }))),
    'runs.csv': toCsv(runs, ['run', 'seed', ...(draws ? ['draw'] : []), 'target', 'value']),
    'check.json': jsonText({ ...result, perRun: undefined }),
    'check.vl.json': stringifySpec(
      checkChartSpec(result.rows, checkChartTitle(result.scenario, result.targets, result.runs)),
    ),
  };
}

/** Writes the check's folder atomically; `extra` files (the knock-outs) go into the same folder and its file list. */
export async function writeCheck(
  dir: string,
  result: CheckResult,
  options: Omit<WriteOptions, 'kind'> = {},
  extra: Record<string, string> = {},
): Promise<void> {
  await writeFolderAtomically(
    dir,
    { ...checkFiles(result), ...extra },
    { command: 'check', ...options, kind: 'check' },
  );
}
