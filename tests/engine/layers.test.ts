// The layers of src/, bottom to top, written once here: a file may import from its own folder and from the folders of
// the layers below its own, never from a layer above nor from another folder of its own layer. A folder that imports
// upward fails this test, naming the file and the import. ARCHITECTURE.md describes the same order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'version.ts', 'random', 'stats'],
  ['scenario'],
  ['model'],
  ['phases', 'metrics'],
  ['engine'],
  ['charts'],
  ['output'],
  ['ensemble'],
  ['distributed'],
  ['experiments', 'render'],
  ['report', 'web', 'docs'],
  ['cli'],
  ['index.ts'],
];

const src = resolve(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** The top folder (or top file) of src/ a path lies in. */
const unitOf = (path: string) => relative(src, path).split(sep)[0];
const levelOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

/** Relative imports of a file (import and export ... from, and import()), resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)|(?:^|\n)\s*import\s+'(\.[^']+)'/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

/** Every import that crosses the layers the wrong way, as "file imports target". */
function violations(): string[] {
  const found: string[] = [];
  for (const file of sources(src)) {
    const from = unitOf(file);
    for (const target of importsOf(file)) {
      const to = unitOf(target);
      if (from === to) continue;
      const a = levelOf(from);
      const b = levelOf(to);
      if (a < 0 || b < 0 || b >= a) found.push(`${relative(src, file)} imports ${relative(src, target)}`);
    }
  }
  return found;
}

describe('the layers of src/', () => {
  it('name every top folder and file of src/ once', () => {
    const units = readdirSync(src).sort();
    const listed = LAYERS.flat();
    expect(units.filter((u) => !listed.includes(u))).toEqual([]);
    expect(listed.filter((u) => !units.includes(u))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('are never crossed upward or sideways', () => {
    expect(violations()).toEqual([]);
  });
});
