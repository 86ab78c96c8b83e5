// An experiment's folder and its manifest (experiment.json: the command, design, seeds and scenario). A folder holds
// one experiment: rerunning the same command resumes it; a different one is refused rather than mixed in (or, with
// force, replaces it). The folder is opened through output/in-place.ts: checked, locked, and marked as clustersim's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomically, type WriteOptions } from '../output/atomic.js';
import type { OutputKind } from '../output/folder.js';
import { addFilesToFolder, emptyOwnFolder, openFolderInPlace, type OpenFolder } from '../output/in-place.js';
import { manifestText } from '../output/manifest.js';

export const MANIFEST_FILE = 'experiment.json';
/**
 * The provenance of the last command that wrote the folder (output/manifest.ts: version, git commit, command line,
 * --set overrides, scenario hashes, seeds, posterior hash, wall time), rewritten at each run; experiment.json says
 * what the experiment is and stays as it was, so that a rerun resumes.
 */
export const PROVENANCE_FILE = 'manifest.json';

/** Where an experiment writes and what its folder may replace; the kind comes from the experiment. */
export type ExperimentOutput = Omit<WriteOptions, 'kind'>;

export { manifestText };

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

/** Writes the provenance manifest into an experiment's folder (under its lock, atomically). */
export async function writeProvenance(dir: string, command: string, manifest: unknown): Promise<void> {
  const path = join(dir, PROVENANCE_FILE);
  await addFilesToFolder(dir, command, [path], () => writeFileAtomically(path, manifestText(manifest)));
}
