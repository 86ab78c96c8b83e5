// Runs a batch of jobs on this thread and worker threads, and returns results in job order, so that the numbers never
// depend on the number of workers. Threads claim jobs through one shared counter (no round trip to ask for the next
// job), and this thread runs jobs too, yielding between them to take the workers' results: `workers` counts every
// thread that computes, so 2 workers on 2 cores is this thread and one worker thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { runJob, type Job, type JobResult } from './job.js';

export interface PoolOptions {
  /** Threads that run jobs, this one included; default: every core. 1 runs everything in this thread. */
  workers?: number;
  /** Called after each finished job with the count done. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each result as it arrives (in completion order, which differs from job order on threads). */
  onResult?: (result: JobResult) => void;
}

/** What a worker thread is started with: every job of the batch, and the counter through which jobs are claimed. */
export interface WorkerInput {
  jobs: readonly Job[];
  /** Int32Array over a SharedArrayBuffer: element 0 is the next unclaimed job. */
  next: Int32Array;
}

/** A worker's message: a result, or that it found no job left. */
export type WorkerMessage = { result: JobResult } | { done: true };

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The compiled worker beside this module (dist/src/ensemble/worker.js), or undefined when running from sources. */
function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** Claims the next job: its position in the batch, or a position past the end when none is left. */
export function claimJob(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runJobs(jobs: readonly Job[], options: PoolOptions = {}): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const file = workerFile();
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkers(), jobs.length));
  let done = 0;
  const finish = (result: JobResult) => {
    results[result.index] = result;
    options.onResult?.(result);
    options.onProgress?.(++done, jobs.length);
  };
  if (count <= 1 || !file) {
    for (const job of jobs) finish(runJob(job));
    return results;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { jobs, next };
  const threads = Array.from({ length: count - 1 }, () => new Worker(file, { workerData: input }));
  const drained = threads.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => ('result' in message ? finish(message.result) : resolve()));
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`clustersim: a worker thread stopped with code ${code}`)),
        );
      }),
  );
  // A failed worker ends the claiming (this thread stops at its next claim); a failure here stops the workers.
  const all = Promise.all(drained);
  all.catch(() => Atomics.store(next, 0, jobs.length));
  try {
    for (let k = claimJob(next); k < jobs.length; k = claimJob(next)) {
      finish(runJob(jobs[k]));
      await yieldToEvents();
    }
    await all;
  } finally {
    Atomics.store(next, 0, jobs.length);
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results;
}
