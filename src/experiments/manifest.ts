// An experiment's folder and its manifest (experiment.json: the command, design, seeds and scenario). A folder holds one
// experiment: rerunning the same command resumes it; a different one is refused rather than mixed in.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { writeFileAtomically } from '../output/atomic.js';

export const MANIFEST_FILE = 'experiment.json';

/** JSON text of a value, with non-finite numbers as null and keys in insertion order. */
export function manifestText(manifest: unknown): string {
  return JSON.stringify(manifest, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}

/** Claims `dir` for the experiment: writes its manifest, or checks that the one there is the same experiment. */
export async function claimFolder(dir: string, manifest: unknown): Promise<{ resuming: boolean }> {
  const file = join(dir, MANIFEST_FILE);
  const text = manifestText(manifest);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') !== text) {
      throw new UserError(`${dir} holds a different experiment (its ${MANIFEST_FILE} differs): choose another --out folder, or delete it to start afresh`);
    }
    return { resuming: true };
  }
  await writeFileAtomically(file, text);
  return { resuming: false };
}
