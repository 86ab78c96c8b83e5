// Slurm job files of a sharded experiment: a job array, task i running shard i (--shard auto reads
// SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT), and a merge job that starts when every task ended well
// (--dependency=afterok). A submit script chains the two with sbatch --parsable.
import { shardArgs, shellLine, type JobSpec } from './job-spec.js';

export interface SlurmSpec extends JobSpec {
  /** The node executable and clustersim's bin/clustersim.js, absolute: tasks start in another shell. */
  node: string;
  cli: string;
  /** The folder the tasks run in (where relative inputs are read). */
  cwd: string;
  /** Wall time of a task (Slurm's --time: minutes, or [days-]hours:minutes:seconds). */
  time: string;
  /** Folder of the tasks' logs (%A: job, %a: task). */
  logs: string;
  partition?: string;
  account?: string;
}

export const SLURM_FILES = { array: 'array.sbatch', merge: 'merge.sbatch', submit: 'submit.sh' } as const;

function header(spec: SlurmSpec, name: string, lines: readonly string[]): string[] {
  return [
    '#!/bin/bash',
    `#SBATCH --job-name=${name}`,
    ...lines,
    ...(spec.partition ? [`#SBATCH --partition=${spec.partition}`] : []),
    ...(spec.account ? [`#SBATCH --account=${spec.account}`] : []),
    'set -euo pipefail',
    `cd ${shellLine([spec.cwd])}`,
  ];
}

/** The job array: one task per shard. A task that is killed or preempted resumes its shard when it is run again. */
export function slurmArrayScript(spec: SlurmSpec): string {
  return (
    [
      ...header(spec, spec.name, [
        `#SBATCH --array=0-${spec.shards - 1}`,
        '#SBATCH --ntasks=1',
        `#SBATCH --cpus-per-task=${spec.cpus}`,
        `#SBATCH --mem=${spec.memoryMb}M`,
        `#SBATCH --time=${spec.time}`,
        '#SBATCH --requeue',
        `#SBATCH --output=${spec.logs}/%A_%a.out`,
      ]),
      `exec ${shellLine([spec.node, spec.cli, ...spec.argv, ...shardArgs(spec)])}`,
    ].join('\n') + '\n'
  );
}

/** The merge job: run after the array (sbatch --dependency=afterok:<array job id>). */
export function slurmMergeScript(spec: SlurmSpec): string {
  return (
    [
      ...header(spec, `${spec.name}-merge`, [
        '#SBATCH --ntasks=1',
        '#SBATCH --cpus-per-task=1',
        `#SBATCH --mem=${spec.memoryMb}M`,
        `#SBATCH --time=${spec.time}`,
        `#SBATCH --output=${spec.logs}/%j-merge.out`,
      ]),
      `exec ${shellLine([spec.node, spec.cli, 'merge', spec.dir])}`,
    ].join('\n') + '\n'
  );
}

/** Submits the array, then the merge job depending on it; prints both job ids. */
export function slurmSubmitScript(folder: string): string {
  return [
    '#!/bin/sh',
    '# Submits the job array, then the merge job that runs once every task of the array ended well.',
    'set -eu',
    `cd ${shellLine([folder])}`,
    `array=$(sbatch --parsable ${SLURM_FILES.array})`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell's parameter expansion, not a template
    'array=${array%%;*}',
    `merge=$(sbatch --parsable --dependency=afterok:$array ${SLURM_FILES.merge})`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell's parameter expansion, not a template
    'echo "array job $array, merge job ${merge%%;*}"',
    '',
  ].join('\n');
}
