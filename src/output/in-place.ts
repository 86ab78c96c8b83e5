// Folders written in place rather than swapped whole: an experiment's folder (its rows appended run by run, so a killed
// experiment resumes) and the files that plot and report add to a folder. Both hold the folder's lock while they write
// and record every file they write in the folder's marker, so clustersim knows later which files are its own.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { claimOutput, writeFileAtomically, type WriteOptions } from './atomic.js';
import { acquireLock } from './lock.js';
import { inspectFolder, markerText, MARKER_FILE, readMarker, type OutputKind } from './folder.js';

export interface OpenFolder {
  /** Whether the folder held this kind of output already (the caller may resume it). */
  resuming: boolean;
  release(): void;
}

/**
 * Opens `dir` for an experiment of `options.kind` that writes `files` in place: a new or empty folder is created with
 * its marker; a clustersim folder of the same kind is kept (to be resumed); with force, a clustersim folder of another
 * kind is emptied first. Anything else is refused (see checkOutputFolder). Holds the lock until release().
 */
export async function openFolderInPlace(
  dir: string,
  files: readonly string[],
  options: WriteOptions,
): Promise<OpenFolder> {
  const { lock, state } = await claimOutput(dir, options);
  try {
    const resuming = state.state === 'ours' && state.kind === options.kind;
    if (state.state === 'ours' && !resuming) await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const known = state.state === 'ours' && resuming ? state.files : [];
    await writeFileAtomically(join(dir, MARKER_FILE), markerText(options.kind, [...known, ...files]));
    return { resuming, release: () => lock.release() };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Replaces the folder's contents (its files only, all clustersim's) for a fresh start of an experiment; under its lock.
 */
export async function emptyOwnFolder(dir: string, kind: OutputKind, files: readonly string[]): Promise<void> {
  const state = inspectFolder(dir);
  if (state.state !== 'ours' || state.foreign.length > 0)
    throw new UserError(`clustersim: ${dir}: not a clustersim folder; nothing was removed`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFileAtomically(join(dir, MARKER_FILE), markerText(kind, files));
}

/** Whether the marker of the file's folder, or of one of the two folders above it, lists the file. */
function listedNearby(path: string): boolean {
  let folder = dirname(path);
  for (let up = 0; up < 3; up++) {
    const marker = readMarker(folder);
    if (marker?.files.includes(relative(folder, path).split(sep).join('/'))) return true;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return false;
}

/**
 * Writes files into an existing folder (plot's images, report's page), under its lock: a file may be created, or
 * replaced when clustersim wrote it; a file of the same name that clustersim did not write is refused before anything
 * is written. The folder's marker then lists the new files (a folder without one gets a marker listing only these).
 */
export async function addFilesToFolder(
  dir: string,
  command: string,
  paths: readonly string[],
  write: () => Promise<void>,
  note?: (message: string) => void,
): Promise<void> {
  const lock = acquireLock(dir, command, note);
  try {
    const state = inspectFolder(dir);
    const marker = readMarker(dir);
    const own = new Set(state.state === 'ours' ? state.files : []);
    const names = paths.map((p) => relative(dir, p).split(sep).join('/'));
    const clash = names.filter((name, k) => existsSync(paths[k]) && !own.has(name) && !listedNearby(paths[k]));
    if (clash.length > 0) {
      throw new UserError(
        `clustersim: will not write to ${dir}: ${clash.slice(0, 3).join(', ')} exist${clash.length === 1 ? 's' : ''} and clustersim did not write ${clash.length === 1 ? 'it' : 'them'}: move ${clash.length === 1 ? 'it' : 'them'} away first; nothing was written`,
      );
    }
    await write();
    const kind: OutputKind = marker?.kind ?? (state.state === 'ours' ? state.kind : 'charts');
    await writeFileAtomically(
      join(dir, MARKER_FILE),
      markerText(kind, [...(marker?.files ?? (state.state === 'ours' ? state.files : [])), ...names]),
    );
  } finally {
    lock.release();
  }
}
