// The command line in manifests, quoted so that it can be pasted back; and the manifest.json of every command that
// writes a folder, with its provenance: version, git commit, command line, --set overrides, each scenario's name,
// label, hash, parameters and policies, seeds, the posterior file's hash, Node version and wall time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLine, setInvocation, shellQuote } from '../../src/cli/invocation.js';
import { checkoutCommit, scenarioHash } from '../../src/output/manifest.js';
import { loadScenario } from '../../src/scenario/load.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../render/cli-io.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-invocation-');

const TINY = ['--set', 'population.scale=0.05', '--set', 'population.regions=[gangwon]'];
const POSTERIOR = join(root, 'accepted.csv');
writeFileSync(
  POSTERIOR,
  'point,distance,worst,accepted,decay.ratePerMonth,tasks.probPerFirmMonth,tasks-2005\n4,0.1,0.5,yes,0.02,0.05,100\n7,0.2,0.7,yes,0.05,0.09,120\n',
);
const TARGETS = join(root, 'targets.yaml');
writeFileSync(
  TARGETS,
  [
    'name: t',
    'source: s',
    'targets:',
    '  - { id: ties, role: fitted, why: w, description: d, source: s, observed: 40, tolerance: { absolute: 1000 }, simulated: { at: ties, step: 6 } }',
  ].join('\n'),
);

describe('cli/invocation', () => {
  it('quotes what a shell would split or expand, and leaves plain arguments bare', () => {
    expect(shellQuote('population.scale=0.1')).toBe('population.scale=0.1');
    expect(shellQuote('out/my run')).toBe("'out/my run'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('population.regions=[gangwon]')).toBe("'population.regions=[gangwon]'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('')).toBe("''");
  });

  it('joins the script and the arguments main was given', () => {
    setInvocation(['run', '--out', 'a b']);
    expect(commandLine()).toBe(`${shellQuote(process.argv[1])} run --out 'a b'`);
  });
});

/** The manifest a command wrote: its fields, checked in common. */
function manifestOf(dir: string, argv: readonly string[]): Record<string, unknown> {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const hash = checkoutCommit();
  expect(m.tool).toBe('clustersim');
  expect(m.version).toBe(VERSION);
  if (hash) expect(m.gitCommit).toMatch(/^[0-9a-f]{40}$/);
  else expect(m).not.toHaveProperty('gitCommit');
  expect(m.commandLine).toBe([process.argv[1], ...argv].map(shellQuote).join(' '));
  expect(m.node).toBe(process.version);
  expect(typeof m.wallTimeSeconds).toBe('number');
  return m;
}

/** A command's scenario record: name, label, the hash of the resolved scenario, its parameters and policies. */
function expectScenario(record: unknown, file: string, sets: string[], label: string): void {
  const scenario = loadScenario(file, { set: sets });
  expect(record).toEqual({ name: scenario.name, label, hash: scenarioHash(scenario), scenario });
}

