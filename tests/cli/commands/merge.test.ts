// Sharded experiments merged: the same bytes as the single-machine command, and every broken shard named.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';
import { tempFolder } from '../../helpers/temp.js';

const TINY = ['--set', 'steps=12', '--set', 'population.scale=0.05', '--workers', '1'];
const SWEEP = ['sweep', 'scenarios/classroom.yaml', '--param', 'decay.ratePerMonth=0.02,0.05', '--runs', '3', ...TINY];

const scratch = () => tempFolder('clustersim-merge-');

/** Every file under dir, relative, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/**
 * A file's bytes for comparison. In manifest.json only what is run-specific by nature is left out (see
 * src/output/manifest.ts): the command line (`merge DIR` against the experiment's own), the wall time and the git
 * commit. Everything else, the manifests' other fields included, must be the same bytes.
 */
function comparable(dir: string, file: string): string {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!file.endsWith('manifest.json')) return text;
  return text.replace(/\n {2}"(commandLine|wallTimeSeconds|gitCommit)": [^\n]*/g, '');
}

async function shardAll(args: readonly string[], dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const r = await cli(...args, '--out', dir, '--shard', `${i}/${count}`);
    expect(r.err).toBe('');
    expect(r.code, r.out).toBe(0);
  }
}

async function expectSameOutputs(args: readonly string[]): Promise<void> {
  const root = scratch();
  const single = join(root, 'single');
  const shared = join(root, 'shared');
  expect((await cli(...args, '--out', single)).code).toBe(0);
  await shardAll(args, shared, 3);
  const merged = await cli('merge', shared);
  expect(merged.err).toBe('');
  expect(merged.code).toBe(0);
  const out = join(shared, 'merged');
  const files = filesOf(single);
  expect(filesOf(out)).toEqual(files);
  expect(files).toContain('manifest.json');
  expect(files).toContain('runs.parquet');
  for (const file of files) expect(comparable(out, file), file).toBe(comparable(single, file));
  // The manifest's run-specific fields are there, and differ as they should.
  expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toContain(`"commandLine": `);
}

