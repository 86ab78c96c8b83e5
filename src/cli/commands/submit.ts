// clustersim submit slurm|k8s --out DIR [--runs-per-task K | --shards N] [--cpus C] [--run] -- <experiment> <args>:
// writes the job files that run the experiment's shards on a scheduler and merge them (a Slurm job array and a
// dependent merge job; a Kubernetes Indexed Job and a merge Job), into DIR-slurm/ or DIR-k8s/; with --run, submits
// them to Slurm with sbatch.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs, { type Argv } from 'yargs';
import { COMMANDS, type CommandBody } from './index.js';
import { jobName, type JobSpec } from '../../distributed/job-spec.js';
import {
  KUBERNETES_FILES,
  kubernetesJob,
  kubernetesMergeJob,
  kubernetesSubmitScript,
  yamlText,
} from '../../distributed/kubernetes.js';
import { openSharedFolder } from '../../distributed/shard-folder.js';
import { MAX_SHARDS } from '../../distributed/shard.js';
import {
  SLURM_FILES,
  slurmArrayScript,
  slurmMergeScript,
  slurmSubmitScript,
  type SlurmSpec,
} from '../../distributed/slurm.js';
import { UserError } from '../../errors.js';
import { writeFolderAtomically } from '../../output/atomic.js';
import { VERSION } from '../../version.js';
import { agentsOf, checkCount, MEMORY_MODEL } from '../limits.js';
import { defaultOut, forceOption, note } from '../output-arg.js';
import { planOf, type FoundPlan } from '../shard-arg.js';
import { calibrateCommand } from './calibrate.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';

export const SCHEDULERS = ['slurm', 'k8s'] as const;
type Scheduler = (typeof SCHEDULERS)[number];

/** The experiments that shard, by name. */
/** A command's name with its positionals, as registered (e.g. "sweep [scenario]"). */
function usageOf(name: string): string {
  return COMMANDS.find((c) => c.command.split(' ')[0] === name)?.command ?? name;
}

const EXPERIMENTS = {
  compare: compareCommand,
  sweep: sweepCommand,
  check: checkCommand,
  calibrate: calibrateCommand,
  sensitivity: sensitivityCommand,
} as const;

export interface SubmitArgs {
  scheduler: string;
  out: string;
  jobs?: string;
  shards?: number;
  runsPerTask: number;
  cpus: number;
  mem?: number;
  time: string;
  partition?: string;
  account?: string;
  image: string;
  pvc: string;
  mount: string;
  parallelism?: number;
  run: boolean;
  force?: boolean;
  '--'?: (string | number)[];
}

/** The repository's bin/clustersim.js, found upward from this module (dist/src/cli/commands or src/cli/commands). */
export function clustersimBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const bin = join(dir, 'bin', 'clustersim.js');
    if (existsSync(bin) && existsSync(join(dir, 'package.json'))) return bin;
    dir = dirname(dir);
  }
  throw new Error('clustersim submit: cannot find bin/clustersim.js above this module');
}

/** Parses the experiment's arguments with its own command and learns its plan, running nothing. */
export async function findPlan(argv: readonly string[]): Promise<{ command: string; found: FoundPlan }> {
  const name = argv[0];
  const command = EXPERIMENTS[name as keyof typeof EXPERIMENTS];
  if (!command)
    throw new UserError(
      `clustersim submit: after --, name the experiment and its arguments: one of ${Object.keys(EXPERIMENTS).join(', ')}${name ? `, not ${JSON.stringify(name)}` : ''}`,
    );
  let found: FoundPlan | undefined;
  await yargs(argv.slice(1).map(String))
    .scriptName(`clustersim submit ... -- ${name}`)
    .command({
      ...command,
      command: `$0 ${usageOf(name).split(' ').slice(1).join(' ')}`,
      handler: async (a: Record<string, unknown>) => {
        for (const own of ['out', 'shard', 'shards', 'workers'])
          if (a[own] !== undefined)
            throw new UserError(
              `clustersim submit: --${own} goes to submit, before --, not to the experiment (submit gives each shard its --out, --shard and --workers)`,
            );
        await (command.handler as (x: unknown) => Promise<void>)({ ...a, planOnly: (f: FoundPlan) => (found = f) });
      },
    } as never)
    .strict()
    .help(false)
    .version(false)
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UserError(`clustersim submit: ${name}: ${message}`);
    })
    .parseAsync();
  if (!found) throw new UserError(`clustersim submit: ${name} did not make a plan`);
  return { command: name, found };
}

