// Which shard of an experiment's plan this process runs: `--shard i/n` (i from 0 to n-1), or, with `--shard auto`,
// the index a scheduler gives its array task (Slurm, Kubernetes Indexed Jobs, AWS Batch) and a count from the
// scheduler, `--shards n` or CLUSTERSIM_SHARDS. A shard runs a contiguous range of the plan's runs.
import { UserError } from '../errors.js';

export interface Shard {
  /** 0-based index of this shard. */
  index: number;
  /** Number of shards of the plan. */
  count: number;
}

/** The environment variable that gives the number of shards where the scheduler does not (Kubernetes, AWS Batch). */
export const SHARDS_ENV = 'CLUSTERSIM_SHARDS';

/** Most shards a plan may have: a folder per shard, so a bound a user would never need to exceed. */
export const MAX_SHARDS = 100_000;

const whole = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : NaN);

function checked(index: number, count: number, where: string): Shard {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS)
    throw new UserError(`${where}: expected a number of shards from 1 to ${MAX_SHARDS}, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new UserError(`${where}: expected a shard index from 0 to ${count - 1}, got ${index}`);
  return { index, count };
}

/** `i/n` as typed after --shard. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m)
    throw new UserError(`--shard: expected i/n (e.g. 0/8, the first of 8 shards) or auto, got ${JSON.stringify(text)}`);
  return checked(Number(m[1]), Number(m[2]), `--shard ${text.trim()}`);
}

/**
 * The shard a scheduler's array task stands for: SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN) of
 * SLURM_ARRAY_TASK_COUNT; JOB_COMPLETION_INDEX (Kubernetes) or AWS_BATCH_JOB_ARRAY_INDEX of `shards` (--shards) or
 * CLUSTERSIM_SHARDS.
 */
export function shardFromEnvironment(env: NodeJS.ProcessEnv, shards?: number): Shard {
  const countOf = (scheduler: string): number => {
    const count = shards ?? whole(env[SHARDS_ENV]);
    if (Number.isNaN(count))
      throw new UserError(
        `--shard auto: ${scheduler} gives this task's index but not the number of shards: add --shards N or set ${SHARDS_ENV}`,
      );
    return count;
  };
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = whole(env.SLURM_ARRAY_TASK_ID);
    const min = env.SLURM_ARRAY_TASK_MIN !== undefined ? whole(env.SLURM_ARRAY_TASK_MIN) : 0;
    const count = shards ?? whole(env.SLURM_ARRAY_TASK_COUNT);
    if ([id, min, count].some(Number.isNaN))
      throw new UserError(
        `--shard auto: SLURM_ARRAY_TASK_ID=${env.SLURM_ARRAY_TASK_ID}, SLURM_ARRAY_TASK_MIN=${env.SLURM_ARRAY_TASK_MIN}, SLURM_ARRAY_TASK_COUNT=${env.SLURM_ARRAY_TASK_COUNT}: expected whole numbers`,
      );
    return checked(id - min, count, 'SLURM_ARRAY_TASK_ID');
  }
  if (env.JOB_COMPLETION_INDEX !== undefined)
    return checked(whole(env.JOB_COMPLETION_INDEX), countOf('JOB_COMPLETION_INDEX'), 'JOB_COMPLETION_INDEX');
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined)
    return checked(
      whole(env.AWS_BATCH_JOB_ARRAY_INDEX),
      countOf('AWS_BATCH_JOB_ARRAY_INDEX'),
      'AWS_BATCH_JOB_ARRAY_INDEX',
    );
  throw new UserError(
    '--shard auto: no array index in the environment (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX): give --shard i/n',
  );
}

/** The shard asked for by --shard (i/n or auto) and --shards, or undefined when the whole plan runs here. */
export function resolveShard(
  shard: string | undefined,
  shards: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Shard | undefined {
  if (shard === undefined) {
    if (shards === undefined) return undefined;
    return shardFromEnvironment(env, checked(0, shards, '--shards').count);
  }
  if (shard.trim() === 'auto')
    return shardFromEnvironment(env, shards === undefined ? undefined : checked(0, shards, '--shards').count);
  const parsed = parseShard(shard);
  if (shards !== undefined && shards !== parsed.count)
    throw new UserError(`--shards ${shards} contradicts --shard ${shard}: give one of them`);
  return parsed;
}

/** The runs of a shard: [from, to) of the plan's `total`, in near-equal contiguous ranges. */
export function shardRange(total: number, shard: Shard): { from: number; to: number } {
  return {
    from: Math.floor((shard.index * total) / shard.count),
    to: Math.floor(((shard.index + 1) * total) / shard.count),
  };
}

/** The folder name of a shard: 0003-of-0008. */
export function shardName(shard: Shard): string {
  const width = Math.max(4, String(shard.count - 1).length);
  return `${String(shard.index).padStart(width, '0')}-of-${String(shard.count).padStart(width, '0')}`;
}
