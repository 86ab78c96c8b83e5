// Kubernetes job files of a sharded experiment: an Indexed Job (completionMode: Indexed), pod i running shard i
// (--shard auto reads JOB_COMPLETION_INDEX; the count comes from CLUSTERSIM_SHARDS), all on one shared volume; and
// the merge as a second Job, applied once the first is complete (kubectl wait, in submit.sh).
import { stringify } from 'yaml';
import { shardArgs, type JobSpec } from './job-spec.js';
import { SHARDS_ENV } from './shard.js';

export interface KubernetesSpec extends JobSpec {
  /** The container image: built from the repository's Dockerfile (clustersim in /app, node on the PATH). */
  image: string;
  /** The PersistentVolumeClaim every pod mounts, and where. */
  claim: string;
  mountPath: string;
  /** Pods at once (default: every shard). */
  parallelism: number;
}

export const KUBERNETES_FILES = { job: 'job.yaml', merge: 'merge-job.yaml', submit: 'submit.sh' } as const;

function podSpec(spec: KubernetesSpec, args: readonly string[], cpus: number, env: { name: string; value: string }[]) {
  const memory = `${spec.memoryMb}Mi`;
  return {
    // A shard that fails is run again in its pod, and resumes where it stopped.
    restartPolicy: 'OnFailure',
    containers: [
      {
        name: 'clustersim',
        image: spec.image,
        workingDir: '/app',
        command: ['node', '/app/bin/clustersim.js', ...args],
        ...(env.length > 0 ? { env } : {}),
        resources: { requests: { cpu: String(cpus), memory }, limits: { memory } },
        volumeMounts: [{ name: 'shared', mountPath: spec.mountPath }],
      },
    ],
    volumes: [{ name: 'shared', persistentVolumeClaim: { claimName: spec.claim } }],
  };
}

/** The Indexed Job of the shards. */
export function kubernetesJob(spec: KubernetesSpec) {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: spec.name, labels: { app: 'clustersim' } },
    spec: {
      completionMode: 'Indexed',
      completions: spec.shards,
      parallelism: Math.min(spec.parallelism, spec.shards),
      backoffLimit: Math.max(6, spec.shards),
      template: {
        metadata: { labels: { app: 'clustersim', 'job-name': spec.name } },
        spec: podSpec(spec, [...spec.argv, ...shardArgs(spec)], spec.cpus, [
          { name: SHARDS_ENV, value: String(spec.shards) },
        ]),
      },
    },
  };
}

/** The Job that merges the shards: apply it once the Indexed Job is complete. */
export function kubernetesMergeJob(spec: KubernetesSpec) {
  const name = `${spec.name.slice(0, 57)}-merge`;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, labels: { app: 'clustersim' } },
    spec: {
      completions: 1,
      parallelism: 1,
      backoffLimit: 2,
      template: {
        metadata: { labels: { app: 'clustersim', 'job-name': name } },
        spec: podSpec(spec, ['merge', spec.dir], 1, []),
      },
    },
  };
}

export const yamlText = (manifest: unknown) => stringify(manifest, { lineWidth: 0 });

/** Applies the Indexed Job, waits until it is complete, then applies the merge Job. */
export function kubernetesSubmitScript(spec: KubernetesSpec): string {
  return [
    '#!/bin/sh',
    '# Runs the shards as an Indexed Job, waits for all of them, then runs the merge Job.',
    'set -eu',
    'cd "$(dirname "$0")"',
    `kubectl apply -f ${KUBERNETES_FILES.job}`,
    `kubectl wait --for=condition=complete --timeout=-1s job/${spec.name}`,
    `kubectl apply -f ${KUBERNETES_FILES.merge}`,
    '',
  ].join('\n');
}
