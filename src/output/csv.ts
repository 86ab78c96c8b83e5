// Tidy CSV of the recorded rows: one row per step, one column per measure; empty cells are NA (R and pandas read them
// as missing).
import { textStream, type TextStream } from './text-chunks.js';

/**
 * Text that a spreadsheet would run as a formula when the file is opened: it starts with = + - @, a tab or a carriage
 * return.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A number as CSV writes it (1, -0.25, 1e-7): such text is data, never a formula. */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV cell: numbers as they print, null and non-finite numbers empty, text quoted where it holds , " or a line
 * break. Text that a spreadsheet would run as a formula gets a leading apostrophe (the OWASP advice against CSV
 * injection), so a scenario named "=HYPERLINK(...)" stays text; text that is a plain number is left as it is. Text that
 * already starts with apostrophes before such a character gets one more, so that splitCsvLine gives back exactly what
 * was written.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header of the given columns (default: the keys of the first row). */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}

/** A cell as it was before csvCell neutralised it: one leading apostrophe less before a formula character. */
export function unneutralise(cell: string): string {
  return FORMULA.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * Splits one CSV line into cells, honouring double quotes and undoing csvCell's formula guard (cells holding line
 * breaks need a whole-text reader).
 */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(unneutralise(cell)), (cell = '');
    else cell += ch;
  }
  cells.push(unneutralise(cell));
  return cells;
}

/**
 * The text of toCsv as a stream, a line at a time, for tables with a row per member (centrality.csv): written chunk by
 * chunk, never held whole.
 */
export function csvStream(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
): TextStream {
  return textStream(function* () {
    yield columns.map(csvCell).join(',') + '\n';
    for (const row of rows) yield columns.map((c) => csvCell(row[c])).join(',') + '\n';
  });
}
