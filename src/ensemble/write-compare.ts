// Writes a comparison's folder atomically: compare.json, runs.csv (with each run's posterior draw, when there is one)
// and the same table as runs.parquet,
// timeseries.csv (ensemble mean and CI per step), table.txt, and the files given beside them (chart specs, the
// manifest).
import type { CompareResult } from './compare.js';
import { COMPARED_OUTCOME_NAMES } from './job.js';
import { formatCompareTable } from './format-table.js';
import { writeFolderAtomically, type FileContents, type WriteOptions } from '../output/atomic.js';
import { toCsv } from '../output/csv.js';
import { csvToParquet } from '../output/parquet.js';

export function compareFiles(result: CompareResult, extra: FileContents = {}): FileContents {
  const { perRun, series, snapshots: _snapshots, ...summary } = result;
  const runs = toCsv(
    perRun.map((r) => ({ scenario: r.scenario, run: r.run, seed: r.seed, draw: r.draw, ...r.outcomes })),
    ['scenario', 'run', 'seed', ...(result.posterior ? ['draw'] : []), ...COMPARED_OUTCOME_NAMES],
  );
  return {
    'compare.json': JSON.stringify(summary, null, 2) + '\n',
    'runs.csv': runs,
    'runs.parquet': csvToParquet(runs),
    'timeseries.csv': toCsv(series as unknown as Record<string, unknown>[], [
      'scenario',
      'step',
      'date',
      'metric',
      'mean',
      'lo',
      'hi',
    ]),
    'table.txt': formatCompareTable(result),
    ...extra,
  };
}

export async function writeCompare(
  dir: string,
  result: CompareResult,
  extra: FileContents = {},
  options: Omit<WriteOptions, 'kind'> = {},
): Promise<void> {
  await writeFolderAtomically(dir, compareFiles(result, extra), { command: 'compare', ...options, kind: 'compare' });
}
