// What a scheduler's job files need to know of a sharded experiment: the command line of a shard (the experiment's
// own arguments, then the shared folder and the shard), the number of shards and the resources of each.
import { shellQuote } from './shell-quote.js';

export interface JobSpec {
  /** The job's name: clustersim-<command>-<folder name>, cut to what schedulers accept. */
  name: string;
  /** The experiment's arguments, from its command name on (sweep scenarios/x.yaml --param ...). */
  argv: readonly string[];
  /** The shared folder, as the tasks see it. */
  dir: string;
  shards: number;
  /** Cores of each task, and the --workers of its shard. */
  cpus: number;
  /** Memory of each task, in MB. */
  memoryMb: number;
}

/** A job name schedulers accept: letters, digits and dashes, at most 63 characters, lower case (Kubernetes). */
export function jobName(command: string, dir: string): string {
  const base = dir.split(/[\\/]/).filter(Boolean).pop() ?? 'run';
  const name = `clustersim-${command}-${base}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-');
  return name.slice(0, 63).replace(/-+$/, '');
}

/** The arguments of a shard after the experiment's own: the shared folder, the shard from the environment, cores. */
export function shardArgs(spec: JobSpec): string[] {
  return ['--out', spec.dir, '--shard', 'auto', '--workers', String(spec.cpus)];
}

/** A command line for a POSIX shell. */
export const shellLine = (words: readonly string[]) => words.map(shellQuote).join(' ');
