// One writer per folder: a live holder (this machine) keeps others out with its pid named; a dead holder's lock, a lock
// whose pid was reused by a newer process, and an old torn lock file are taken over with a note; a lock file being
// written right now is not; this process may take its own lock again, and releasing the last hold removes the file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { acquireLock, lockPathOf, processStartOf, type LockInfo } from '../../src/output/lock.js';
import { tempFolder } from '../helpers/temp.js';

let root: string;
let count = 0;
const folder = () => join(root, `out-${count++}`);

beforeAll(() => {
  root = tempFolder('clustersim-lock-');
});

const info = (pid: number, extra: Partial<LockInfo> = {}): LockInfo => ({
  tool: 'clustersim',
  pid,
  host: hostname(),
  command: 'sweep',
  started: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('acquireLock when another process holds the folder', () => {
  it('refuses while the holder runs, naming it, and writes nothing', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await new Promise((done) => child.once('spawn', done));
      const dir = folder();
      const holder = info(child.pid!, { processStart: processStartOf(child.pid!) });
      writeFileSync(lockPathOf(dir), JSON.stringify(holder));
      let message = '';
      try {
        acquireLock(dir, 'sweep');
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        message = (error as Error).message;
      }
      expect(message).toBe(
        `clustersim: ${dir} is being written by process ${child.pid} on ${hostname()} (clustersim sweep, started 2026-01-01T00:00:00.000Z); ` +
          `wait for it to finish, or choose another --out folder (if that process is gone, delete ${lockPathOf(dir)})`,
      );
      expect(JSON.parse(readFileSync(lockPathOf(dir), 'utf8'))).toEqual(holder);
      expect(existsSync(dir)).toBe(false);
    } finally {
      child.kill();
    }
  });

  it('refuses an unreadable lock file that is brand new (a writer between creating and filling it)', () => {
    const dir = folder();
    writeFileSync(lockPathOf(dir), '');
    expect(() => acquireLock(dir, 'run')).toThrow(/is being written by another process that is starting/);
  });
});

describe('acquireLock on a stale lock', () => {
  it('takes over the lock of a process that has ended, and says so', () => {
    const dir = folder();
    const pid = deadPid();
    writeFileSync(lockPathOf(dir), JSON.stringify(info(pid)));
    const notes: string[] = [];
    const lock = acquireLock(dir, 'run', (m) => notes.push(m));
    expect(notes).toEqual([
      `took over the lock of process ${pid} on ${hostname()} (clustersim sweep, started 2026-01-01T00:00:00.000Z), which is no longer running`,
    ]);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('takes over a lock whose pid now belongs to a newer process', () => {
    const dir = folder();
    writeFileSync(lockPathOf(dir), JSON.stringify(info(process.ppid, { processStart: '1' })));
    const notes: string[] = [];
    acquireLock(dir, 'run', (m) => notes.push(m)).release();
    expect(notes[0]).toMatch(new RegExp(`^took over the lock of process ${process.ppid} `));
  });

  it('takes over an old torn lock file', () => {
    const dir = folder();
    writeFileSync(lockPathOf(dir), '{"tool": "clust');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(dir), old, old);
    const notes: string[] = [];
    acquireLock(dir, 'run', (m) => notes.push(m)).release();
    expect(notes).toEqual([
      `took over an unreadable lock file (${lockPathOf(dir)}) left by a writer that stopped before writing it`,
    ]);
  });
});

describe('acquireLock', () => {
  it("writes the holder's pid, host, command and start times, beside the folder", () => {
    const dir = folder();
    const lock = acquireLock(dir, 'compare');
    expect(lock.path).toBe(join(root, `.${dir.split('/').pop()}.lock`));
    const held = JSON.parse(readFileSync(lock.path, 'utf8')) as LockInfo;
    expect(held).toMatchObject({ tool: 'clustersim', pid: process.pid, host: hostname(), command: 'compare' });
    expect(Number.isNaN(Date.parse(held.started))).toBe(false);
    expect(held.processStart).toBe(processStartOf(process.pid));
    lock.release();
  });

  it('lets this process take its lock again; the file goes with the last release', () => {
    const dir = folder();
    const outer = acquireLock(dir, 'calibrate');
    const inner = acquireLock(`${dir}/`, 'calibrate');
    inner.release();
    inner.release();
    expect(existsSync(outer.path)).toBe(true);
    outer.release();
    expect(existsSync(outer.path)).toBe(false);
  });
});
