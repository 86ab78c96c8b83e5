// Runs one shard of a plan: the runs of its range that its runs file does not hold yet, on worker threads, each run's
// line appended in order as soon as the runs before it are done; then marks the shard done.
import { appendFileSync } from 'node:fs';
import type { Job, JobResult } from '../ensemble/job.js';
import { runJobs } from '../ensemble/pool.js';
import { withPath } from '../output/atomic.js';
import type { PlanFile } from './plan.js';
import type { Shard } from './shard.js';
import { finishShard, openSharedFolder, openShard } from './shard-folder.js';

export interface ShardWork {
  /** The shared folder. */
  dir: string;
  plan: PlanFile;
  shard: Shard;
  /** The job of the plan's run `index` (its `index` field is overwritten). */
  jobOf: (index: number) => Job;
  /** The line run `index` writes (no newline). */
  lineOf: (result: JobResult, index: number) => string;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ShardOutcome {
  folder: string;
  runs: number;
  resumed: number;
}

export async function runShard(work: ShardWork): Promise<ShardOutcome> {
  await openSharedFolder(work.dir, work.plan);
  const open = await openShard(work.dir, work.plan, work.shard);
  const total = open.to - open.from;
  const jobs: Job[] = [];
  for (let i = open.from + open.done; i < open.to; i++) jobs.push({ ...work.jobOf(i), index: jobs.length });
  const waiting = new Map<number, JobResult>();
  let next = 0;
  work.onProgress?.(open.done, total);
  await runJobs(jobs, {
    workers: work.workers,
    onResult: (result) => {
      waiting.set(result.index, result);
      while (waiting.has(next)) {
        const r = waiting.get(next)!;
        waiting.delete(next);
        const line = work.lineOf(r, open.from + open.done + next);
        try {
          appendFileSync(open.runsFile, `${line}\n`);
        } catch (error) {
          throw withPath(error, open.runsFile);
        }
        next++;
      }
    },
    onProgress: (done) => work.onProgress?.(open.done + done, total),
  });
  await finishShard(open, work.plan, work.shard);
  return { folder: open.folder, runs: total, resumed: open.done };
}
