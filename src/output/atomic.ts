// Safe, atomic output. A folder's files are written to a temporary sibling (.<name>.tmp-<id>, marker first), each
// flushed to the disk (fsync), and renamed into place, so a reader or an interrupted run never sees a half-written
// folder; a single file goes to a temporary name beside it, flushed, then renamed. Every folder write first checks that
// clustersim may write there (output/folder.ts), holds the folder's lock (output/lock.ts) and clears what an
// interrupted write of its own left behind.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { acquireLock, type Lock } from './lock.js';
import { isTextStream, type TextStream } from './text-chunks.js';
import {
  checkOutputFolder,
  inspectFolder,
  LEFTOVER,
  markerText,
  MARKER_FILE,
  type FolderState,
  type OutputRequest,
} from './folder.js';

/** A file's contents: text, bytes, or a text made and written chunk by chunk (a large network). */
export type FileContent = string | Uint8Array | TextStream;
export type FileContents = Record<string, FileContent>;

export interface WriteOptions extends OutputRequest {
  /** The command, as the lock names its holder. */
  command?: string;
  /** Told when a stale lock is taken over or an interrupted write's leftovers are restored or cleared. */
  note?: (message: string) => void;
}

const scratchId = () => randomBytes(6).toString('hex');

/** Bytes per write of a text stream: a few hundred writes for the largest network files. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a text stream in writes of up to WRITE_BYTES: its chunks are encoded into one of two buffers while the other
 * is being written (joining them into large strings instead left megabytes of garbage for the slow collector).
 */
async function writeStream(handle: FileHandle, stream: TextStream): Promise<void> {
  const buffers = [Buffer.allocUnsafe(WRITE_BYTES), Buffer.allocUnsafe(WRITE_BYTES)];
  let current = 0;
  let used = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    await writing;
    writing = handle.write(buffers[current], 0, used);
    current = 1 - current;
    used = 0;
  };
  for (const chunk of stream.chunks()) {
    const most = chunk.length * 3; // UTF-8 bytes of a UTF-16 code unit, at most
    if (used > 0 && used + most > WRITE_BYTES) await flush();
    if (most <= WRITE_BYTES) used += buffers[current].write(chunk, used);
    else {
      await writing;
      writing = handle.write(chunk);
    }
  }
  if (used > 0) await flush();
  await writing;
}

/**
 * Writes a new file (flag 'w' or 'wx'); a text stream goes chunk by chunk, so its whole text is never held. Returns
 * once the bytes are handed to the system, with `flushed`: the file flushed to the disk (fsync) and closed, which the
 * caller awaits before renaming it into place, so that the flushes of a folder's files overlap.
 */
async function startWrite(path: string, contents: FileContent, flag = 'w'): Promise<{ flushed: Promise<void> }> {
  const handle = await open(path, flag);
  try {
    if (isTextStream(contents)) await writeStream(handle, contents);
    else await handle.writeFile(contents);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { flushed: handle.sync().finally(() => handle.close()) };
}

/** Writes a new file and flushes it to the disk before it is renamed into place. */
async function writeContent(path: string, contents: FileContent, flag = 'w'): Promise<void> {
  await (await startWrite(path, contents, flag)).flushed;
}

/** Waits for every promise to settle, then throws the first error, if any. */
async function settleAll(promises: readonly Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

/**
 * Names the path on a system error that lacks one (a write's ENOSPC names no file), so that the message can say where.
 */
export function withPath<E>(error: E, path: string): E {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && !e.path) e.path = path;
  return error;
}

/**
 * Clears the leftovers of interrupted writes of `dir`: temporary siblings (.<name>.tmp-*) and, inside the folder,
 * temporary files. A moved-aside previous folder (.<name>.old-*) is put back when the folder itself is missing (the
 * write was killed between its two renames), and removed otherwise. Only folders that carry clustersim's marker, or are
 * empty, are touched. Call it holding the lock.
 */
export function clearLeftovers(dir: string, note: (message: string) => void = () => {}): void {
  const parent = dirname(dir);
  const name = basename(dir);
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) {
      const match = LEFTOVER.exec(entry);
      if (!match || match[1] !== name) continue;
      const path = join(parent, entry);
      const state = inspectFolder(path);
      const ours = state.state === 'empty' || (state.state === 'ours' && !state.legacy && state.foreign.length === 0);
      if (!ours) continue;
      if (match[2] === 'old' && !existsSync(dir) && state.state === 'ours') {
        renameSync(path, dir);
        note(`restored ${dir} from ${entry}, where an interrupted write had moved it`);
      } else {
        rmSync(path, { recursive: true, force: true });
        note(`removed ${entry}, left by an interrupted write`);
      }
    }
  }
  if (inspectFolder(dir).state === 'ours') removeScratchFiles(dir);
}

function removeScratchFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeScratchFiles(path);
    else if (entry.isFile() && LEFTOVER.test(entry.name)) rmSync(path, { force: true });
  }
}

/**
 * Checks that `dir` may be written for the request, takes its lock and clears leftovers; the caller releases the lock.
 * The check runs again under the lock, so a folder that changed while the lock was awaited is judged as it now is.
 */
export async function claimOutput(dir: string, options: WriteOptions): Promise<{ lock: Lock; state: FolderState }> {
  checkOutputFolder(dir, options);
  await mkdir(dirname(dir), { recursive: true });
  const lock = acquireLock(dir, options.command ?? options.kind, options.note);
  try {
    clearLeftovers(dir, options.note);
    return { lock, state: checkOutputFolder(dir, options) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Writes of a folder by this process, one after the other (other processes are kept out by the lock). */
const queues = new Map<string, Promise<unknown>>();

/**
 * Writes `files` into `dir`, replacing the clustersim folder there (if any); the folder appears whole or not at all.
 */
export async function writeFolderAtomically(dir: string, files: FileContents, options: WriteOptions): Promise<void> {
  if (Object.hasOwn(files, MARKER_FILE))
    throw new UserError(`clustersim: ${MARKER_FILE} is clustersim's own marker and cannot be written as an output`);
  const key = resolve(dir);
  const before = queues.get(key) ?? Promise.resolve();
  const mine = before.catch(() => {}).then(() => replaceFolder(dir, files, options));
  queues.set(key, mine);
  try {
    await mine;
  } finally {
    if (queues.get(key) === mine) queues.delete(key);
  }
}

async function replaceFolder(dir: string, files: FileContents, options: WriteOptions): Promise<void> {
  const { lock } = await claimOutput(dir, options);
  try {
    const temporary = await mkdtemp(join(dirname(dir), `.${basename(dir)}.tmp-`));
    try {
      const flushes: Promise<void>[] = [];
      try {
        const marker = markerText(options.kind, Object.keys(files));
        flushes.push((await startWrite(join(temporary, MARKER_FILE), marker)).flushed);
        for (const [name, contents] of Object.entries(files)) {
          await mkdir(dirname(join(temporary, name)), { recursive: true });
          flushes.push((await startWrite(join(temporary, name), contents)).flushed);
        }
      } finally {
        await Promise.allSettled(flushes);
      }
      await settleAll(flushes);
      const old = join(dirname(dir), `.${basename(dir)}.old-${scratchId()}`);
      const replacing = existsSync(dir);
      if (replacing) await rename(dir, old);
      try {
        await rename(temporary, dir);
      } catch (error) {
        if (replacing) await rename(old, dir);
        throw error;
      }
      if (replacing) await rm(old, { recursive: true, force: true });
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw withPath(error, dir);
    }
  } finally {
    lock.release();
  }
}

/**
 * Writes one file atomically: to a temporary name beside it (.<name>.tmp-<id>), then renamed. A low-level step for
 * folders already claimed (claimOutput) or being built: it does not check what the file replaces.
 */
export async function writeFileAtomically(path: string, contents: FileContent): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${scratchId()}`);
  try {
    await writeContent(temporary, contents, 'wx');
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw withPath(error, path);
  }
}
