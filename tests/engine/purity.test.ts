// The engine's purity, read from its sources: no Math.random anywhere in src/ (comments aside), and no node: module
// (nor any other Node built-in) imported by the engine folders, so that the browser can bundle them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const ENGINE = ['src/model', 'src/phases', 'src/engine', 'src/metrics', 'src/random'];
const ENGINE_FILES = ['schema', 'dates', 'validate', 'messages', 'problems', 'suggest'].map(
  (f) => `src/scenario/${f}.ts`,
);

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.(ts|js|mjs|cjs|tsx)$/.test(name) ? [path] : [];
  });
}

/** The source with comments blanked out, strings and template literals kept. */
function stripComments(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      out += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Module specifiers of a source's static imports, re-exports, dynamic imports and requires. */
function importsOf(source: string): string[] {
  const code = stripComments(source);
  const specs: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g))
    specs.push(m[2]);
  return specs;
}

describe('stripComments', () => {
  it('blanks line and block comments and keeps code and strings', () => {
    expect(stripComments('a(); // Math.random()\n/* Math.random() */b("//x");')).toBe('a(); \n b("//x");');
  });
});

describe('the sources', () => {
  it('never call Math.random outside comments', () => {
    const offenders = sourcesUnder(join(root, 'src')).filter((file) =>
      /\bMath\s*\.\s*random\b/.test(stripComments(readFileSync(file, 'utf8'))),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('of the engine import no node: module or other Node built-in', () => {
    const builtins = new Set(builtinModules);
    const files = [...ENGINE.flatMap((d) => sourcesUnder(join(root, d))), ...ENGINE_FILES.map((f) => join(root, f))];
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('of the engine mention no process, Buffer or require (browser globals only)', () => {
    const files = [...ENGINE.flatMap((d) => sourcesUnder(join(root, d))), ...ENGINE_FILES.map((f) => join(root, f))];
    const offenders = files.filter((file) =>
      /\b(process|Buffer|require|__dirname)\b/.test(
        stripComments(readFileSync(file, 'utf8')).replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""'),
      ),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
