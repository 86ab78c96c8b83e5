// The teacher page as a site: bundled with the scenarios written in, then written to a folder (build-web) or served
// from a temporary folder on 127.0.0.1 (serve). What the CLI commands call; each is also a function to import.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { writeFolderAtomically, type WriteOptions } from '../output/atomic.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../scenario/schema.js';
import { bundleSite } from './bundle.js';
import { listLessons } from './lessons/load.js';
import { lessonsDir, scenariosDir } from './paths.js';
import { listScenarios } from './scenario-list.js';
import { startServer, type RunningServer } from './server.js';

export interface SiteOptions {
  /** A scenario named on the command line: offered first and selected at start. */
  chosen?: { file: string; scenario: Scenario };
  /** Folder of scenario files for the picker (default: the package's scenarios/). */
  scenariosDir?: string;
  /** Folder of lesson files (default: the package's lessons/). */
  lessonsDir?: string;
}

export interface BuiltSite {
  files: Record<string, string>;
  /** Scenario and lesson files of the folders that could not be loaded and were left out. */
  warnings: string[];
}

export async function buildSite(options: SiteOptions = {}): Promise<BuiltSite> {
  const { warnings, ...scenarios } = listScenarios({
    dir: options.scenariosDir ?? scenariosDir(),
    chosen: options.chosen,
  });
  const ids = scenarios.entries.map((e) => e.id);
  const { lessons, warnings: lessonWarnings } = listLessons(options.lessonsDir ?? lessonsDir(), ids);
  const { files } = await bundleSite(scenarios, { lessons });
  return { files, warnings: [...warnings, ...lessonWarnings] };
}

/**
 * Writes the site's files as the folder dir, atomically; dir may only be new, empty or a page clustersim wrote
 * (output/folder.ts).
 */
export async function writeSite(
  dir: string,
  files: Record<string, string>,
  options: Omit<WriteOptions, 'kind'> = {},
): Promise<void> {
  await writeFolderAtomically(dir, files, { command: 'build-web', ...options, kind: 'web' });
}

export interface ServedSite extends RunningServer {
  dir: string;
  warnings: string[];
}

/** Builds the site into a temporary folder and serves it on 127.0.0.1:port; close() stops and removes the folder. */
export async function serveSite(port: number, options: SiteOptions = {}): Promise<ServedSite> {
  const { files, warnings } = await buildSite(options);
  const dir = await mkdtemp(join(tmpdir(), 'clustersim-web-'));
  try {
    for (const [name, contents] of Object.entries(files)) await writeFile(join(dir, name), contents);
    const running = await startServer(dir, port);
    const close = async () => {
      await running.close();
      await rm(dir, { recursive: true, force: true });
    };
    return { ...running, close, dir, warnings };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
