// Reads a compare folder's timeseries.csv (scenario,step,date,metric,mean,lo,hi) into ensemble rows for its charts;
// empty cells are null.
import { splitCsvLine } from '../output/csv.js';
import type { EnsembleRow } from '../charts/types.js';

const REQUIRED = ['scenario', 'step', 'date', 'metric', 'mean', 'lo', 'hi'] as const;

export function parseEnsembleCsv(text: string): EnsembleRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new Error(`charts/ensemble-csv: timeseries.csv lacks the column(s) ${missing.join(', ')}`);
  const at = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof REQUIRED)[number],
    number
  >;
  const num = (cell: string | undefined) =>
    cell === undefined || cell === '' || !Number.isFinite(Number(cell)) ? null : Number(cell);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return {
      scenario: cells[at.scenario],
      step: Number(cells[at.step]),
      date: cells[at.date],
      metric: cells[at.metric],
      mean: num(cells[at.mean]),
      lo: num(cells[at.lo]),
      hi: num(cells[at.hi]),
    };
  });
}
