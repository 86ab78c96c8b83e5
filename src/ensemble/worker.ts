// A worker thread of the ensemble pool: claims jobs through the shared counter, runs them and posts their results back.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './job.js';
import { claimJob, type WorkerInput, type WorkerMessage } from './pool.js';

const { jobs, next } = workerData as WorkerInput;
for (let k = claimJob(next); k < jobs.length; k = claimJob(next)) {
  parentPort?.postMessage({ result: runJob(jobs[k]) } satisfies WorkerMessage);
}
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
