// tempFolder makes fresh folders in the system's temporary folder and records them; removeTempFolders (called after
// each test file by tests/setup/temp.ts) removes exactly those, with what they hold, and nothing else.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from './temp.js';

describe('tempFolder: bad input', () => {
  it.each([[''], ['a/b'], ['a\\b'], ['../clustersim-']])('refuses the prefix %j', (prefix) => {
    expect(() => tempFolder(prefix)).toThrow(
      `tests/helpers/temp: prefix ${JSON.stringify(prefix)}: expected a plain name, no path separator`,
    );
  });
});

describe('tempFolder', () => {
  let kept: string;

  it('makes a fresh, empty folder in the temporary folder, named by the prefix, a new one at each call', () => {
    const a = tempFolder('clustersim-temp-test-');
    const b = tempFolder('clustersim-temp-test-');
    for (const dir of [a, b]) {
      expect(dirname(dir)).toBe(tmpdir());
      expect(basename(dir)).toMatch(/^clustersim-temp-test-[A-Za-z0-9]{6}$/);
      expect(statSync(dir).isDirectory()).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    }
    expect(a).not.toBe(b);
    kept = a;
  });

  it('leaves the folder in place from one test to the next: it is removed after the file, not after each test', () => {
    expect(existsSync(kept)).toBe(true);
  });

  it('removeTempFolders removes the folders it made, with their contents, and only those', () => {
    const made = tempFolder('clustersim-temp-test-');
    writeFileSync(join(made, 'file.txt'), 'x');
    const foreign = mkdtempSync(join(tmpdir(), 'clustersim-temp-foreign-'));
    try {
      removeTempFolders();
      expect(existsSync(made)).toBe(false);
      expect(existsSync(kept)).toBe(false);
      expect(existsSync(foreign)).toBe(true);
      // The list is emptied: a second call has nothing to remove and a folder made afterwards is recorded afresh.
      expect(() => removeTempFolders()).not.toThrow();
      const later = tempFolder('clustersim-temp-test-');
      removeTempFolders();
      expect(existsSync(later)).toBe(false);
    } finally {
      rmSync(foreign, { recursive: true, force: true });
    }
  });
});
