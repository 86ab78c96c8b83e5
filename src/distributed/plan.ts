// An experiment's plan, written once as plan.json in the shared folder of its shards: the command and every argument
// that affects the results, the hashes of its input files and resolved scenarios, the number of runs and of shards,
// and a hash of all of that. A shard refuses to run against a folder that holds another plan, and merge refuses to
// merge when the inputs changed since the shards ran.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { UserError } from '../errors.js';
import { canonicalJson } from '../output/manifest.js';
import { VERSION } from '../version.js';

export const PLAN_FILE = 'plan.json';

/** How a shard writes its runs: rows of the experiment's runs.csv, or one JSON result per line (compare, check). */
export type RunsFormat = 'csv' | 'jsonl';

export interface PlanFile {
  tool: 'clustersim';
  version: string;
  command: string;
  /** sha256 of the canonical JSON of everything below but `args` (which repeats what `identity` holds, with paths). */
  hash: string;
  identity: PlanIdentity;
  /** The command's arguments as merge passes them back (input files as typed, relative to `cwd`). */
  args: Record<string, unknown>;
  /** The working folder of the shard that wrote the plan: merge reads relative input files from it. */
  cwd: string;
}

export interface PlanIdentity {
  version: string;
  command: string;
  /** The arguments that affect results, input files left out (they are in `inputs`). */
  args: Record<string, unknown>;
  /** sha256 of each input file's bytes, by option. */
  inputs: Record<string, string | string[]>;
  /** Hashes of the resolved scenarios (with their extends and --set applied). */
  scenarios: string[];
  runs: number;
  shards: number;
  format: RunsFormat;
  /** The header line of a csv shard's rows (the experiment's runs.csv header). */
  header?: string;
}

/** Options that do not change results: where and how fast the runs go, and the shard options themselves. */
const NOT_RESULTS = new Set([
  '_',
  '$0',
  'out',
  'force',
  'workers',
  'shard',
  'shards',
  'oversubscribe',
  'memoryCheck',
  'merged',
  'planOnly',
]);
/** Options that name input files: hashed by content (their paths, as typed, go to the manifests only). */
export const FILE_OPTIONS = ['scenario', 'scenarios', 'targets', 'posterior', 'effect'] as const;

const sha256 = (data: string | Uint8Array) => 'sha256:' + createHash('sha256').update(data).digest('hex');

function fileHash(path: string, option: string): string {
  try {
    return sha256(readFileSync(path));
  } catch (error) {
    throw new UserError(
      `--${option} ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

export interface PlanInput {
  command: string;
  /** The command's parsed arguments (yargs' object: kebab-case duplicates are dropped). */
  args: object;
  scenarioHashes: readonly string[];
  runs: number;
  shards: number;
  format: RunsFormat;
  header?: string;
}

export function buildPlanFile(input: PlanInput): PlanFile {
  const kept: Record<string, unknown> = {};
  const args: Record<string, unknown> = {};
  const inputs: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(input.args)) {
    if (NOT_RESULTS.has(key) || key.includes('-') || value === undefined) continue;
    if ((FILE_OPTIONS as readonly string[]).includes(key) && value !== undefined) {
      inputs[key] = Array.isArray(value) ? value.map((v) => fileHash(String(v), key)) : fileHash(String(value), key);
      args[key] = value;
      continue;
    }
    kept[key] = value;
    args[key] = value;
  }
  const identity: PlanIdentity = {
    version: VERSION,
    command: input.command,
    args: kept,
    inputs,
    scenarios: [...input.scenarioHashes],
    runs: input.runs,
    shards: input.shards,
    format: input.format,
    ...(input.header !== undefined ? { header: input.header } : {}),
  };
  return {
    tool: 'clustersim',
    version: VERSION,
    command: input.command,
    hash: sha256(canonicalJson(identity)),
    identity,
    args,
    cwd: process.cwd(),
  };
}

/** The input files a plan names relative to its working folder (merge must run there to read them). */
export function relativeInputs(plan: PlanFile): string[] {
  return FILE_OPTIONS.flatMap((key) => {
    const value = plan.args[key];
    const paths = value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
    return paths.filter((p) => !isAbsolute(p));
  });
}

export function planText(plan: PlanFile): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

/** Reads a plan.json; a UserError naming the file when it is missing or not a plan. */
export function readPlanFile(path: string): PlanFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(
      `${path}: no plan here: merge reads the folder the shards wrote (their --out), which holds ${PLAN_FILE}`,
    );
  }
  let plan: PlanFile;
  try {
    plan = JSON.parse(text) as PlanFile;
  } catch {
    throw new UserError(`${path}: not valid JSON: this plan file is damaged`);
  }
  const ok =
    plan?.tool === 'clustersim' &&
    typeof plan.hash === 'string' &&
    typeof plan.command === 'string' &&
    plan.identity &&
    Number.isInteger(plan.identity.runs) &&
    Number.isInteger(plan.identity.shards) &&
    plan.args &&
    typeof plan.args === 'object';
  if (!ok) throw new UserError(`${path}: not a clustersim plan (expected tool, command, hash, identity and args)`);
  if (sha256(canonicalJson(plan.identity)) !== plan.hash)
    throw new UserError(`${path}: its hash does not match its contents: the plan was edited or damaged`);
  return plan;
}
