// An experiment's folder and its manifest (experiment.json: the command, design, seeds and scenario). A folder holds
// one experiment: rerunning the same command resumes it; a different one is refused rather than mixed in (or, with
// force, replaces it). The folder is opened through output/in-place.ts: checked, locked, and marked as clustersim's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomically, type WriteOptions } from '../output/atomic.js';
import type { OutputKind } from '../output/folder.js';
import { emptyOwnFolder, openFolderInPlace, type OpenFolder } from '../output/in-place.js';

export const MANIFEST_FILE = 'experiment.json';

/** Where an experiment writes and what its folder may replace; the kind comes from the experiment. */
export type ExperimentOutput = Omit<WriteOptions, 'kind'>;

/** JSON text of a value, with non-finite numbers as null and keys in insertion order. */
export function manifestText(manifest: unknown): string {
  return JSON.stringify(manifest, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}

/**
 * Claims `dir` for the experiment: opens it (locked until release()), then writes its manifest, or checks that the one
 * there is the same experiment. `files` are the names the experiment may write, recorded in the folder's marker.
 */
export async function claimFolder(
  dir: string,
  kind: OutputKind,
  files: readonly string[],
  manifest: unknown,
  output: ExperimentOutput = {},
): Promise<OpenFolder> {
  const folder = await openFolderInPlace(dir, files, { command: kind, ...output, kind });
  try {
    const file = join(dir, MANIFEST_FILE);
    const text = manifestText(manifest);
    if (existsSync(file) && readFileSync(file, 'utf8') !== text) {
      if (!output.force) {
        throw new UserError(
          `clustersim: ${dir} holds a different ${kind} (its ${MANIFEST_FILE} differs): choose another --out folder, or add --force to replace it`,
        );
      }
      await emptyOwnFolder(dir, kind, files);
    }
    if (!existsSync(file)) await writeFileAtomically(file, text);
    return folder;
  } catch (error) {
    folder.release();
    throw error;
  }
}
