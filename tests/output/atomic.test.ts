// Atomic, safe folder writes: a failed write leaves the old folder and no temporary folder; a folder of someone else's
// files is never replaced; what an interrupted write left behind is cleared (or put back) by the next one; a good write
// writes every file with its marker, replaces a clustersim folder whole, and leaves nothing else behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearLeftovers, writeFileAtomically, writeFolderAtomically } from '../../src/output/atomic.js';
import { MARKER_FILE, markerText } from '../../src/output/folder.js';
import { streamedText, textStream, type TextStream } from '../../src/output/text-chunks.js';
import { tempFolder } from '../helpers/temp.js';

let root: string;
let count = 0;
/** A fresh parent folder for each test. */
const parent = () => {
  const dir = join(root, `case-${count++}`);
  mkdirSync(dir);
  return dir;
};
const RUN = { kind: 'run' } as const;

beforeAll(() => {
  root = tempFolder('clustersim-atomic-');
});

describe('writeFolderAtomically on a folder it may not replace', () => {
  it('refuses a folder of user files and leaves it as it was', async () => {
    const dir = join(parent(), 'thesis');
    mkdirSync(dir);
    writeFileSync(join(dir, 'chapter1.docx'), 'years of work');
    await expect(writeFolderAtomically(dir, { 'a.txt': 'new' }, RUN)).rejects.toThrow(
      `clustersim: will not write to ${dir}: it is a folder that clustersim did not write (it holds chapter1.docx)`,
    );
    expect(readdirSync(dir)).toEqual(['chapter1.docx']);
    expect(readFileSync(join(dir, 'chapter1.docx'), 'utf8')).toBe('years of work');
  });

  it('refuses a clustersim folder that someone has put a file into', async () => {
    const base = parent();
    const dir = join(base, 'run');
    await writeFolderAtomically(dir, { 'a.txt': 'one' }, RUN);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(writeFolderAtomically(dir, { 'a.txt': 'two' }, RUN)).rejects.toThrow(
      /it holds files that clustersim did not write \(notes\.txt\)/,
    );
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
    expect(readdirSync(base)).toEqual(['run']);
  });

  it('refuses a clustersim folder of another kind unless forced', async () => {
    const dir = join(parent(), 'out');
    await writeFolderAtomically(dir, { 'compare.json': '{}' }, { kind: 'compare' });
    await expect(writeFolderAtomically(dir, { 'a.txt': 'x' }, RUN)).rejects.toThrow(
      /another clustersim command \(compare, not run\).*--force/,
    );
    await writeFolderAtomically(dir, { 'a.txt': 'x' }, { kind: 'run', force: true });
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'a.txt']);
  });
});

describe('writeFolderAtomically on a failing write', () => {
  it('keeps the old folder as it was and removes its temporary folder', async () => {
    const base = parent();
    const dir = join(base, 'run');
    await writeFolderAtomically(dir, { 'keep.txt': 'old' }, RUN);
    await expect(writeFolderAtomically(dir, { 'a.txt': 'new', 'bad\0name': 'x' }, RUN)).rejects.toThrow();
    expect(readdirSync(base)).toEqual(['run']);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'keep.txt']);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('old');
  });
});

describe('clearLeftovers', () => {
  it("removes a killed write's temporary folder and puts back a folder moved aside, but touches nothing without a marker", () => {
    const base = parent();
    const dir = join(base, 'run');
    const marked = (path: string, file: string) => {
      mkdirSync(path);
      writeFileSync(join(path, MARKER_FILE), markerText('run', [file]));
      writeFileSync(join(path, file), 'x');
    };
    marked(join(base, '.run.tmp-abc123'), 'half.csv');
    marked(join(base, '.run.old-def456'), 'previous.csv');
    mkdirSync(join(base, '.run.tmp-user01'));
    writeFileSync(join(base, '.run.tmp-user01', 'keep.txt'), "not clustersim's");
    const notes: string[] = [];
    clearLeftovers(dir, (m) => notes.push(m));
    expect(readdirSync(base).sort()).toEqual(['.run.tmp-user01', 'run']);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'previous.csv']);
    expect(notes).toEqual([
      `restored ${dir} from .run.old-def456, where an interrupted write had moved it`,
      'removed .run.tmp-abc123, left by an interrupted write',
    ]);
  });

  it('removes a temporary folder killed between creating a subfolder and writing its first file', () => {
    const base = parent();
    const temporary = join(base, '.run.tmp-Kq3x9Z');
    mkdirSync(join(temporary, 'charts'), { recursive: true });
    writeFileSync(join(temporary, MARKER_FILE), markerText('run', ['summary.json', 'charts/a.vl.json']));
    clearLeftovers(join(base, 'run'));
    expect(readdirSync(base)).toEqual([]);
  });

  it('removes a temporary folder killed while its marker was being written', () => {
    const base = parent();
    mkdirSync(join(base, '.run.tmp-Tn7w2Q'));
    writeFileSync(join(base, '.run.tmp-Tn7w2Q', MARKER_FILE), '{"tool": "clus');
    clearLeftovers(join(base, 'run'));
    expect(readdirSync(base)).toEqual([]);
  });

  it('removes temporary files of single-file writes inside a clustersim folder', async () => {
    const dir = join(parent(), 'sweep');
    await writeFolderAtomically(dir, { 'runs.csv': 'a\n' }, { kind: 'sweep' });
    writeFileSync(join(dir, '.points.csv.tmp-0a1b2c'), 'torn');
    clearLeftovers(dir);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'runs.csv']);
  });
});

