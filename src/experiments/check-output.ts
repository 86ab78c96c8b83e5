// What `check` prints and writes: the table of targets, check.csv (one row per target), runs.csv (one row per run and
// target), check.json (everything, with the untargeted figures) and check.vl.json (the chart).
import { writeFolderAtomically, type WriteOptions } from '../output/atomic.js';
import { toCsv } from '../output/csv.js';
import type { CheckResult } from './check.js';
import { checkChartSpec } from './charts.js';
import { alignTable, fmt } from '../output/text-table.js';

export const CHECK_FILES = ['check.csv', 'runs.csv', 'check.json', 'check.vl.json'] as const;

export function formatCheckTable(result: CheckResult): string {
  const lines = [['target', 'source', 'observed', 'simulated mean [95% CI]', 'tolerance', 'result']];
  for (const r of result.rows) {
    lines.push([
      r.id,
      r.source,
      fmt(r.observed),
      `${fmt(r.mean)} [${fmt(r.lo)}, ${fmt(r.hi)}]`,
      `±${r.toleranceText}`,
      r.pass ? 'pass' : 'FAIL',
    ]);
  }
  const passed = result.rows.filter((r) => r.pass).length;
  return (
    [
      `${result.scenario} against ${result.targets}: ${result.runs} runs to step ${result.steps}; a target passes when the mean lies within its tolerance`,
      alignTable(lines).trimEnd(),
      `${passed} of ${result.rows.length} targets pass; ${result.untargeted.length} figures of the paper are not targeted (see check.json)`,
    ].join('\n') + '\n'
  );
}

export async function writeCheck(
  dir: string,
  result: CheckResult,
  options: Omit<WriteOptions, 'kind'> = {},
): Promise<void> {
  const runs = result.perRun.flatMap((values, k) =>
    result.rows.map((t, i) => ({ run: k, seed: result.seeds[k], target: t.id, value: values[i] })),
  );
  await writeFolderAtomically(
    dir,
    {
      'check.csv': toCsv(result.rows.map((r) => ({ ...r }))),
      'runs.csv': toCsv(runs, ['run', 'seed', 'target', 'value']),
      'check.json':
        JSON.stringify(
          { ...result, perRun: undefined },
          (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v),
          2,
        ) + '\n',
      'check.vl.json':
        JSON.stringify(
          checkChartSpec(result.rows, `${result.scenario} against ${result.targets} (${result.runs} runs)`),
          null,
          2,
        ) + '\n',
    },
    { command: 'check', ...options, kind: 'check' },
  );
}
