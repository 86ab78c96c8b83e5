// The output folder of a command: --out, or a default under out/ built from slugs of names (never a path a name can
// steer), checked before any work starts so that a refusal comes at once rather than after a long run; and --force.
import type { Options } from 'yargs';
import { claimOutput } from '../output/atomic.js';
import type { OutputKind } from '../output/folder.js';
import { slug } from '../output/slug.js';

/** The folder that default output folders go in, relative to the working folder. */
export const OUT_ROOT = 'out';

export const forceOption: Options = {
  type: 'boolean',
  default: false,
  describe: 'replace a clustersim output folder of another kind at --out (never a folder clustersim did not write)',
};

/** Tells the user what was done to keep their folders safe (a stale lock taken over, a killed write cleared). */
export const note = (message: string) => void process.stderr.write(`clustersim: ${message}\n`);

/** A default output folder: out/<prefix><slug of name><suffix>. */
export const defaultOut = (prefix: string, name: string, suffix = '') => `${OUT_ROOT}/${prefix}${slug(name)}${suffix}`;

export interface OutputChoice {
  out: string;
  force: boolean;
  inputs: string[];
  note: typeof note;
  /** Lets go of the folder's lock: call it when the command is done, whatever happened. */
  release(): void;
}

/**
 * Resolves the output folder of a command, checks it and takes its lock before the command starts working, so that a
 * refusal, or a second writer, is told at once rather than after a long run; throws a UserError when it may not be
 * written.
 */
export async function chooseOutput(
  kind: OutputKind,
  given: string | undefined,
  fallback: string,
  force = false,
  inputs: readonly (string | undefined)[] = [],
): Promise<OutputChoice> {
  const out = given ?? fallback;
  const files = inputs.filter((f): f is string => typeof f === 'string' && f !== '');
  const { lock } = await claimOutput(out, { kind, force, inputs: files, note, command: kind });
  return { out, force, inputs: files, note, release: () => lock.release() };
}
