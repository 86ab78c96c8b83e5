// What clustersim never does to a user's data: --out at someone's folder, a file, the working folder; a scenario name
// that climbs out of out/ (these in this process, through main); two writers of one folder at once; a write killed
// with SIGKILL; a full disk (these through bin/clustersim.js as a user meets it; dist/ is built by
// tests/global-setup.ts). Each case in its own temporary folder. The processes run small populations (the guarantees do
// not depend on the size); what needs no process of its own (the runs before, the reruns that resume or take over, the
// clean runs compared with) runs in this process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/cli.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'clustersim.js');
const FEES = join(import.meta.dirname, '..', '..', 'scenarios', 'fees.yaml');
const BASELINE = join(import.meta.dirname, '..', '..', 'scenarios', 'baseline.yaml');
let root: string;
let count = 0;

beforeAll(() => {
  root = tempFolder('clustersim-safety-');
});

/** A fresh working folder inside a fresh parent (so that nothing written beside the working folder goes unseen). */
function workspace(): { parent: string; cwd: string } {
  const parent = join(root, `case-${count++}`);
  const cwd = join(parent, 'work');
  mkdirSync(cwd, { recursive: true });
  return { parent, cwd };
}

/** Runs the command in this process (main), from `cwd`: for the refusals, which need no process of their own. */
async function inProcess(cwd: string, ...args: string[]) {
  const result = await runMain(args, { cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function clustersim(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function started(cwd: string, ...args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** Waits until `test()` holds, polling every few milliseconds; fails after `ms`. */
/** True once the lock file exists and holds its whole record (it is created empty, then written). */
function lockWritten(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

async function until(test: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 3));
  }
}

/** Every file under dir, with its content, except the manifest's run-specific fields: wall time and command line. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else
        out[prefix + entry.name] = readFileSync(join(at, entry.name), 'utf8')
          .replace(/"wallTimeSeconds": [0-9.e-]+/, '"wallTimeSeconds": 0')
          .replace(/"commandLine": "(?:[^"\\]|\\.)*"/, '"commandLine": ""');
    }
  };
  walk(dir, '');
  return out;
}

const NO_TRACE = /\n\s+at /;

describe('--out at something clustersim did not write', () => {
  it('refuses a folder of user files, a file, the working folder and its parent, with exit 2, touching nothing', async () => {
    const { parent, cwd } = workspace();
    mkdirSync(join(cwd, 'thesis'));
    writeFileSync(join(cwd, 'thesis', 'chapter1.docx'), 'years of work');
    writeFileSync(join(cwd, 'results.csv'), 'a,b\n');
    const before = { thesis: snapshot(join(cwd, 'thesis')), cwd: readdirSync(cwd).sort(), parent: readdirSync(parent) };
    for (const [out, reason] of [
      ['thesis', 'it is a folder that clustersim did not write (it holds chapter1.docx)'],
      ['results.csv', 'it is a file, not a folder'],
      ['.', 'it is the working folder'],
      ['..', 'it is a parent of the working folder'],
    ]) {
      const run = await inProcess(cwd, 'run', '--steps', '2', '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`clustersim: will not write to ${out}: ${reason}`);
      expect(run.stderr).toContain('choose another --out folder');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
    expect(snapshot(join(cwd, 'thesis'))).toEqual(before.thesis);
    expect(readFileSync(join(cwd, 'results.csv'), 'utf8')).toBe('a,b\n');
    expect(readdirSync(cwd).sort()).toEqual(before.cwd);
    expect(readdirSync(parent)).toEqual(before.parent);
  });

  it('refuses the folder that holds the scenario file', async () => {
    const { cwd } = workspace();
    mkdirSync(join(cwd, 'study'));
    writeFileSync(join(cwd, 'study', 'mine.yaml'), 'name: mine\nsteps: 2\n');
    const run = await inProcess(cwd, 'run', 'study/mine.yaml', '--out', 'study');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^clustersim: will not write to study: it holds study\/mine\.yaml, an input of this command/,
    );
    expect(readdirSync(join(cwd, 'study'))).toEqual(['mine.yaml']);
  });
});

describe('a scenario name that climbs out of out/', () => {
  it('becomes a slug: run and sweep write under out/ and nowhere else; the manifest keeps the name', async () => {
    const { parent, cwd } = workspace();
    writeFileSync(join(cwd, 'evil.yaml'), 'name: "../../../escaped"\nsteps: 2\npopulation:\n  scale: 0.05\n');
    const run = await inProcess(cwd, 'run', 'evil.yaml');
    expect(run.code).toBe(0);
    const sweep = await inProcess(
      cwd,
      'sweep',
      'evil.yaml',
      '--param',
      'decay.ratePerMonth=0.02,0.05',
      '--runs',
      '1',
      '--workers',
      '1',
    );
    expect(sweep.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['work']);
    expect(readdirSync(cwd).sort()).toEqual(['evil.yaml', 'out']);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['escaped-seed1', 'sweep-escaped']);
    expect(JSON.parse(readFileSync(join(cwd, 'out', 'escaped-seed1', 'manifest.json'), 'utf8')).scenarioName).toBe(
      '../../../escaped',
    );
  });
});

describe('two writers of one folder at once', () => {
  it('two sweeps: the second is refused with exit 2 naming the first; the rows are whole and a rerun resumes them all', async () => {
    const { cwd } = workspace();
    const args = [
      'sweep',
      '--param',
      'decay.ratePerMonth=0.02,0.05',
      '--runs',
      '2',
      '--steps',
      '12',
      '--set',
      'population.scale=0.05',
      '--workers',
      '1',
      '--out',
      'sw',
    ];
    const first = started(cwd, ...args);
    await until(() => lockWritten(join(cwd, '.sw.lock')));
    // Hold the first writer still while the second tries, so that the test does not depend on the machine's speed.
    first.child.kill('SIGSTOP');
    const second = clustersim(cwd, ...args);
    first.child.kill('SIGCONT');
    const firstDone = await first.done;
    expect(firstDone.code).toBe(0);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(`^clustersim: sw is being written by process ${first.child.pid} on .* \\(clustersim sweep, started `),
    );
    const rows = readFileSync(join(cwd, 'sw', 'runs.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(existsSync(join(cwd, 'sw', 'points.csv'))).toBe(true);
    const rerun = await inProcess(cwd, ...args);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('(4 resumed, 0 run)');
  });

  it('two compares: the second is refused with exit 2 and the first writes its folder whole', async () => {
    const { cwd } = workspace();
    const args = [
      'compare',
      BASELINE,
      FEES,
      '--runs',
      '2',
      '--steps',
      '80',
      '--set',
      'population.scale=0.05',
      '--workers',
      '1',
      '--out',
      'cmp',
    ];
    const first = started(cwd, ...args);
    await until(() => lockWritten(join(cwd, '.cmp.lock')));
    first.child.kill('SIGSTOP');
    const second = clustersim(cwd, ...args);
    first.child.kill('SIGCONT');
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/^clustersim: cmp is being written by process \d+ .*\(clustersim compare, started /);
    expect((await first.done).code).toBe(0);
    expect(readdirSync(join(cwd, 'cmp')).sort()).toEqual([
      '.clustersim.json',
      'charts',
      'compare.json',
      'manifest.json',
      'runs.csv',
      'runs.parquet',
      'table.txt',
      'timeseries.csv',
    ]);
    expect(readdirSync(cwd).sort()).toEqual(['cmp']);
  });
});

describe('a write killed with SIGKILL', () => {
  it('leaves the previous run as it was; the rerun takes over the lock, clears the leftovers and writes the same bytes as a clean run', async () => {
    const { cwd } = workspace();
    const small = ['--set', 'population.scale=0.05'];
    expect((await inProcess(cwd, 'run', '--steps', '3', ...small, '--out', 'r')).code).toBe(0);
    const previous = snapshot(join(cwd, 'r'));
    // Caught while it writes: the charts alone keep the temporary folder there for a tenth of a second or more.
    const killed = started(cwd, 'run', '--seed', '2', '--steps', '12', ...small, '--out', 'r');
    await until(() => readdirSync(cwd).some((n) => n.startsWith('.r.tmp-')));
    killed.child.kill('SIGSTOP');
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    expect(snapshot(join(cwd, 'r'))).toEqual(previous);
    const rerun = await inProcess(cwd, 'run', '--seed', '2', '--steps', '12', ...small, '--out', 'r');
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/clustersim: took over the lock of process \d+ .*which is no longer running/);
    expect(rerun.stderr).toMatch(/clustersim: removed \.r\.tmp-\w+, left by an interrupted write/);
    expect(readdirSync(cwd).sort()).toEqual(['r']);
    expect((await inProcess(cwd, 'run', '--seed', '2', '--steps', '12', ...small, '--out', 'clean')).code).toBe(0);
    expect(snapshot(join(cwd, 'r'))).toEqual(snapshot(join(cwd, 'clean')));
  });

  it('a sweep killed between rows resumes to the same rows as a sweep never interrupted', async () => {
    const { cwd } = workspace();
    const args = [
      'sweep',
      '--param',
      'decay.ratePerMonth=0.02:0.09:8',
      '--runs',
      '2',
      '--steps',
      '24',
      '--set',
      'population.scale=0.05',
      '--workers',
      '1',
    ];
    const killed = started(cwd, ...args, '--out', 'sw');
    const rows = () =>
      existsSync(join(cwd, 'sw', 'runs.csv'))
        ? readFileSync(join(cwd, 'sw', 'runs.csv'), 'utf8').split('\n').length - 2
        : 0;
    await until(() => rows() >= 2);
    killed.child.kill('SIGSTOP');
    killed.child.kill('SIGKILL');
    await killed.done;
    const resumed = await inProcess(cwd, ...args, '--out', 'sw');
    expect(resumed.code).toBe(0);
    // Killed after at least 2 of the 16 rows and before the last: some rows resumed, the others run.
    const [, kept, ran] = /\((\d+) resumed, (\d+) run\)/.exec(resumed.stdout)!.map(Number);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(ran).toBeGreaterThanOrEqual(1);
    expect(kept + ran).toBe(16);
    expect((await inProcess(cwd, ...args, '--out', 'clean')).code).toBe(0);
    expect(readFileSync(join(cwd, 'sw', 'runs.csv'), 'utf8')).toBe(
      readFileSync(join(cwd, 'clean', 'runs.csv'), 'utf8'),
    );
    expect(readFileSync(join(cwd, 'sw', 'points.csv'), 'utf8')).toBe(
      readFileSync(join(cwd, 'clean', 'points.csv'), 'utf8'),
    );
  });
});

/** Mounts a small tmpfs (as root on Linux); undefined where that is not allowed. */
function mountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = tempFolder('clustersim-mount-probe-');
  const ok = mountTmpfs(probe, '64k');
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe.skipIf(!canMount)('a full disk (a 1 MB tmpfs)', () => {
  it('run: exit 1 with one line, the previous results intact, nothing half-written', async () => {
    const { cwd } = workspace();
    const disk = join(cwd, 'disk');
    expect(mountTmpfs(disk, '1m')).toBe(true);
    try {
      expect(
        (await inProcess(cwd, 'run', '--steps', '2', '--set', 'population.scale=0.05', '--out', 'disk/r')).code,
      ).toBe(0);
      const previous = snapshot(join(disk, 'r'));
      const full = clustersim(cwd, 'run', '--steps', '2', '--out', 'disk/r');
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(
        /^clustersim: cannot write disk\/r: no space left on the disk \(ENOSPC\); results already written are left as they were\n$/,
      );
      expect(full.stderr).not.toMatch(NO_TRACE);
      expect(snapshot(join(disk, 'r'))).toEqual(previous);
      expect(readdirSync(disk)).toEqual(['r']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it("sweep: exit 1 when the disk fills between rows; with room again, the resumed rows equal a clean sweep's", async () => {
    const { cwd } = workspace();
    const disk = join(cwd, 'disk');
    expect(mountTmpfs(disk, '256k')).toBe(true);
    try {
      const args = [
        'sweep',
        '--param',
        'decay.ratePerMonth=0.01:0.1:10',
        '--runs',
        '6',
        '--steps',
        '6',
        '--set',
        'population.scale=0.05',
        '--workers',
        '1',
      ];
      // Fill the disk (4 KB blocks) so that the lock, the marker, the manifest and two blocks of rows fit, but not all
      // 60 rows.
      writeFileSync(join(disk, 'filler'), Buffer.alloc(256 * 1024 - 24 * 1024));
      const full = clustersim(cwd, ...args, '--out', 'disk/sw');
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(
        /^clustersim: cannot write disk\/sw\/runs.csv: no space left on the disk \(ENOSPC\); results already written are left as they were\n$/,
      );
      expect(full.stderr).not.toMatch(NO_TRACE);
      // Complete rows: the header and a torn last line (if any) aside.
      const torn = readFileSync(join(disk, 'sw', 'runs.csv'), 'utf8').split('\n').length - 2;
      expect(torn).toBeGreaterThan(0);
      expect(torn).toBeLessThan(60);
      rmSync(join(disk, 'filler'));
      const resumed = await inProcess(cwd, ...args, '--out', 'disk/sw');
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toContain(`(${torn} resumed, ${60 - torn} run)`);
      expect((await inProcess(cwd, ...args, '--out', 'clean')).code).toBe(0);
      expect(readFileSync(join(disk, 'sw', 'runs.csv'), 'utf8')).toBe(
        readFileSync(join(cwd, 'clean', 'runs.csv'), 'utf8'),
      );
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});
