// The job pool: bad jobs first (a failing run rejects the batch on this thread or on a worker, without hanging), then
// an empty batch, then results in job order and identical on 1, 2 and 3 threads. The threaded cases use the compiled
// pool in dist/ (built by the global setup), since worker threads run compiled code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job, JobResult } from '../../src/ensemble/job.js';
import { claimJob, runJobs } from '../../src/ensemble/pool.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

type Pool = typeof import('../../src/ensemble/pool.js');
const compiled = async () => (await import(join(process.cwd(), 'dist/src/ensemble/pool.js'))) as Pool;

const scenario = scenarioSchema.parse({ name: 'tiny', steps: 6, population: { scale: 0.05, regions: ['gangwon'] } });
const jobsOf = (n: number): Job[] =>
  Array.from({ length: n }, (_, index) => ({ index, scenario, seed: `pool/${index}` }));

describe('runJobs on failing jobs', () => {
  // A scenario that slipped past validation: createModel's own parse rejects the negative horizon.
  const broken = (index: number): Job => ({ index, scenario: { ...scenario, steps: -1 }, seed: 'broken' });

  it('rejects when a job fails in this thread', async () => {
    await expect(runJobs([broken(0)], { workers: 1 })).rejects.toThrow();
  });

  it('rejects, and stops, when a job fails with worker threads, wherever it runs', async () => {
    const { runJobs: threaded } = await compiled();
    for (const at of [0, 3]) {
      const jobs = jobsOf(6);
      jobs[at] = broken(at);
      await expect(threaded(jobs, { workers: 2 })).rejects.toThrow();
    }
  });
});

describe('runJobs', () => {
  it('returns nothing for no jobs', async () => {
    expect(await runJobs([], { workers: 2 })).toEqual([]);
  });

  it('claims each job once through the shared counter', () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    expect([claimJob(next), claimJob(next), claimJob(next)]).toEqual([0, 1, 2]);
  });

  it('returns the results in job order, identical on 1, 2 and 3 threads, reporting each job once', async () => {
    const { runJobs: threaded } = await compiled();
    const jobs = jobsOf(7);
    const one = await runJobs(jobs, { workers: 1 });
    expect(one.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const workers of [2, 3]) {
      const seen: number[] = [];
      const progress: number[] = [];
      const many: JobResult[] = await threaded(jobs, {
        workers,
        onResult: (r) => seen.push(r.index),
        onProgress: (done) => progress.push(done),
      });
      expect(JSON.stringify(many)).toBe(JSON.stringify(one));
      expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });
});