describe('writeFolderAtomically', () => {
  it('writes text and binary files, in nested folders, creating the parents, with a marker listing them', async () => {
    const base = parent();
    const dir = join(base, 'deeper', 'run');
    await writeFolderAtomically(
      dir,
      { 'a.txt': 'alpha', 'charts/b.json': '{}', 'c.bin': new Uint8Array([0, 1, 255]) },
      RUN,
    );
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'a.txt', 'c.bin', 'charts']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha');
    expect(readFileSync(join(dir, 'charts', 'b.json'), 'utf8')).toBe('{}');
    expect([...readFileSync(join(dir, 'c.bin'))]).toEqual([0, 1, 255]);
    expect(JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8'))).toEqual({
      tool: 'clustersim',
      kind: 'run',
      version: '0.1.0',
      files: ['a.txt', 'c.bin', 'charts/b.json'],
    });
  });

  it('writes text streams byte for byte as their text in UTF-8: across its write buffers, large chunks and all', async () => {
    const dir = join(parent(), 'streams');
    // Chunks small and large (a chunk of 2 M characters is larger than any write buffer), ASCII and not: Korean,
    // a surrogate pair, a lone surrogate (written as U+FFFD, as Buffer.from writes it).
    const pieces = ['<a>', '창원 국가산단 & 반월', '😀', 'x'.repeat(400_000), 'lone \uD800 end', 'y'.repeat(2_000_000)];
    const chunks = Array.from({ length: 40 }, (_, k) => pieces[k % pieces.length] + k);
    const stream: TextStream = { chunks: () => chunks };
    await writeFolderAtomically(dir, { 'big.txt': stream, 'empty.txt': textStream(() => []) }, RUN);
    const written = readFileSync(join(dir, 'big.txt'));
    expect(written.length).toBeGreaterThan(10_000_000);
    expect(written.equals(Buffer.from(streamedText(stream)))).toBe(true);
    expect(readFileSync(join(dir, 'empty.txt')).length).toBe(0);
  });

  it('replaces an existing clustersim folder whole: files it no longer has are gone', async () => {
    const base = parent();
    const dir = join(base, 'run');
    await writeFolderAtomically(dir, { 'old.txt': 'x', 'same.txt': 'before' }, RUN);
    await writeFolderAtomically(dir, { 'same.txt': 'after', 'new.txt': 'y' }, RUN);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'new.txt', 'same.txt']);
    expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe('after');
  });

  it('writes into an empty folder', async () => {
    const dir = join(parent(), 'empty');
    mkdirSync(dir);
    await writeFolderAtomically(dir, { 'a.txt': 'x' }, RUN);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, 'a.txt']);
  });

  it('leaves no temporary folders or locks behind', async () => {
    const base = parent();
    for (let k = 0; k < 3; k++) await writeFolderAtomically(join(base, 'run'), { 'k.txt': String(k) }, RUN);
    await writeFolderAtomically(join(base, 'other'), {}, RUN);
    expect(readdirSync(base).sort()).toEqual(['other', 'run']);
    expect(readdirSync(join(base, 'other'))).toEqual([MARKER_FILE]);
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
  it('lets two writers of the same folder in one process both finish, one after the other, the folder whole', async () => {
    const parent = tempFolder('clustersim-atomic-race-');
    const dir = join(parent, 'run');
    await Promise.all([
      writeFolderAtomically(dir, { 'a.txt': 'one' }, RUN),
      writeFolderAtomically(dir, { 'a.txt': 'two' }, RUN),
    ]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('two');
    expect(readdirSync(parent)).toEqual(['run']);
    rmSync(parent, { recursive: true, force: true });
  });
});
