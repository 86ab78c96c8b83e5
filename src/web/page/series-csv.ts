// The live series as CSV, for a spreadsheet: one line per month of each run, dated, with the recorder's columns and the
// ties by sort, cells written as every CSV of clustersim (output/csv.ts). Pure: the page makes a file of it (export.ts).
import { csvCell as cell } from '../../output/csv.js';
import { stepDate } from '../../scenario/dates.js';
import { TIE_SORTS, type StepRow } from '../protocol.js';

/** CSV of the runs' rows: columns run, step, date, then the recorder's columns (of the first row), then tie sorts. */
export function seriesCsv(runs: readonly (readonly StepRow[])[], startYear: number): string {
  const first = runs.find((rows) => rows.length > 0)?.[0];
  if (!first) return 'run,step,date\n';
  const columns = Object.keys(first.row).filter((c) => c !== 'step' && c !== 'date');
  const header = ['run', 'step', 'date', ...columns, ...TIE_SORTS.map((s) => `ties ${s}`)];
  const lines = [header.map(cell).join(',')];
  runs.forEach((rows, run) => {
    for (const r of rows) {
      const step = Number(r.row.step);
      const values = [run + 1, step, stepDate(startYear, step), ...columns.map((c) => r.row[c]), ...r.tiesBySort];
      lines.push(values.map(cell).join(','));
    }
  });
  return `${lines.join('\n')}\n`;
}
