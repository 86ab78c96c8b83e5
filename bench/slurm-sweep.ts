// npm run bench:slurm: a sweep of 64 short runs as 64 tasks of a Slurm job array (and its merge job) against the same
// sweep in one process: the overhead a task adds (starting node and clustersim, Slurm's scheduling, the merge).
// Needs a running Slurm (.ci/start-slurm.sh starts one as root); prints figures, asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TASKS = 64;
const cli = fileURLToPath(new URL('../../bin/clustersim.js', import.meta.url));
const SWEEP = [
  'sweep',
  fileURLToPath(new URL('../../scenarios/classroom.yaml', import.meta.url)),
  '--param',
  'decay.ratePerMonth=0.02,0.05',
  '--runs',
  String(TASKS / 2),
  '--set',
  'steps=12',
  '--set',
  'population.scale=0.05',
];

function slurmAnswers(): boolean {
  try {
    return execFileSync('sinfo', ['-h', '-o', '%T'], { encoding: 'utf8', timeout: 10_000 }).trim() !== '';
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (!slurmAnswers()) {
    console.log('bench:slurm: no Slurm here (sinfo shows no node); start one as root with bash .ci/start-slurm.sh');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'clustersim-bench-slurm-'));
  let started = performance.now();
  execFileSync(process.execPath, [cli, ...SWEEP, '--workers', '1', '--out', join(root, 'single')], { stdio: 'ignore' });
  const single = (performance.now() - started) / 1000;
  const cores =
    Number(execFileSync('sinfo', ['-h', '-o', '%c'], { encoding: 'utf8' }).trim()) || availableParallelism();
  const out = join(root, 'shared');
  started = performance.now();
  const said = execFileSync(
    process.execPath,
    [cli, 'submit', 'slurm', '--out', out, '--shards', String(TASKS), '--run', '--', ...SWEEP],
    { encoding: 'utf8' },
  );
  const merge = /merge job (\d+)/.exec(said)?.[1] ?? '';
  const marker = join(out, 'merged', '.clustersim.json');
  const stuck = () =>
    execFileSync('squeue', ['-h', '-j', merge, '-o', '%r'], { encoding: 'utf8' }).includes('DependencyNeverSatisfied');
  for (let k = 0; !existsSync(marker) && performance.now() - started < 900_000; k++) {
    await new Promise((r) => setTimeout(r, 200));
    if (k % 25 === 24 && stuck())
      throw new Error(`bench:slurm: a task failed, so the merge job never runs; see ${out}-slurm-logs`);
  }
  if (!existsSync(marker)) throw new Error(`bench:slurm: no merged outputs after 15 minutes; see ${out}-slurm-logs`);
  const slurm = (performance.now() - started) / 1000;
  console.log(`sweep of ${TASKS} runs (2 points x ${TASKS / 2} seeds, classroom x0.05, 12 steps)`);
  console.log(
    `  one process, 1 worker             ${single.toFixed(1)} s (${((single / TASKS) * 1000).toFixed(0)} ms a run)`,
  );
  console.log(
    `  Slurm: ${TASKS} tasks + merge job on ${cores} cores  ${slurm.toFixed(1)} s from submit to merged outputs`,
  );
  console.log(
    `  overhead per task                 ${((slurm * cores - single) / TASKS).toFixed(2)} core-seconds ((Slurm wall time x cores - one process) / tasks)`,
  );
}

await main();
