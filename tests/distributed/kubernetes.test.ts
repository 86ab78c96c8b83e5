// clustersim submit k8s: the Indexed Job and the merge Job, validated against the Kubernetes schema (the batch/v1 Job
// JSON schema that kubernetes-models 4.5.1 generates from the Kubernetes OpenAPI spec), and their commands run here
// with JOB_COMPLETION_INDEX set by hand as Kubernetes sets it in each pod.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp.js';

const SWEEP = [
  'sweep',
  'scenarios/classroom.yaml',
  '--param',
  'decay.ratePerMonth=0.02,0.05',
  '--runs',
  '3',
  '--set',
  'steps=12',
  '--set',
  'population.scale=0.05',
];

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

interface Manifest {
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions: number;
    parallelism: number;
    template: {
      spec: {
        restartPolicy: string;
        containers: {
          command: string[];
          env?: { name: string; value: string }[];
          resources: { requests: { cpu: string; memory: string } };
          volumeMounts: { mountPath: string }[];
        }[];
        volumes: { persistentVolumeClaim: { claimName: string } }[];
      };
    };
  };
}

const scratch = () => tempFolder('clustersim-k8s-');

async function submitK8s(extra: string[] = []): Promise<{ jobs: string; job: Manifest; merge: Manifest }> {
  const jobs = join(scratch(), 'jobs');
  const r = await cli(
    'submit',
    'k8s',
    '--out',
    '/shared/sweep1',
    '--jobs',
    jobs,
    '--shards',
    '3',
    ...extra,
    '--',
    ...SWEEP,
  );
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const read = (file: string) => parse(readFileSync(join(jobs, file), 'utf8')) as Manifest;
  return { jobs, job: read('job.yaml'), merge: read('merge-job.yaml') };
}

describe('submit k8s: bad input', () => {
  it('refuses a shared folder outside the volume, and a manifest the schema rejects is caught', async () => {
    const r = await cli('submit', 'k8s', '--out', 'runs/sweep1', '--jobs', join(scratch(), 'j'), '--', ...SWEEP);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /--out runs\/sweep1: on Kubernetes the shared folder is a path in the pods' shared volume, under --mount \/shared/,
    );
    const { job } = await submitK8s();
    // The validator can fail: a count as text and a container without its name are refused.
    const broken = structuredClone(job) as unknown as { spec: Record<string, unknown> };
    broken.spec.completions = 'three';
    expect(() => new Job(broken as never).validate()).toThrow(/data\/spec\/completions must be integer/);
  });
});

describe('submit k8s', () => {
  it('writes an Indexed Job of the shards and a merge Job that the Kubernetes schema accepts', async () => {
    const { jobs, job, merge } = await submitK8s([
      '--cpus',
      '2',
      '--parallelism',
      '2',
      '--image',
      'registry.example/clustersim:1',
    ]);
    expect(readdirSync(jobs).sort()).toEqual(['.clustersim.json', 'job.yaml', 'merge-job.yaml', 'submit.sh']);
    expect(() => new Job(job as never).validate()).not.toThrow();
    expect(() => new Job(merge as never).validate()).not.toThrow();
    expect(job.metadata.name).toBe('clustersim-sweep-sweep1');
    expect(job.spec).toMatchObject({ completionMode: 'Indexed', completions: 3, parallelism: 2 });
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe('OnFailure');
    expect(pod.volumes[0].persistentVolumeClaim.claimName).toBe('clustersim-shared');
    const container = pod.containers[0];
    expect(container.command).toEqual([
      'node',
      '/app/bin/clustersim.js',
      ...SWEEP,
      '--out',
      '/shared/sweep1',
      '--shard',
      'auto',
      '--workers',
      '2',
    ]);
    expect(container.env).toEqual([{ name: 'CLUSTERSIM_SHARDS', value: '3' }]);
    expect(container.resources.requests).toEqual({ cpu: '2', memory: '146Mi' });
    expect(container.volumeMounts[0].mountPath).toBe('/shared');
    expect(merge.spec.completionMode).toBeUndefined();
    expect(merge.spec.template.spec.containers[0].command).toEqual([
      'node',
      '/app/bin/clustersim.js',
      'merge',
      '/shared/sweep1',
    ]);
    expect(readFileSync(join(jobs, 'submit.sh'), 'utf8')).toContain(
      'kubectl wait --for=condition=complete --timeout=-1s job/clustersim-sweep-sweep1',
    );
  });

  it("runs the pods' commands with JOB_COMPLETION_INDEX set by hand, then the merge's: the single-machine sweep", async () => {
    const { job, merge } = await submitK8s();
    const root = scratch();
    // The volume mounted at /shared in the pods is a scratch folder here.
    const local = (args: readonly string[]) => args.slice(2).map((a) => a.replace(/^\/shared\//, `${root}/`));
    const container = job.spec.template.spec.containers[0];
    for (let index = 0; index < job.spec.completions; index++) {
      vi.stubEnv('JOB_COMPLETION_INDEX', String(index));
      for (const { name, value } of container.env ?? []) vi.stubEnv(name, value);
      const r = await cli(...local(container.command));
      expect(r.out).toMatch(new RegExp(`shard ${index}/3 of sweep: 2 runs \\(0 resumed\\)`));
      expect(r.code).toBe(0);
      vi.unstubAllEnvs();
    }
    expect(readdirSync(join(root, 'sweep1', 'shards')).sort()).toEqual([
      '0000-of-0003',
      '0001-of-0003',
      '0002-of-0003',
    ]);
    expect((await cli(...local(merge.spec.template.spec.containers[0].command))).code).toBe(0);
    const single = join(root, 'single');
    expect((await cli(...SWEEP, '--workers', '1', '--out', single)).code).toBe(0);
    for (const file of ['runs.csv', 'points.csv', 'experiment.json'])
      expect(readFileSync(join(root, 'sweep1', 'merged', file), 'utf8'), file).toBe(
        readFileSync(join(single, file), 'utf8'),
      );
  });
});
