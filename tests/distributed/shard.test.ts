import { describe, expect, it } from 'vitest';
import { parseShard, resolveShard, shardFromEnvironment, shardName, shardRange } from '../../src/distributed/shard.js';

describe('shard arguments: bad input', () => {
  it.each([
    ['3', /--shard: expected i\/n \(e\.g\. 0\/8, the first of 8 shards\) or auto, got "3"/],
    ['3/3', /--shard 3\/3: expected a shard index from 0 to 2, got 3/],
    ['0/0', /--shard 0\/0: expected a number of shards from 1 to 100000, got 0/],
    ['-1/4', /expected i\/n/],
  ])('--shard %s is refused', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });

  it('refuses an index without a count, and no index at all', () => {
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: '2' })).toThrow(
      /JOB_COMPLETION_INDEX gives this task's index but not the number of shards: add --shards N or set CLUSTERSIM_SHARDS/,
    );
    expect(() => shardFromEnvironment({})).toThrow(/no array index in the environment/);
    expect(() => shardFromEnvironment({ SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '4' })).toThrow(
      /SLURM_ARRAY_TASK_ID=x.*expected whole numbers/,
    );
    expect(() => shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '5', CLUSTERSIM_SHARDS: '5' })).toThrow(
      /AWS_BATCH_JOB_ARRAY_INDEX: expected a shard index from 0 to 4, got 5/,
    );
    expect(() => resolveShard('1/4', 3, {})).toThrow(/--shards 3 contradicts --shard 1\/4/);
  });
});

describe('shards', () => {
  it('reads i/n and the schedulers’ indices', () => {
    expect(parseShard(' 2 / 5 ')).toEqual({ index: 2, count: 5 });
    // Slurm arrays may start at 1 (--array=1-4): the index counts from SLURM_ARRAY_TASK_MIN.
    expect(
      shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' }),
    ).toEqual({ index: 2, count: 4 });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '0', CLUSTERSIM_SHARDS: '3' })).toEqual({ index: 0, count: 3 });
    expect(shardFromEnvironment({ AWS_BATCH_JOB_ARRAY_INDEX: '4' }, 6)).toEqual({ index: 4, count: 6 });
    expect(
      resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '2' }),
    ).toBeUndefined();
    expect(resolveShard('auto', undefined, { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '2' })).toEqual({
      index: 1,
      count: 2,
    });
    expect(resolveShard(undefined, 3, { JOB_COMPLETION_INDEX: '2' })).toEqual({ index: 2, count: 3 });
  });

  it('cuts the runs into near-equal contiguous ranges that cover each run once', () => {
    expect([0, 1, 2].map((index) => shardRange(10, { index, count: 3 }))).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 10 },
    ]);
    expect(shardRange(2, { index: 0, count: 3 })).toEqual({ from: 0, to: 0 });
    expect(shardName({ index: 3, count: 8 })).toBe('0003-of-0008');
    expect(shardName({ index: 7, count: 12345 })).toBe('00007-of-12345');
  });
});
