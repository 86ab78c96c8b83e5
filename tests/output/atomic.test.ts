// Atomic writes: a failed write leaves the old folder and no temporary folder; a good one writes every file (nested
// names included), replaces an existing folder whole, and leaves nothing else behind. Runs in a fresh temporary folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFolderAtomically } from '../../src/output/atomic.js';

let root: string;
let count = 0;
/** A fresh parent folder for each test. */
const parent = () => {
  const dir = join(root, `case-${count++}`);
  mkdirSync(dir);
  return dir;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'clustersim-atomic-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeFolderAtomically on a failing write', () => {
  it('keeps the old folder as it was and removes its temporary folder', async () => {
    const base = parent();
    const dir = join(base, 'run');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'old');
    await expect(writeFolderAtomically(dir, { 'a.txt': 'new', 'bad\0name': 'x' })).rejects.toThrow();
    expect(readdirSync(base)).toEqual(['run']);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('old');
  });
});

describe('writeFolderAtomically', () => {
  it('writes text and binary files, in nested folders, creating the parents', async () => {
    const base = parent();
    const dir = join(base, 'deeper', 'run');
    await writeFolderAtomically(dir, { 'a.txt': 'alpha', 'charts/b.json': '{}', 'c.bin': new Uint8Array([0, 1, 255]) });
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'c.bin', 'charts']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha');
    expect(readFileSync(join(dir, 'charts', 'b.json'), 'utf8')).toBe('{}');
    expect([...readFileSync(join(dir, 'c.bin'))]).toEqual([0, 1, 255]);
  });

  it('replaces an existing folder whole: files it no longer has are gone', async () => {
    const base = parent();
    const dir = join(base, 'run');
    await writeFolderAtomically(dir, { 'old.txt': 'x', 'same.txt': 'before' });
    await writeFolderAtomically(dir, { 'same.txt': 'after', 'new.txt': 'y' });
    expect(readdirSync(dir).sort()).toEqual(['new.txt', 'same.txt']);
    expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe('after');
  });

  it('leaves no temporary folders behind', async () => {
    const base = parent();
    for (let k = 0; k < 3; k++) await writeFolderAtomically(join(base, 'run'), { 'k.txt': String(k) });
    await writeFolderAtomically(join(base, 'other'), {});
    expect(readdirSync(base).sort()).toEqual(['other', 'run']);
    expect(readdirSync(join(base, 'other'))).toEqual([]);
  });
});

describe('writeFileAtomically', () => {
  it('writes and replaces a file, creating its folder, leaving no temporary file', async () => {
    const base = parent();
    const path = join(base, 'sub', 'f.json');
    await writeFileAtomically(path, 'one');
    await writeFileAtomically(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(join(base, 'sub'))).toEqual(['f.json']);
    expect(existsSync(base)).toBe(true);
  });
});

describe('writeFolderAtomically, concurrently', () => {
  it('lets two writers of the same folder in the same instant both finish, the folder whole', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clustersim-atomic-race-'));
    const dir = join(parent, 'run');
    await Promise.all([writeFolderAtomically(dir, { 'a.txt': 'one' }), writeFolderAtomically(dir, { 'a.txt': 'two' })]);
    expect(['one', 'two']).toContain(readFileSync(join(dir, 'a.txt'), 'utf8'));
    expect(readdirSync(parent)).toEqual(['run']);
  });
});
