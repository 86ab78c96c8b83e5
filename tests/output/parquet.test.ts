// Tables as Parquet, read back with hyparquet (a reader apart from the writer): the columns' types, nulls for empty
// cells, and every value as the CSV has it.
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { csvToParquet, tableToParquet } from '../../src/output/parquet.js';

async function readBack(bytes: Uint8Array) {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const schema = parquetMetadata(file)
    .schema.slice(1)
    .map((e) => `${e.name}:${e.type}`);
  return { schema, rows: await parquetReadObjects({ file }) };
}

describe('csvToParquet: bad input', () => {
  it('refuses a text without a header line', () => {
    expect(() => csvToParquet('')).toThrow(/csvToParquet: no header line/);
  });
});

describe('csvToParquet', () => {
  it('types whole numbers INT32, other numbers DOUBLE, the rest STRING, and empty cells null', async () => {
    const csv = 'point,seed,rate,density,flag\n0,1/run/0,0.02,0.5,yes\n1,1/run/1,1e-3,,no\n2,"a,b",-3,0.25,\n';
    const { schema, rows } = await readBack(csvToParquet(csv));
    expect(schema).toEqual(['point:INT32', 'seed:BYTE_ARRAY', 'rate:DOUBLE', 'density:DOUBLE', 'flag:BYTE_ARRAY']);
    expect(rows).toEqual([
      { point: 0, seed: '1/run/0', rate: 0.02, density: 0.5, flag: 'yes' },
      { point: 1, seed: '1/run/1', rate: 0.001, density: null, flag: 'no' },
      { point: 2, seed: 'a,b', rate: -3, density: 0.25, flag: null },
    ]);
  });

  it('keeps numbers past INT32 and every double exactly', async () => {
    const values = [0.1 + 0.2, 2 ** 40, -1e-300, 123456789.12345679];
    const { schema, rows } = await readBack(
      tableToParquet(
        ['x'],
        values.map((v) => [String(v)]),
      ),
    );
    expect(schema).toEqual(['x:DOUBLE']);
    expect(rows.map((r) => r.x)).toEqual(values);
  });

  it("a sweep's runs.csv and its runs.parquet hold the same table", async () => {
    const csv = [
      'point,run,seed,decay.ratePerMonth,density',
      '0,0,7/run/0,0.02,0.0123456789',
      '0,1,7/run/1,0.02,',
      '1,0,7/run/0,0.05,0.5',
      '',
    ].join('\n');
    const { rows } = await readBack(csvToParquet(csv));
    expect(
      rows.map((r) =>
        Object.values(r)
          .map((v) => (v === null ? '' : String(v)))
          .join(','),
      ),
    ).toEqual(csv.split('\n').slice(1, -1));
  });
});
