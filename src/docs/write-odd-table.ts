// Rewrites the generated blocks of docs/ODD.md in place: the parameter table (from the schema) and the output columns
// (from the recorder). Run with `npx tsx src/docs/write-odd-table.ts [path/to/ODD.md]`; the default path is docs/ODD.md
// of this repository.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { columnsTable } from './columns-table.js';
import { replaceBlock } from './markers.js';
import { parameterTable } from './params-table.js';

/** The generated blocks of the ODD, by marker name. */
export const ODD_BLOCKS: Readonly<Record<string, () => string>> = {
  parameters: parameterTable,
  columns: columnsTable,
};

/** docs/ODD.md of this repository, found from this file's place in src/docs/. */
export function defaultOddPath(): string {
  return fileURLToPath(new URL('../../docs/ODD.md', import.meta.url));
}

/** The ODD's text with every generated block brought up to date. */
export function updateOdd(text: string): string {
  return Object.entries(ODD_BLOCKS).reduce((doc, [name, generate]) => replaceBlock(doc, name, generate()), text);
}

function main(): void {
  const path = process.argv[2] ?? defaultOddPath();
  const before = readFileSync(path, 'utf8');
  const after = updateOdd(before);
  if (after === before) {
    console.log(`clustersim/docs: ${path} is up to date`);
    return;
  }
  writeFileSync(path, after);
  console.log(`clustersim/docs: rewrote the generated blocks (${Object.keys(ODD_BLOCKS).join(', ')}) of ${path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
