// Gathers a sharded experiment's runs for merge: every shard of the plan must be there exactly once, done and whole.
// Names each shard that is missing, duplicated (two folders claim its index), foreign (another plan's) or torn (not
// done, or its runs file cut or changed since it was done), and says how to run it again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { PLAN_FILE, readPlanFile, type PlanFile } from './plan.js';
import { shardName, shardRange } from './shard.js';
import { fileSha256, readShardRecord, runsFileOf, SHARD_FILE, SHARDS_FOLDER } from './shard-folder.js';

export interface CollectedRuns {
  plan: PlanFile;
  /** The line of every run of the plan, in plan order (a csv plan's header left out). */
  lines: string[];
}

export interface ShardProblem {
  kind: 'missing' | 'duplicated' | 'foreign' | 'torn';
  /** The shard's index, when known. */
  index?: number;
  /** The folder(s) concerned, relative to the shared folder. */
  folders: string[];
  why: string;
}

/** Why a done shard's runs file cannot be trusted, or undefined when it is whole. */
function tornBecause(folder: string, plan: PlanFile, expected: number, sha?: string): string | undefined {
  const file = join(folder, runsFileOf(plan));
  if (!existsSync(file)) return `its ${runsFileOf(plan)} is missing`;
  if (sha !== fileSha256(file)) return `its ${runsFileOf(plan)} changed since the shard finished (cut or edited)`;
  const lines = linesOf(file, plan);
  if (lines.length !== expected) return `its ${runsFileOf(plan)} holds ${lines.length} runs, not ${expected}`;
  return undefined;
}

function linesOf(file: string, plan: PlanFile): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return plan.identity.header !== undefined ? lines.slice(1) : lines;
}

/** Every problem with the shards of the plan in `dir`; none means merge may go on. */
export function inspectShards(dir: string, plan: PlanFile): { problems: ShardProblem[]; folders: string[] } {
  const root = join(dir, SHARDS_FOLDER);
  const names = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const problems: ShardProblem[] = [];
  const byIndex = new Map<number, string[]>();
  const count = plan.identity.shards;
  for (const name of names) {
    const rel = `${SHARDS_FOLDER}/${name}`;
    const record = readShardRecord(join(root, name));
    if (!record) {
      problems.push({ kind: 'torn', folders: [rel], why: `its ${SHARD_FILE} is missing or not valid JSON` });
      continue;
    }
    if (record.plan !== plan.hash || record.count !== count) {
      problems.push({
        kind: 'foreign',
        index: record.index,
        folders: [rel],
        why: `it ran another plan (${record.plan.slice(0, 19)}, shard ${record.index}/${record.count}; this plan is ${plan.hash.slice(0, 19)} with ${count} shards)`,
      });
      continue;
    }
    byIndex.set(record.index, [...(byIndex.get(record.index) ?? []), name]);
    const { from, to } = shardRange(plan.identity.runs, { index: record.index, count });
    if (record.status !== 'done') {
      problems.push({
        kind: 'torn',
        index: record.index,
        folders: [rel],
        why: 'it did not finish (killed, or still running)',
      });
      continue;
    }
    const torn = tornBecause(join(root, name), plan, to - from, record.sha256);
    if (torn) problems.push({ kind: 'torn', index: record.index, folders: [rel], why: torn });
  }
  for (let index = 0; index < count; index++) {
    const found = byIndex.get(index) ?? [];
    if (found.length === 0)
      problems.push({
        kind: 'missing',
        index,
        folders: [],
        why: `no folder holds shard ${index} (${shardName({ index, count })})`,
      });
    if (found.length > 1)
      problems.push({
        kind: 'duplicated',
        index,
        folders: found.map((n) => `${SHARDS_FOLDER}/${n}`),
        why: `${found.length} folders hold shard ${index}: keep one (${shardName({ index, count })}) and remove the others`,
      });
  }
  return { problems, folders: names };
}

/** The message that lists the problems and says what to do. */
export function problemsMessage(dir: string, plan: PlanFile, problems: readonly ShardProblem[]): string {
  const lines = problems.map((p) => `  ${p.kind}: ${p.folders.length > 0 ? `${p.folders.join(', ')}: ` : ''}${p.why}`);
  const rerun = [
    ...new Set(
      problems
        .filter((p) => p.kind !== 'duplicated' && p.index !== undefined && p.kind !== 'foreign')
        .map((p) => p.index!),
    ),
  ];
  const hint =
    rerun.length > 0
      ? `run ${rerun.length === 1 ? 'this shard' : 'these shards'} again (clustersim ${plan.command} ... --out ${dir} --shard i/${plan.identity.shards} with i = ${rerun.slice(0, 10).join(', ')}${rerun.length > 10 ? ', ...' : ''}; each resumes where it stopped), then merge again`
      : 'fix the folders named, then merge again';
  return `clustersim merge: ${dir} cannot be merged yet (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n${hint}`;
}

/** The plan and all its runs' lines, in order; a UserError listing every problem otherwise. */
export function collectRuns(dir: string): CollectedRuns {
  const plan = readPlanFile(join(dir, PLAN_FILE));
  const { problems } = inspectShards(dir, plan);
  if (problems.length > 0) throw new UserError(problemsMessage(dir, plan, problems));
  const lines: string[] = [];
  for (let index = 0; index < plan.identity.shards; index++) {
    const folder = join(dir, SHARDS_FOLDER, shardName({ index, count: plan.identity.shards }));
    const named = readShardRecord(folder)?.index === index ? folder : undefined;
    const at = named ?? join(dir, SHARDS_FOLDER, findFolder(dir, plan, index));
    lines.push(...linesOf(join(at, runsFileOf(plan)), plan));
  }
  return { plan, lines };
}

/** The folder of shard `index` when it is not under its usual name (copied in under another). */
function findFolder(dir: string, plan: PlanFile, index: number): string {
  const root = join(dir, SHARDS_FOLDER);
  const name = readdirSync(root).find((n) => {
    const r = readShardRecord(join(root, n));
    return r?.plan === plan.hash && r.index === index;
  });
  if (!name) throw new UserError(`${root}: shard ${index} vanished while merging`);
  return name;
}
