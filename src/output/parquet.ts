// Tidy tables as Parquet, for pandas, polars, R and DuckDB: a CSV table's columns typed (whole numbers INT32, other
// numbers DOUBLE, anything else STRING; an empty cell, which is how the CSV writes NaN, is null). Written with
// hyparquet-writer (pure JavaScript, from the npm registry alone), chosen after measuring in docs/distributed.md.
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import { splitCsvLine } from './csv.js';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const INT32 = 2 ** 31;

/** The Parquet column of a CSV column's cells. */
function columnOf(name: string, cells: readonly string[]): ColumnSource {
  const filled = cells.filter((c) => c !== '');
  const numeric = filled.length > 0 && filled.every((c) => NUMBER.test(c));
  if (!numeric) return { name, type: 'STRING', nullable: true, data: cells.map((c) => (c === '' ? null : c)) };
  const values = cells.map((c) => (c === '' ? null : Number(c)));
  const whole = values.every((v) => v === null || (Number.isInteger(v) && Math.abs(v) < INT32));
  const type: BasicType = whole ? 'INT32' : 'DOUBLE';
  return { name, type, nullable: true, data: values };
}

/** A table (header and rows of cells) as the bytes of a Parquet file. */
export function tableToParquet(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const columns = header.map((name, k) =>
    columnOf(
      name,
      rows.map((r) => r[k] ?? ''),
    ),
  );
  return new Uint8Array(parquetWriteBuffer({ columnData: columns, createdBy: 'clustersim' }));
}

/** A CSV text (a header line, then rows; as output/csv.ts writes it) as the bytes of a Parquet file. */
export function csvToParquet(text: string): Uint8Array {
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length === 0) throw new Error('csvToParquet: no header line');
  return tableToParquet(splitCsvLine(lines[0]), lines.slice(1).map(splitCsvLine));
}