/** Memory of a task in MB: the limits' model, for `cpus` runs of the largest scenario at once. */
export function taskMemoryMb(found: FoundPlan, cpus: number): number {
  const agents = Math.max(...found.scenarios.map(agentsOf));
  return Math.ceil((MEMORY_MODEL.fixed + cpus * agents * MEMORY_MODEL.perAgent) / 2 ** 20);
}

function checkArgs(args: SubmitArgs): Scheduler {
  if (!(SCHEDULERS as readonly string[]).includes(args.scheduler))
    throw new UserError(
      `clustersim submit: expected a scheduler, ${SCHEDULERS.join(' or ')}, got ${JSON.stringify(args.scheduler)}`,
    );
  checkCount('shards', args.shards, 1, MAX_SHARDS);
  checkCount('runs-per-task', args.runsPerTask, 1, 10_000_000);
  checkCount('cpus', args.cpus, 1, 256);
  checkCount('mem', args.mem, 64, 10_000_000);
  checkCount('parallelism', args.parallelism, 1, MAX_SHARDS);
  if (!/^(\d+(-\d+)?)?(:?\d+){0,3}$/.test(args.time) || args.time === '')
    throw new UserError(
      `--time: expected minutes or [days-]hours:minutes:seconds as Slurm reads it, got ${JSON.stringify(args.time)}`,
    );
  return args.scheduler as Scheduler;
}

