// Temporary folders for tests: tempFolder() makes one in the system's temporary folder and records it, and the setup
// file tests/setup/temp.ts removes what a test file recorded once that file has run, so the suite leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// With isolate: false the test files of a worker share this module: the list holds the current file's folders only,
// as removeTempFolders() empties it after each file.
const made: string[] = [];

/** Makes a fresh folder `<tmpdir>/<prefix>XXXXXX` that is removed after the current test file. */
export function tempFolder(prefix: string): string {
  if (prefix === '' || /[/\\]/.test(prefix)) {
    throw new Error(`tests/helpers/temp: prefix ${JSON.stringify(prefix)}: expected a plain name, no path separator`);
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempFolder() made since the last call, with all it holds; called by tests/setup/temp.ts. */
export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
