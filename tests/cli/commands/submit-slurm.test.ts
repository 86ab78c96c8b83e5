// clustersim submit slurm: the job array and its dependent merge job, and a sweep run through a real Slurm (started by
// .ci/start-slurm.sh on CI), merged into the same bytes as the sweep run in one process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { tempFolder } from '../../helpers/temp.js';

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

const scratch = () => tempFolder('clustersim-submit-');

/** Whether a Slurm controller answers here: sbatch on the PATH and sinfo shows a node. */
function slurmAnswers(): boolean {
  try {
    execFileSync('sbatch', ['--version'], { stdio: 'ignore' });
    return execFileSync('sinfo', ['-h', '-o', '%T'], { encoding: 'utf8', timeout: 10_000 }).trim() !== '';
  } catch {
    return false;
  }
}

describe('submit slurm: bad input', () => {
  it.each([
    [['submit', 'pbs', '--out', 'x', '--', ...SWEEP], /expected a scheduler, slurm or k8s, got "pbs"/],
    [
      ['submit', 'slurm', '--out', 'x'],
      /after --, name the experiment and its arguments: one of compare, sweep, check/,
    ],
    [['submit', 'slurm', '--out', 'x', '--', 'run'], /one of compare, .*, not "run"/],
    [['submit', 'slurm', '--out', 'x', '--', ...SWEEP, '--out', 'y'], /--out goes to submit, before --/],
    [
      ['submit', 'slurm', '--out', 'x', '--', 'sweep', '--param', 'decay.ratePerMonth=0.1', '--runs', '0'],
      /--runs: expected an integer >= 1, got 0/,
    ],
    [
      ['submit', 'slurm', '--out', 'x', '--', 'sweep', '--param', 'decay.ratePerMonth=0.1', '--bogus', '1'],
      /^clustersim submit: sweep: Unknown argument: bogus\n$/,
    ],
    [['submit', 'slurm', '--out', 'x', '--time', 'soon', '--', ...SWEEP], /--time: expected minutes or/],
    [['submit', 'slurm', '--out', 'x', '--cpus', '0', '--', ...SWEEP], /--cpus: expected an integer >= 1, got 0/],
  ])('%j is refused', async (argv, message) => {
    const dir = scratch();
    const r = await cli(...argv.map((a) => (a === 'x' ? join(dir, 'x') : a)));
    expect(r.err).toMatch(message);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('submit slurm', () => {
  it('writes the plan, a job array of the shards and a merge job, grouping the runs by --runs-per-task', async () => {
    const dir = scratch();
    const out = join(dir, 'shared');
    const r = await cli('submit', 'slurm', '--out', out, '--runs-per-task', '4', '--cpus', '2', '--', ...SWEEP);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sweep: 6 runs in 2 shards of about 3 runs, 2 core\(s\) and 146 MB each/);
    expect(readdirSync(out).sort()).toEqual(['.clustersim.json', 'plan.json']);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.identity).toMatchObject({ command: 'sweep', runs: 6, shards: 2, format: 'csv' });
    const jobs = `${out}-slurm`;
    expect(readdirSync(jobs).sort()).toEqual(['.clustersim.json', 'array.sbatch', 'merge.sbatch', 'submit.sh']);
    const array = readFileSync(join(jobs, 'array.sbatch'), 'utf8').split('\n');
    expect(array).toContain('#SBATCH --array=0-1');
    expect(array).toContain('#SBATCH --cpus-per-task=2');
    expect(array).toContain('#SBATCH --mem=146M');
    expect(array).toContain('#SBATCH --time=1:00:00');
    expect(array).toContain(`#SBATCH --output=${out}-slurm-logs/%A_%a.out`);
    expect(array).toContain(`cd ${process.cwd()}`);
    expect(array.at(-2)).toBe(
      `exec ${process.execPath} ${resolve('bin/clustersim.js')} ${SWEEP.join(' ')} --out ${out} --shard auto --workers 2`,
    );
    expect(readFileSync(join(jobs, 'merge.sbatch'), 'utf8')).toMatch(
      new RegExp(`\nexec \\S+ \\S+/bin/clustersim\\.js merge ${out}\n$`),
    );
    expect(readFileSync(join(jobs, 'submit.sh'), 'utf8')).toContain(
      'merge=$(sbatch --parsable --dependency=afterok:$array merge.sbatch)',
    );
    expect(statSync(`${out}-slurm-logs`).isDirectory()).toBe(true);
    // A second submit of another plan into the same folder is refused before anything is queued.
    const again = await cli('submit', 'slurm', '--out', out, '--shards', '3', '--', ...SWEEP);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/holds the plan of another experiment .* differ in shards/);
  });

  const slurm = slurmAnswers();
  const required = process.env.CLUSTERSIM_REQUIRE_SLURM === '1';
  if (!slurm && required) {
    it('runs on the Slurm that CLUSTERSIM_REQUIRE_SLURM=1 says is there', () => {
      throw new Error('CLUSTERSIM_REQUIRE_SLURM=1, but sbatch is not on the PATH or sinfo shows no node');
    });
  }
  const real = slurm ? it : it.skip;
  real(
    `a sweep as a real Slurm job array with a dependent merge: the same bytes as in one process${slurm ? '' : ' (skipped: no Slurm here: sbatch is not on the PATH or sinfo shows no node; .ci/start-slurm.sh starts one as root)'}`,
    async () => {
      const dir = scratch();
      const single = join(dir, 'single');
      expect((await cli(...SWEEP, '--workers', '1', '--out', single)).code).toBe(0);
      const out = join(dir, 'shared');
      const r = await cli('submit', 'slurm', '--out', out, '--shards', '3', '--run', '--', ...SWEEP);
      expect(r.out).toMatch(/submitted array job \d+ \(3 tasks\) and merge job \d+/);
      // Wait until Slurm no longer lists the merge job (pending or running): the folder's marker alone is no sign, as
      // it is claimed before the files are written.
      const [, arrayJob, mergeJob] = /submitted array job (\d+) .* and merge job (\d+)/.exec(r.out)!;
      const merged = join(out, 'merged');
      const queued = (job: string) => {
        try {
          return execFileSync('squeue', ['-h', '-j', job], { encoding: 'utf8' }).trim() !== '';
        } catch {
          return false;
        }
      };
      const deadline = Date.now() + 150_000;
      while (queued(mergeJob) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 500));
      // Jobs still queued past the deadline are cancelled and waited for: they write into dir, which
      // tests/setup/temp.ts removes after this file.
      if (queued(arrayJob) || queued(mergeJob)) {
        execFileSync('scancel', [arrayJob, mergeJob], { stdio: 'ignore' });
        const cancelled = Date.now() + 30_000;
        while ((queued(arrayJob) || queued(mergeJob)) && Date.now() < cancelled) {
          await new Promise((done) => setTimeout(done, 500));
        }
      }
      expect(r.err).toBe('');
      const logs = `${out}-slurm-logs`;
      const log = () =>
        readdirSync(logs)
          .map((f) => `${f}:\n${readFileSync(join(logs, f), 'utf8')}`)
          .join('\n');
      expect(existsSync(join(merged, 'points.csv')), log()).toBe(true);
      expect(readdirSync(join(out, 'shards')).sort()).toEqual(['0000-of-0003', '0001-of-0003', '0002-of-0003']);
      const files = readdirSync(single).sort();
      expect(readdirSync(merged).sort()).toEqual(files);
      // manifest.json differs only in what is run-specific by nature (command line, wall time, git commit).
      const comparable = (folder: string, file: string) =>
        readFileSync(join(folder, file), 'utf8').replace(
          /\n {2}"(commandLine|wallTimeSeconds|gitCommit)": [^\n]*/g,
          '',
        );
      for (const file of files) expect(comparable(merged, file), file).toBe(comparable(single, file));
    },
    180_000,
  );
});
