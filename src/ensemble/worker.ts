// A worker thread of the ensemble pool: runs the jobs it is sent and posts their results back.
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(runJob(job));
});