describe('merge: bad input', () => {
  it('refuses a folder without a plan, and a shard without --out', async () => {
    const root = scratch();
    let r = await cli('merge', join(root, 'none'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/none\/plan\.json: no plan here: merge reads the folder the shards wrote/);
    r = await cli(...SWEEP, '--shard', '0/2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--shard: name the shared folder with --out/);
  });

  it('refuses to run a shard of another plan into the folder, naming what differs', async () => {
    const shared = join(scratch(), 'shared');
    await shardAll(SWEEP, shared, 1);
    const r = await cli(...SWEEP.map((a) => (a === '3' ? '4' : a)), '--out', shared, '--shard', '0/2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /plan\.json: this folder holds the plan of another experiment \(sweep, sha256:.*they differ in args, runs, shards\)/,
    );
  });

  it('names the missing, duplicated, foreign and torn shards, and merges once they are fixed', async () => {
    const root = scratch();
    const shared = join(root, 'shared');
    await shardAll(SWEEP, shared, 3);
    const shards = join(shared, 'shards');
    // torn: shard 0's runs cut after it finished; duplicated: shard 1 copied under another name; missing: shard 2;
    // foreign: a shard of a 2-shard plan of the same sweep copied in.
    truncateSync(join(shards, '0000-of-0003', 'runs.csv'), 40);
    cpSync(join(shards, '0001-of-0003'), join(shards, 'copy-of-1'), { recursive: true });
    rmSync(join(shards, '0002-of-0003'), { recursive: true });
    const other = join(root, 'other');
    await cli(...SWEEP, '--out', other, '--shard', '0/2');
    cpSync(join(other, 'shards', '0000-of-0002'), join(shards, '0000-of-0002'), { recursive: true });
    const r = await cli('merge', shared);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot be merged yet \(4 problems\)/);
    expect(r.err).toMatch(/torn: shards\/0000-of-0003: its runs\.csv changed since the shard finished/);
    expect(r.err).toMatch(
      /foreign: shards\/0000-of-0002: it ran another plan \(.*, shard 0\/2; this plan is .* with 3 shards\)/,
    );
    expect(r.err).toMatch(/missing: no folder holds shard 2 \(0002-of-0003\)/);
    expect(r.err).toMatch(/duplicated: shards\/0001-of-0003, shards\/copy-of-1: 2 folders hold shard 1/);
    expect(r.err).toMatch(/run these shards again \(.*--shard i\/3 with i = 0, 2;/);
    expect(readdirSync(shared)).not.toContain('merged');
    // Fixed: the foreign and the duplicate removed, shard 0 and 2 run again (0 from scratch: its file is torn).
    rmSync(join(shards, 'copy-of-1'), { recursive: true });
    rmSync(join(shards, '0000-of-0002'), { recursive: true });
    rmSync(join(shards, '0000-of-0003'), { recursive: true });
    for (const i of [0, 2]) expect((await cli(...SWEEP, '--out', shared, '--shard', `${i}/3`)).code).toBe(0);
    expect((await cli('merge', shared)).code).toBe(0);
  });

  it('refuses to merge when an input changed since the shards ran', async () => {
    const root = scratch();
    const scenario = join(root, 'mine.yaml');
    writeFileSync(scenario, 'name: mine\nextends: ' + join(process.cwd(), 'scenarios/classroom.yaml') + '\n');
    const args = ['sweep', scenario, ...SWEEP.slice(2)];
    await shardAll(args, join(root, 'shared'), 2);
    writeFileSync(scenario, readFileSync(scenario, 'utf8') + 'seed: 7\n');
    const r = await cli('merge', join(root, 'shared'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the plan's inputs changed since the shards ran \(inputs, scenarios differ\)/);
  });
});

describe('shards', () => {
  it('resume after a kill: a torn last line is cut and only the missing runs are run', async () => {
    const shared = join(scratch(), 'shared');
    await shardAll(SWEEP, shared, 1);
    const folder = join(shared, 'shards', '0000-of-0001');
    const full = readFileSync(join(folder, 'runs.csv'), 'utf8');
    const lines = full.split('\n');
    // Killed while writing the fourth run: three whole runs and half a line; the shard still marked running.
    writeFileSync(join(folder, 'runs.csv'), lines.slice(0, 4).join('\n') + '\n' + lines[4].slice(0, 10));
    const record = JSON.parse(readFileSync(join(folder, 'shard.json'), 'utf8'));
    writeFileSync(join(folder, 'shard.json'), JSON.stringify({ ...record, status: 'running', runs: undefined }));
    const r = await cli(...SWEEP, '--out', shared, '--shard', '0/1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/shard 0\/1 of sweep: 6 runs \(3 resumed\)/);
    expect(readFileSync(join(folder, 'runs.csv'), 'utf8')).toBe(full);
  });

  it("run at the same time into one folder: a shard folder another task is creating is not someone else's file", async () => {
    // Another task of the array has just made its folder, and not yet its marker.
    const other = join(scratch(), 'other');
    await cli(...SWEEP, '--out', other, '--shard', '0/4');
    mkdirSync(join(other, 'shards', '0002-of-0004'));
    const r = await cli(...SWEEP, '--out', other, '--shard', '1/4');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('writes only clustersim-marked folders: the shared folder, each shard and the merged outputs', async () => {
    const shared = join(scratch(), 'shared');
    await shardAll(SWEEP, shared, 2);
    await cli('merge', shared);
    const markers = filesOf(shared).filter((f) => f.endsWith('.clustersim.json'));
    expect(filesOf(join(shared, 'shards', '0000-of-0002'))).toEqual([
      '.clustersim.json',
      'runs.csv',
      'runs.parquet',
      'shard.json',
    ]);
    expect(markers).toEqual([
      '.clustersim.json',
      'merged/.clustersim.json',
      'shards/0000-of-0002/.clustersim.json',
      'shards/0001-of-0002/.clustersim.json',
    ]);
    expect(JSON.parse(readFileSync(join(shared, '.clustersim.json'), 'utf8')).kind).toBe('shards');
    expect(relative(shared, join(shared, 'plan.json'))).toBe('plan.json');
  });
});

describe('merge: the same outputs as on one machine', () => {
  it('sweep: 2 points x 3 runs, sharded 3 ways', async () => {
    await expectSameOutputs(SWEEP);
  });

  it('compare: 2 scenarios x 3 runs, sharded 3 ways (tables, charts, manifest)', async () => {
    const root = scratch();
    const b = join(root, 'b.yaml');
    writeFileSync(
      b,
      `name: b\nextends: ${join(process.cwd(), 'scenarios/classroom.yaml')}\ndecay:\n  ratePerMonth: 0.08\n`,
    );
    await expectSameOutputs(['compare', 'scenarios/classroom.yaml', b, '--runs', '3', ...TINY]);
  });

  it('sensitivity (Morris, and Sobol): the same indices, tables and charts', async () => {
    const common = ['scenarios/classroom.yaml', '--param', 'decay.ratePerMonth=0.02:0.08', '--runs', '1', ...TINY];
    await expectSameOutputs(['sensitivity', ...common, '--trajectories', '2']);
    await expectSameOutputs([
      'sensitivity',
      ...common,
      '--method',
      'sobol',
      '--param',
      'events.meetingsPerAttendee=1:3',
      '--samples',
      '4',
      '--bootstrap',
      '10',
    ]);
  });

  it('calibrate: one round of rejection, its points sharded', async () => {
    await expectSameOutputs([
      'calibrate',
      '--targets',
      'scenarios/targets/korea-2005-2010.yaml',
      '--param',
      'decay.ratePerMonth=0.02:0.08',
      '--samples',
      '3',
      '--runs',
      '1',
      '--workers',
      '1',
      '--set',
      'population.scale=0.05',
      '--set',
      'population.regions=[gangwon]',
    ]);
  });

  it('check, with its knock-outs: the same table, chart and knock-out files (exit status 1 on failed targets, as on one machine)', async () => {
    const args = [
      'check',
      '--targets',
      'scenarios/targets/korea-2005-2010.yaml',
      '--runs',
      '2',
      '--knockouts',
      '--workers',
      '1',
      '--set',
      'population.scale=0.05',
      '--set',
      'population.regions=[gangwon]',
    ];
    const root = scratch();
    const single = await cli(...args, '--out', join(root, 'single'));
    await shardAll(args, join(root, 'shared'), 3);
    const merged = await cli('merge', join(root, 'shared'));
    expect(merged.code).toBe(single.code);
    // The printed table too; only the line that says where and how fast it wrote differs.
    const printed = (out: string) => out.split('\n').filter((l) => !/ worker\(s\) in .* s; wrote /.test(l));
    expect(printed(merged.out)).toEqual(printed(single.out));
    const files = filesOf(join(root, 'single'));
    expect(files).toContain('knockouts.csv');
    expect(filesOf(join(root, 'shared', 'merged'))).toEqual(files);
    for (const file of files)
      expect(comparable(join(root, 'shared', 'merged'), file), file).toBe(comparable(join(root, 'single'), file));
  });
});
