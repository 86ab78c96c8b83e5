// Manifests: what produced a folder. A run's manifest.json (the scenario as resolved, its hash, the seed, the version,
// the wall time) and the manifest.json of every other command that writes a folder (compare, check, sweep, calibrate,
// sensitivity), with the same provenance: clustersim's version and git commit (when it runs from a checkout), the
// command line, every --set override, each scenario's name, label, hash and resolved parameters with its policy
// timeline, the seeds, the posterior file's hash, the Node version and the wall time.
//
// Everything in a manifest follows from the inputs except what is run-specific by nature: wallTimeSeconds, commandLine
// (the folder and file names typed) and gitCommit (the checkout); tests that compare folders byte for byte leave those
// three out.
import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import { gitCommit } from './git.js';

/** How a command was called: recorded in its manifest when known (the command line gives both). */
export interface Provenance {
  /** The command line, process.argv after node, each argument quoted for a POSIX shell where needed. */
  commandLine?: string;
  /** Every --set override as typed (with --steps N as steps=N where the command turns it into one). */
  sets?: readonly string[];
}

/** A run's provenance, and the label its outputs show (the name, marked when --set changed the scenario). */
export interface RunProvenance extends Provenance {
  label?: string;
}

export interface Manifest {
  tool: 'clustersim';
  version: string;
  /** The commit of the clustersim checkout that ran; absent when it does not run from a git checkout. */
  gitCommit?: string;
  commandLine?: string;
  scenarioName: string;
  /** The name as outputs show it: "baseline (modified: 2 overrides)" when --set changed it. */
  scenarioLabel: string;
  scenarioHash: string;
  seed: string;
  steps: number;
  sets: string[];
  node: string;
  wallTimeSeconds: number;
  /** The scenario as resolved: every parameter and the policy timeline (policies). */
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

let commit: { value: string | undefined } | undefined;

/** The git commit of clustersim's checkout, read once per process. */
export function checkoutCommit(): string | undefined {
  commit ??= { value: gitCommit() };
  return commit.value;
}

/** The fields every manifest opens with: tool, version, the git commit (if any) and the command line (if known). */
function header(provenance: Provenance) {
  const hash = checkoutCommit();
  return {
    tool: 'clustersim' as const,
    version: VERSION,
    ...(hash ? { gitCommit: hash } : {}),
    ...(provenance.commandLine !== undefined ? { commandLine: provenance.commandLine } : {}),
  };
}

export function buildManifest(
  scenario: Scenario,
  seed: string,
  steps: number,
  wallTimeSeconds: number,
  provenance: RunProvenance = {},
): Manifest {
  return {
    ...header(provenance),
    scenarioName: scenario.name,
    scenarioLabel: provenance.label ?? scenario.name,
    scenarioHash: scenarioHash(scenario),
    seed,
    steps,
    sets: [...(provenance.sets ?? [])],
    node: process.version,
    wallTimeSeconds,
    scenario,
  };
}

/** One scenario of a command's manifest. */
export interface ScenarioRecord {
  name: string;
  /** As the outputs show it (marked when --set changed it, numbered when two share a name). */
  label: string;
  /** sha256 of the resolved scenario's canonical JSON (scenarioHash). */
  hash: string;
  /** The scenario as resolved: every parameter and the policy timeline (policies). */
  scenario: Scenario;
}

export function scenarioRecord(scenario: Scenario, label = scenario.name): ScenarioRecord {
  return { name: scenario.name, label, hash: scenarioHash(scenario), scenario };
}

/** The posterior sample a command drew parameters from: its file, the hash of its bytes, and each run's draw. */
export interface PosteriorRecord {
  file: string;
  sha256: string;
  draws: number;
  paths: string[];
  /** The draw of run k (the same for every scenario and design point). */
  perRun: number[];
}

export interface CommandManifest {
  tool: 'clustersim';
  version: string;
  gitCommit?: string;
  /** The clustersim command: compare, check, sweep, calibrate, sensitivity. */
  command: string;
  commandLine?: string;
  sets: string[];
  /** The base seed, and the seed of every run (run k of every scenario and point uses seeds[k]). */
  seed: string;
  seeds: string[];
  posterior?: PosteriorRecord;
  scenarios: ScenarioRecord[];
  /** What the command adds: targets, design, outcomes of interest, adjustment, ... */
  details?: Record<string, unknown>;
  node: string;
  wallTimeSeconds: number;
}

export interface CommandManifestInput {
  command: string;
  scenarios: readonly { scenario: Scenario; label?: string }[];
  seed: number | string;
  seeds: readonly string[];
  wallTimeSeconds: number;
  provenance?: Provenance;
  posterior?: PosteriorRecord;
  details?: Record<string, unknown>;
}

export function buildCommandManifest(input: CommandManifestInput): CommandManifest {
  const provenance = input.provenance ?? {};
  return {
    ...header(provenance),
    command: input.command,
    sets: [...(provenance.sets ?? [])],
    seed: String(input.seed),
    seeds: [...input.seeds],
    ...(input.posterior ? { posterior: input.posterior } : {}),
    scenarios: input.scenarios.map((s) => scenarioRecord(s.scenario, s.label)),
    ...(input.details ? { details: input.details } : {}),
    node: process.version,
    wallTimeSeconds: input.wallTimeSeconds,
  };
}

/** JSON text of a manifest: two-space indents, keys in insertion order, non-finite numbers as null. */
export function manifestText(manifest: unknown): string {
  return JSON.stringify(manifest, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