describe('every command that writes a folder writes a manifest with its provenance', () => {
  it('run', async () => {
    const out = join(root, 'run');
    const argv = ['run', 'scenarios/fees.yaml', '--steps', '74', ...TINY, '--out', out];
    expect((await runCli(argv)).code).toBe(0);
    const m = manifestOf(out, argv);
    expect(m.sets).toEqual(['population.scale=0.05', 'population.regions=[gangwon]', 'steps=74']);
    expect(m.scenarioLabel).toBe('fees (modified: 3 overrides)');
    const scenario = loadScenario('scenarios/fees.yaml', { set: m.sets as string[] });
    expect(m.scenarioHash).toBe(scenarioHash(scenario));
    expect(m.scenario).toEqual(scenario);
    expect((m.scenario as typeof scenario).policies).toHaveLength(1);
  });

  it('compare, with a posterior', async () => {
    const out = join(root, 'compare');
    const argv = [
      'compare',
      'scenarios/baseline.yaml',
      'scenarios/fees.yaml',
      '--runs',
      '2',
      '--steps',
      '74',
      '--workers',
      '1',
      ...TINY,
      '--posterior',
      POSTERIOR,
      '--out',
      out,
    ];
    const result = await runCli(argv);
    expect(result.code).toBe(0);
    const m = manifestOf(out, argv);
    const sets = ['population.scale=0.05', 'population.regions=[gangwon]', 'steps=74'];
    expect(m).toMatchObject({ command: 'compare', sets, seed: '1', seeds: ['1/run/0', '1/run/1'] });
    const scenarios = m.scenarios as unknown[];
    expectScenario(scenarios[0], 'scenarios/baseline.yaml', sets, 'baseline (modified: 3 overrides)');
    expectScenario(scenarios[1], 'scenarios/fees.yaml', sets, 'fees (modified: 3 overrides)');
    const sha = `sha256:${(await import('node:crypto')).createHash('sha256').update(readFileSync(POSTERIOR)).digest('hex')}`;
    expect(m.posterior).toMatchObject({
      file: POSTERIOR,
      sha256: sha,
      draws: 2,
      paths: ['decay.ratePerMonth', 'tasks.probPerFirmMonth'],
    });
    const compare = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(compare.scenarios).toEqual(['baseline (modified: 3 overrides)', 'fees (modified: 3 overrides)']);
    expect(compare.posterior.sha256).toBe(sha);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8').split('\n')[0]).toMatch(/^scenario,run,seed,draw,members,/);
    expect(readFileSync(join(out, 'table.txt'), 'utf8')).toContain('over the same seeds and posterior draws');
  });

  it('check, with a posterior', async () => {
    const out = join(root, 'check');
    const argv = [
      'check',
      '--targets',
      TARGETS,
      '--runs',
      '2',
      '--workers',
      '1',
      ...TINY,
      '--posterior',
      POSTERIOR,
      '--out',
      out,
    ];
    expect((await runCli(argv)).code).toBe(0);
    const m = manifestOf(out, argv);
    expect(m).toMatchObject({ command: 'check', seed: '1', seeds: ['1/run/0', '1/run/1'], posterior: { draws: 2 } });
    expect((m.scenarios as { label: string }[])[0].label).toBe('default (modified: 2 overrides)');
    expect(readFileSync(join(out, 'runs.csv'), 'utf8').split('\n')[0]).toBe('run,seed,draw,target,value');
    expect(JSON.parse(readFileSync(join(out, 'check.json'), 'utf8')).posterior.perRun).toEqual(
      (m.posterior as { perRun: number[] }).perRun,
    );
  });

  it('sweep, with a posterior (experiment.json keeps only what makes the experiment, to resume)', async () => {
    const out = join(root, 'sweep');
    const argv = [
      'sweep',
      '--param',
      'levers.openEventShare=0,0.5',
      '--runs',
      '2',
      '--steps',
      '74',
      '--workers',
      '1',
      ...TINY,
      '--posterior',
      POSTERIOR,
      '--out',
      out,
    ];
    expect((await runCli(argv)).code).toBe(0);
    const m = manifestOf(out, argv);
    expect(m).toMatchObject({ command: 'sweep', seeds: ['1/run/0', '1/run/1'], posterior: { draws: 2 } });
    const experiment = JSON.parse(readFileSync(join(out, 'experiment.json'), 'utf8'));
    expect(experiment).not.toHaveProperty('commandLine');
    expect(experiment.posterior).toEqual({
      sha256: (m.posterior as { sha256: string }).sha256,
      draws: 2,
      paths: ['decay.ratePerMonth', 'tasks.probPerFirmMonth'],
      perRun: (m.posterior as { perRun: number[] }).perRun,
    });
    expect(readFileSync(join(out, 'runs.csv'), 'utf8').split('\n')[0]).toMatch(
      /^point,run,seed,draw,levers\.openEventShare,members,/,
    );
    const rows = readFileSync(join(out, 'runs.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const perRun = (m.posterior as { perRun: number[] }).perRun.map(String);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['0', '0', perRun[0]],
      ['0', '1', perRun[1]],
      ['1', '0', perRun[0]],
      ['1', '1', perRun[1]],
    ]);
    const again = await runCli(argv);
    expect(again.stdout).toContain('(4 resumed, 0 run)');
  });

  it('calibrate', async () => {
    const out = join(root, 'calibrate');
    const argv = [
      'calibrate',
      '--targets',
      TARGETS,
      '--param',
      'decay.ratePerMonth=0.02:0.08',
      '--samples',
      '2',
      '--runs',
      '1',
      '--workers',
      '1',
      ...TINY,
      '--out',
      out,
    ];
    expect((await runCli(argv)).code).toBe(0);
    const m = manifestOf(out, argv);
    expect(m).toMatchObject({
      command: 'calibrate',
      seeds: ['1/run/0'],
      sets: ['population.scale=0.05', 'population.regions=[gangwon]'],
    });
    expect(JSON.parse(readFileSync(join(out, '.clustersim.json'), 'utf8')).files).toContain('manifest.json');
  });

  it('sensitivity, Morris and Sobol', async () => {
    const morris = join(root, 'morris');
    const argv = [
      'sensitivity',
      '--param',
      'decay.ratePerMonth=0.02:0.08',
      '--trajectories',
      '1',
      '--runs',
      '1',
      '--steps',
      '3',
      '--workers',
      '1',
      ...TINY,
      '--out',
      morris,
    ];
    expect((await runCli(argv)).code).toBe(0);
    expect(manifestOf(morris, argv)).toMatchObject({ command: 'sensitivity', details: { method: 'morris' } });
    const sobol = join(root, 'sobol');
    const sobolArgv = [
      'sensitivity',
      '--method',
      'sobol',
      '--param',
      'decay.ratePerMonth=0.02:0.08',
      '--samples',
      '2',
      '--bootstrap',
      '10',
      '--runs',
      '1',
      '--steps',
      '74',
      '--workers',
      '1',
      ...TINY,
      '--effect',
      'scenarios/fees.yaml',
      '--out',
      sobol,
    ];
    expect((await runCli(sobolArgv)).code).toBe(0);
    const m = manifestOf(sobol, sobolArgv);
    expect((m.scenarios as { name: string }[]).map((s) => s.name)).toEqual(['default', 'fees']);
  });
});
