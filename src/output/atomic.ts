// Atomic output: a folder's files are written to a temporary sibling folder and renamed into place, so a reader
// (or an interrupted run) never sees a half-written folder.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type FileContents = Record<string, string | Uint8Array>;

/** Moves the folder `temporary` to `dir`, moving any folder there aside first (retried when another writer got in between). */
async function swapInto(temporary: string, dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const old = `${temporary}-old${attempt}`;
    let replaced = false;
    try {
      await rename(dir, old);
      replaced = true;
    } catch {
      // no folder there yet
    }
    try {
      await rename(temporary, dir);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'ENOTEMPTY' && code !== 'EEXIST')) throw error;
    } finally {
      if (replaced) await rm(old, { recursive: true, force: true });
    }
  }
}

/** Writes `files` into `dir`, replacing what the folder held; the folder appears whole or not at all. */
export async function writeFolderAtomically(dir: string, files: FileContents): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const temporary = await mkdtemp(join(parent, `.${basename(dir)}.tmp-`));
  try {
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(dirname(join(temporary, name)), { recursive: true });
      await writeFile(join(temporary, name), contents);
    }
    await swapInto(temporary, dir);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file atomically: to a temporary name beside it, then renamed. */
export async function writeFileAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const folder = await mkdtemp(join(dirname(path), `.${basename(path)}.tmp-`));
  const temporary = join(folder, basename(path));
  try {
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
