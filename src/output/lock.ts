// One writer per output folder: a lock file beside the folder (.<name>.lock) holds the writer's pid, host, command and
// process start time. A lock whose process is gone (or whose pid now belongs to a newer process) is stale: it is taken
// over and the caller is told so. Written by hand: lock libraries judge staleness by a heartbeat, and a simulation step
// blocks the event loop for longer than any heartbeat would allow.
import { openSync, closeSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface LockInfo {
  tool: 'clustersim';
  pid: number;
  host: string;
  command: string;
  /** When the holding process started (ISO time). */
  started: string;
  /**
   * The kernel's start time of the process (clock ticks since boot, Linux), which tells a reused pid from the holder.
   */
  processStart?: string;
}

export interface Lock {
  readonly path: string;
  release(): void;
}

/** The lock file of an output folder: beside it, so that it survives the folder being swapped for a new one. */
export const lockPathOf = (dir: string) => join(dirname(resolve(dir)), `.${basename(resolve(dir))}.lock`);

/** Field 22 of /proc/<pid>/stat: the process's start time in clock ticks since boot; undefined off Linux. */
export function processStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const processStarted = new Date(Date.now() - process.uptime() * 1000).toISOString();

/** Whether the process that wrote `info` is still running (on another host: assumed running, as it cannot be asked). */
export function holderAlive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (info.processStart === undefined) return true;
  const now = processStartOf(info.pid);
  return now === undefined || now === info.processStart;
}

function readLock(path: string): { text: string; info?: LockInfo } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    return info && info.tool === 'clustersim' && Number.isInteger(info.pid) ? { text, info } : { text };
  } catch {
    return { text };
  }
}

function describeHolder(info: LockInfo): string {
  return `process ${info.pid} on ${info.host} (clustersim ${info.command}, started ${info.started})`;
}

/** A lock file younger than this that cannot be read yet may be one being written: it is not taken over. */
const FRESH_MS = 2000;

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Locks this process holds: path -> how many times it was taken (a command that holds a folder may call functions that
 * take it again).
 */
const held = new Map<string, { count: number; text: string }>();
process.on('exit', () => {
  for (const [path, { text }] of held) {
    try {
      if (readFileSync(path, 'utf8') === text) unlinkSync(path);
    } catch {
      // already gone
    }
  }
});

function handle(path: string): Lock {
  let released = false;
  return {
    path,
    release() {
      const entry = held.get(path);
      if (released || !entry) return;
      released = true;
      if (--entry.count > 0) return;
      held.delete(path);
      if (readLock(path)?.text === entry.text) unlinkSync(path);
    },
  };
}

/**
 * Takes the lock of `dir` for `command` (again, if this process holds it), or throws a UserError naming the holder. A
 * stale lock is taken over and `note` is told. A lock file that is not clustersim's JSON (torn by a crash between
 * create and write) counts as stale.
 */
export function acquireLock(dir: string, command: string, note: (message: string) => void = () => {}): Lock {
  const path = lockPathOf(dir);
  const taken = held.get(path);
  if (taken) {
    taken.count++;
    return handle(path);
  }
  const mine: LockInfo = { tool: 'clustersim', pid: process.pid, host: hostname(), command, started: processStarted };
  const start = processStartOf(process.pid);
  if (start !== undefined) mine.processStart = start;
  const text = JSON.stringify(mine, null, 2) + '\n';
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      held.set(path, { count: 1, text });
      return handle(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = readLock(path);
    if (!found) continue;
    if (found.info && holderAlive(found.info)) {
      throw new UserError(
        `clustersim: ${dir} is being written by ${describeHolder(found.info)}; wait for it to finish, or choose another --out folder` +
          ` (if that process is gone, delete ${path})`,
      );
    }
    if (!found.info && Date.now() - mtimeOf(path) < FRESH_MS) {
      throw new UserError(
        `clustersim: ${dir} is being written by another process that is starting (${path} is new); try again in a moment`,
      );
    }
    // Stale: take it over, unless another process replaced it in the meantime.
    if (readLock(path)?.text !== found.text) continue;
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    note(
      found.info
        ? `took over the lock of ${describeHolder(found.info)}, which is no longer running`
        : `took over an unreadable lock file (${path}) left by a writer that stopped before writing it`,
    );
  }
  throw new UserError(`clustersim: ${dir}: could not take the lock ${path}: other processes keep taking it; try again`);
}
