// Runs a batch of jobs on worker threads (or in this thread with workers <= 1) and returns results in job order,
// so that the numbers never depend on the number of workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { runJob, type Job, type JobResult } from './job.js';

export interface PoolOptions {
  /** Worker threads; default: every core. 1 runs in this thread. */
  workers?: number;
  /** Called after each finished job with the count done. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each result as it arrives (in completion order, which differs from job order on threads). */
  onResult?: (result: JobResult) => void;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The compiled worker beside this module (dist/src/ensemble/worker.js), or undefined when running from sources. */
function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

export async function runJobs(jobs: readonly Job[], options: PoolOptions = {}): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const file = workerFile();
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkers(), jobs.length));
  let done = 0;
  if (count <= 1 || !file) {
    for (const job of jobs) {
      results[job.index] = runJob(job);
      options.onResult?.(results[job.index]);
      options.onProgress?.(++done, jobs.length);
    }
    return results;
  }
  let next = 0;
  const threads = Array.from({ length: count }, () => new Worker(file));
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              worker.postMessage(jobs[next++]);
            };
            worker.on('message', (result: JobResult) => {
              results[result.index] = result;
              options.onResult?.(result);
              options.onProgress?.(++done, jobs.length);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results;
}
