// Atomic output: a folder's files are written to a temporary sibling folder and renamed into place, so a reader
// (or an interrupted run) never sees a half-written folder.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type FileContents = Record<string, string | Uint8Array>;

/** Writes `files` into `dir`, replacing what the folder held; the folder appears whole or not at all. */
export async function writeFolderAtomically(dir: string, files: FileContents): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const temporary = join(parent, `.${basename(dir)}.tmp-${process.pid}-${Date.now()}`);
  await mkdir(temporary);
  try {
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(dirname(join(temporary, name)), { recursive: true });
      await writeFile(join(temporary, name), contents);
    }
    const old = `${temporary}-old`;
    let replaced = false;
    try {
      await rename(dir, old);
      replaced = true;
    } catch {
      // no earlier folder
    }
    await rename(temporary, dir);
    if (replaced) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file atomically: to a temporary name beside it, then renamed. */
export async function writeFileAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}
