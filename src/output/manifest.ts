// The manifest of a run: the scenario as resolved, its hash, the seed, the version, the wall time.
import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';

export interface Manifest {
  tool: 'clustersim';
  version: string;
  scenarioName: string;
  scenarioHash: string;
  seed: string;
  steps: number;
  node: string;
  wallTimeSeconds: number;
  scenario: Scenario;
}

/** JSON with object keys sorted at every depth, so that equal scenarios hash alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

export function scenarioHash(scenario: Scenario): string {
  return 'sha256:' + createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

export function buildManifest(scenario: Scenario, seed: string, steps: number, wallTimeSeconds: number): Manifest {
  return {
    tool: 'clustersim',
    version: VERSION,
    scenarioName: scenario.name,
    scenarioHash: scenarioHash(scenario),
    seed,
    steps,
    node: process.version,
    wallTimeSeconds,
    scenario,
  };
}
