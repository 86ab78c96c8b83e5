// The shared folder of a sharded experiment, and each shard's own folder in it:
//
//   DIR/.clustersim.json                 kind "shards": the folder is clustersim's
//   DIR/plan.json                        the plan (plan.ts), written by the first shard, checked by every other
//   DIR/shards/0003-of-0008/             one folder per shard, with its own marker, written by that shard alone
//       shard.json                       plan hash, index, range of runs; status running | done, count and sha256
//       runs.csv | runs.jsonl            the shard's runs, one line each, appended in order (resumed after a kill)
//   DIR/merged/                          what `clustersim merge DIR` writes (the single-machine command's outputs)
//
// Shards run on many hosts at once over a shared file system, so nothing here takes a lock: each shard writes only
// its own folder, and the files every shard writes alike (the folder's marker, plan.json) are written atomically with
// the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../output/atomic.js';
import { checkOutputFolder, markerText, MARKER_FILE, readMarker } from '../output/folder.js';
import { csvToParquet } from '../output/parquet.js';
import { PLAN_FILE, planText, readPlanFile, type PlanFile } from './plan.js';
import { shardName, shardRange, type Shard } from './shard.js';

export const SHARDS_FOLDER = 'shards';
export const SHARD_FILE = 'shard.json';
export const runsFileOf = (plan: PlanFile) => (plan.identity.format === 'csv' ? 'runs.csv' : 'runs.jsonl');

export interface ShardRecord {
  tool: 'clustersim';
  plan: string;
  index: number;
  count: number;
  from: number;
  to: number;
  status: 'running' | 'done';
  /** When done: the runs written and the sha256 of the runs file. */
  runs?: number;
  sha256?: string;
}

export const fileSha256 = (path: string) => 'sha256:' + createHash('sha256').update(readFileSync(path)).digest('hex');

/** What two plans' identities differ in, for the message that refuses a foreign folder. */
function differences(a: PlanFile, b: PlanFile): string {
  const keys = [...new Set([...Object.keys(a.identity), ...Object.keys(b.identity)])] as (keyof PlanFile['identity'])[];
  const differ = keys.filter((k) => JSON.stringify(a.identity[k]) !== JSON.stringify(b.identity[k]));
  return differ.length > 0 ? differ.join(', ') : 'its hash';
}

/**
 * Opens the shared folder for a shard: a new, empty or shards folder (never one clustersim did not write); writes the
 * plan when there is none, or checks that the one there is this plan.
 */
export async function openSharedFolder(dir: string, plan: PlanFile): Promise<void> {
  // A shards folder is checked by its marker alone: other shards are creating their folders in it meanwhile (an empty
  // folder, then its marker), which a check of the whole tree would take for someone else's files.
  if (readMarker(dir)?.kind !== 'shards') checkOutputFolder(dir, { kind: 'shards' });
  const path = join(dir, PLAN_FILE);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    await writeFileAtomically(join(dir, MARKER_FILE), markerText('shards', [PLAN_FILE]));
    await writeFileAtomically(path, planText(plan));
  }
  const there = readPlanFile(path);
  if (there.hash !== plan.hash) {
    throw new UserError(
      `${path}: this folder holds the plan of another experiment (${there.command}, ${there.hash.slice(0, 19)}; this shard's is ${plan.command}, ${plan.hash.slice(0, 19)}; they differ in ${differences(there, plan)}): run every shard with the same arguments and inputs, or choose another --out folder`,
    );
  }
}

export interface OpenShard {
  folder: string;
  runsFile: string;
  from: number;
  to: number;
  /** Runs already in the runs file (resumed). */
  done: number;
}

/** The shard's record, or undefined when it is missing or unreadable. */
export function readShardRecord(folder: string): ShardRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(folder, SHARD_FILE), 'utf8')) as ShardRecord;
    return record?.tool === 'clustersim' && typeof record.plan === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Complete lines of a runs file after cutting a torn last line (a kill while it was appended): the count kept. */
function keepCompleteLines(file: string, header: string | undefined): number {
  const text = readFileSync(file, 'utf8');
  const complete = text.lastIndexOf('\n') + 1;
  if (complete < text.length) truncateSync(file, Buffer.byteLength(text.slice(0, complete)));
  const lines = text.slice(0, complete).split('\n').slice(0, -1);
  if (header !== undefined && lines.length > 0 && lines[0] !== header)
    throw new UserError(`${file}: its header is not this plan's: the shard folder holds another experiment's runs`);
  return Math.max(0, lines.length - (header !== undefined ? 1 : 0));
}

/** Opens this shard's folder: new, or resumed where a killed run of the same shard stopped. */
export async function openShard(dir: string, plan: PlanFile, shard: Shard): Promise<OpenShard> {
  const folder = join(dir, SHARDS_FOLDER, shardName(shard));
  const { from, to } = shardRange(plan.identity.runs, shard);
  const runsFile = join(folder, runsFileOf(plan));
  const header = plan.identity.header;
  const record = readShardRecord(folder);
  if (record && record.plan !== plan.hash)
    throw new UserError(
      `${join(folder, SHARD_FILE)}: this shard folder belongs to another plan: remove it, or choose another --out folder`,
    );
  mkdirSync(folder, { recursive: true });
  let done = existsSync(runsFile) ? keepCompleteLines(runsFile, header) : 0;
  if (done > to - from)
    throw new UserError(
      `${runsFile}: holds ${done} runs, more than this shard's ${to - from}: it is damaged; remove the shard's folder and run it again`,
    );
  if (!existsSync(runsFile) || (header !== undefined && done === 0)) {
    await writeFileAtomically(runsFile, header !== undefined ? `${header}\n` : '');
    done = 0;
  }
  await writeFileAtomically(join(folder, MARKER_FILE), markerText('shards', [SHARD_FILE, ...shardFiles(plan)]));
  const running: ShardRecord = {
    tool: 'clustersim',
    plan: plan.hash,
    index: shard.index,
    count: shard.count,
    from,
    to,
    status: 'running',
  };
  if (record?.status !== 'done' || done < to - from)
    await writeFileAtomically(join(folder, SHARD_FILE), JSON.stringify(running, null, 2) + '\n');
  return { folder, runsFile, from, to, done };
}

/** The files of a shard's folder besides shard.json: its runs, and a csv shard's runs as Parquet too. */
const shardFiles = (plan: PlanFile) => [runsFileOf(plan), ...(plan.identity.format === 'csv' ? [SHARD_PARQUET] : [])];
export const SHARD_PARQUET = 'runs.parquet';

/**
 * Marks the shard done: its count of runs and the hash of its runs file, which merge checks; a csv shard's rows are
 * also written as Parquet, to be read (with DuckDB, pandas, polars) before the merge.
 */
export async function finishShard(open: OpenShard, plan: PlanFile, shard: Shard): Promise<void> {
  if (plan.identity.format === 'csv')
    await writeFileAtomically(join(open.folder, SHARD_PARQUET), csvToParquet(readFileSync(open.runsFile, 'utf8')));
  const record: ShardRecord = {
    tool: 'clustersim',
    plan: plan.hash,
    index: shard.index,
    count: shard.count,
    from: open.from,
    to: open.to,
    status: 'done',
    runs: open.to - open.from,
    sha256: fileSha256(open.runsFile),
  };
  await writeFileAtomically(join(open.folder, SHARD_FILE), JSON.stringify(record, null, 2) + '\n');
}