export async function submit(args: SubmitArgs): Promise<void> {
  const scheduler = checkArgs(args);
  const argv = (args['--'] ?? []).map(String);
  const { command, found } = await findPlan(argv);
  const runs = found.spec.runs;
  const shards = Math.max(1, Math.min(runs, args.shards ?? Math.ceil(runs / args.runsPerTask)));
  const spec: JobSpec = {
    name: jobName(command, args.out),
    argv,
    dir: scheduler === 'slurm' ? resolve(args.out) : args.out,
    shards,
    cpus: args.cpus,
    memoryMb: args.mem ?? taskMemoryMb(found, args.cpus),
  };
  // On Slurm the shared folder is a path here, and the job files go beside it; on Kubernetes it is a path in the pods'
  // volume, so they go under out/.
  const jobs =
    args.jobs ??
    (scheduler === 'slurm' ? `${args.out.replace(/[\\/]+$/, '')}-slurm` : defaultOut('', spec.name, '-k8s'));
  if (scheduler === 'k8s') return writeKubernetes(args, spec, jobs);
  // The plan is written now, so that a folder of another plan is refused before anything is queued.
  await openSharedFolder(args.out, planOf(found.spec, shards));
  const logs = resolve(`${jobs}-logs`);
  const slurm: SlurmSpec = {
    ...spec,
    node: process.execPath,
    cli: clustersimBin(),
    cwd: process.cwd(),
    time: args.time,
    logs,
    ...(args.partition ? { partition: args.partition } : {}),
    ...(args.account ? { account: args.account } : {}),
  };
  await writeFolderAtomically(
    jobs,
    {
      [SLURM_FILES.array]: slurmArrayScript(slurm),
      [SLURM_FILES.merge]: slurmMergeScript(slurm),
      [SLURM_FILES.submit]: slurmSubmitScript(resolve(jobs)),
    },
    { kind: 'jobs', command: 'submit', force: args.force, note },
  );
  // Slurm does not create the folder of its logs: a task whose log cannot be opened fails without a word.
  mkdirSync(logs, { recursive: true });
  console.log(
    `clustersim: ${command}: ${runs} runs in ${shards} shards of about ${Math.ceil(runs / shards)} runs, ${spec.cpus} core(s) and ${spec.memoryMb} MB each; wrote ${jobs}/ (${Object.values(SLURM_FILES).join(', ')}); logs go to ${logs}/`,
  );
  if (!args.run) {
    console.log(`  submit with: sh ${join(jobs, SLURM_FILES.submit)}   (merged outputs: ${join(args.out, 'merged')}/)`);
    return;
  }
  const sbatch = (extra: string[]) => {
    try {
      return execFileSync('sbatch', ['--parsable', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .trim()
        .split(';')[0];
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: string };
      if (e.code === 'ENOENT')
        throw new UserError(
          'clustersim submit --run: sbatch is not on the PATH: run this on a Slurm login node, or submit the scripts there',
        );
      throw new UserError(`clustersim submit --run: sbatch refused the job: ${String(e.stderr ?? e.message).trim()}`);
    }
  };
  const array = sbatch([join(jobs, SLURM_FILES.array)]);
  const merge = sbatch([`--dependency=afterok:${array}`, join(jobs, SLURM_FILES.merge)]);
  console.log(
    `clustersim: submitted array job ${array} (${shards} tasks) and merge job ${merge}; merged outputs: ${join(args.out, 'merged')}/`,
  );
}

async function writeKubernetes(args: SubmitArgs, spec: JobSpec, jobs: string): Promise<void> {
  if (!args.out.startsWith(`${args.mount.replace(/\/+$/, '')}/`))
    throw new UserError(
      `--out ${args.out}: on Kubernetes the shared folder is a path in the pods' shared volume, under --mount ${args.mount} (e.g. ${args.mount}/${spec.name})`,
    );
  const k8s = {
    ...spec,
    image: args.image,
    claim: args.pvc,
    mountPath: args.mount,
    parallelism: args.parallelism ?? spec.shards,
  };
  await writeFolderAtomically(
    jobs,
    {
      [KUBERNETES_FILES.job]: yamlText(kubernetesJob(k8s)),
      [KUBERNETES_FILES.merge]: yamlText(kubernetesMergeJob(k8s)),
      [KUBERNETES_FILES.submit]: kubernetesSubmitScript(k8s),
    },
    { kind: 'jobs', command: 'submit', force: args.force, note },
  );
  console.log(
    `clustersim: ${spec.argv[0]}: ${spec.shards} shards, ${spec.cpus} core(s) and ${spec.memoryMb} MB each; wrote ${jobs}/ (${Object.values(KUBERNETES_FILES).join(', ')})`,
  );
  console.log(
    `  run with: sh ${join(jobs, KUBERNETES_FILES.submit)}   (image ${args.image}, volume claim ${args.pvc} at ${args.mount})`,
  );
}

export const submitCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .parserConfiguration({ 'populate--': true })
      .positional('scheduler', { type: 'string', describe: `${SCHEDULERS.join(' | ')}` })
      .option('out', {
        type: 'string',
        demandOption: true,
        describe: 'the shared folder of the shards (every task must see it)',
      })
      .option('jobs', {
        type: 'string',
        describe: 'folder of the job files (default: DIR-slurm beside DIR, or out/<job name>-k8s)',
      })
      .option('runs-per-task', {
        type: 'number',
        default: 10,
        describe: 'runs each task runs: short runs grouped, so that a task lasts minutes',
      })
      .option('shards', { type: 'number', describe: 'number of tasks (instead of --runs-per-task)' })
      .option('cpus', { type: 'number', default: 1, describe: 'cores per task (its --workers)' })
      .option('mem', {
        type: 'number',
        describe: "memory per task in MB (default: from the memory model of clustersim's limits)",
      })
      .option('time', { type: 'string', default: '1:00:00', describe: 'Slurm: wall time of a task' })
      .option('partition', { type: 'string', describe: 'Slurm: partition' })
      .option('account', { type: 'string', describe: 'Slurm: account' })
      .option('run', {
        type: 'boolean',
        default: false,
        describe: 'Slurm: submit with sbatch (the array, then the merge job after it)',
      })
      .option('image', {
        type: 'string',
        default: `clustersim:${VERSION}`,
        describe: 'Kubernetes: the image built from the Dockerfile',
      })
      .option('pvc', {
        type: 'string',
        default: 'clustersim-shared',
        describe: 'Kubernetes: the PersistentVolumeClaim the pods share',
      })
      .option('mount', { type: 'string', default: '/shared', describe: 'Kubernetes: where the pods mount it' })
      .option('parallelism', { type: 'number', describe: 'Kubernetes: pods at once (default: all shards)' })
      .option('force', forceOption),
  handler: (args: SubmitArgs) => submit(args),
};
