// The rows file of an experiment, appended one run at a time in job order so that an interrupted experiment resumes
// where it stopped: on reopening, complete rows are kept (a torn last line is cut), checked against the plan, and
// counted as done.
import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { csvCell, splitCsvLine } from '../output/csv.js';
import { withPath } from '../output/atomic.js';

export interface RowStream {
  /** Rows already in the file: jobs 0 .. done - 1 are finished. */
  readonly done: number;
  /** Appends the next row. */
  append(cells: readonly unknown[]): void;
  /** Appends the next row as a line of cells already joined (no newline). */
  appendLine(line: string): void;
}

/** The data lines of a rows file (header excluded), each split into cells. */
export function readRows(file: string): string[][] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines
    .slice(1)
    .filter((l) => l !== '')
    .map(splitCsvLine);
}

/**
 * Opens (or creates) the rows file. `keyOf(i)` gives the leading cells job i writes (point, run, seed): rows already in
 * the file must match them in order, or the file belongs to another experiment and a UserError says so.
 */
export function openRowStream(
  file: string,
  header: readonly string[],
  keyOf: (i: number) => readonly string[] | undefined,
): RowStream {
  const head = header.map(csvCell).join(',');
  let done = 0;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const complete = text.lastIndexOf('\n') + 1;
    if (complete < text.length) truncateSync(file, Buffer.byteLength(text.slice(0, complete)));
    const lines = text.slice(0, complete).split('\n').slice(0, -1);
    if (lines.length > 0 && lines[0] !== head) {
      throw new UserError(
        `${file}: its columns differ from this experiment's: it was written by another experiment; choose another --out folder`,
      );
    }
    for (const line of lines.slice(1)) {
      const key = keyOf(done);
      const cells = splitCsvLine(line);
      if (!key || key.some((k, c) => cells[c] !== k)) {
        throw new UserError(
          `${file}: row ${done + 1} (${cells.slice(0, 3).join(', ')}) is not this experiment's run ${done}: choose another --out folder`,
        );
      }
      done++;
    }
    if (lines.length === 0) writeFileSync(file, head + '\n');
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, head + '\n');
  }
  return {
    get done() {
      return done;
    },
    append(cells) {
      this.appendLine(cells.map(csvCell).join(','));
    },
    appendLine(line) {
      try {
        appendFileSync(file, line + '\n');
      } catch (error) {
        throw withPath(error, file);
      }
      done++;
    },
  };
}
