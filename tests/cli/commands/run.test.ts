// `clustersim run` as a user meets it: a bad scenario or option exits with code 2, a located message on stderr, no
// stack trace and no output folder; a good run writes its files (GraphML unless --no-graphml, the network analysis
// with --brokerage, only the files --outputs names). Most cases call main() in this process; a bad and a good run go
// through bin/clustersim.js (dist/ is built by tests/global-setup.ts) for the real exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUN_FILES } from '../../../src/output/write-run.js';
import { runMain } from '../../helpers/cli.js';
import { tempFolder } from '../../helpers/temp.js';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'clustersim.js');
let dir: string;

beforeAll(() => {
  dir = tempFolder('clustersim-cli-run-');
});

/** Runs the command in a process, in the temporary folder. */
function clustersimProcess(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in this process, in the temporary folder. */
async function clustersim(...args: string[]) {
  const result = await runMain(args, { cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('clustersim run on bad input', () => {
  it('exits with 2 and a located message for a bad enum value, without a stack trace or an output folder', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'name: bad\nlevers:\n  scope: regoin\n');
    const { code, stdout, stderr } = clustersimProcess('run', 'bad.yaml');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'bad.yaml:3:10: levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?\n',
    );
    expect(stderr).not.toContain('    at ');
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('exits with 2 for a missing file and for a YAML syntax error', async () => {
    const missing = await clustersim('run', 'nowhere.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('nowhere.yaml: cannot read the file: no such file\n');
    writeFileSync(join(dir, 'syntax.yaml'), 'name: t\nname: u\n');
    const syntax = await clustersim('run', 'syntax.yaml');
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toBe('syntax.yaml:2:1: YAML syntax error: Map keys must be unique\n');
    expect(syntax.stderr).not.toContain('    at ');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits with 2 for a bad --set value', async () => {
    const { code, stderr } = await clustersim('run', '--set', 'levers.scope=everywhere', '--out', join(dir, 'never'));
    expect(code).toBe(2);
    expect(stderr).toBe(
      '--set levers.scope=everywhere: levers.scope: expected one of "park", "region", "national", got "everywhere"\n',
    );
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

describe('clustersim run: options of the network files', () => {
  it('exits with 2 for --betweenness-sources without --brokerage, or below 1', async () => {
    const alone = await clustersim('run', '--betweenness-sources', '50', '--out', join(dir, 'never'));
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('clustersim run: --betweenness-sources sets the network analysis: add --brokerage\n');
    const zero = await clustersim('run', '--brokerage', '--betweenness-sources', '0', '--out', join(dir, 'never'));
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('--betweenness-sources: expected an integer >= 1, got 0\n');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('leaves GraphML out with --no-graphml, and writes the analysis of every network with --brokerage', async () => {
    const bare = join(dir, 'bare');
    const without = await clustersim(
      'run',
      '--steps',
      '2',
      '--set',
      'population.scale=0.1',
      '--no-graphml',
      '--out',
      bare,
    );
    expect(without.code).toBe(0);
    const analysis = (f: string) => /\.(graphml|csv)$/.test(f) && f !== 'timeseries.csv' && f !== 'mcs.csv';
    expect(readdirSync(bare).filter(analysis)).toEqual([]);
    expect(without.stdout).toContain('(timeseries.csv, summary.json, manifest.json, mcs.csv, network.gexf)');
    const full = join(dir, 'full');
    const args = ['--steps', '4', '--set', 'population.scale=0.1', '--snapshots', '2', '--brokerage', '--out', full];
    const analysed = await clustersim('run', ...args);
    expect(analysed.code).toBe(0);
    const names = readdirSync(full);
    for (const name of ['network.graphml', 'centrality.csv', 'brokerage.csv', 'brokerage.json'])
      expect(names).toContain(name);
    for (const name of [
      'network-2.gexf',
      'network-2.graphml',
      'centrality-2.csv',
      'brokerage-2.csv',
      'brokerage-2.json',
    ])
      expect(names).toContain(name);
    expect(JSON.parse(readFileSync(join(full, 'brokerage.json'), 'utf8')).betweenness.exact).toBe(true);
    expect(JSON.parse(readFileSync(join(full, '.clustersim.json'), 'utf8')).files).toContain('centrality-2.csv');
  });
});

describe('clustersim run --outputs', () => {
  it('exits with 2 for an unknown output, listing the valid ones, and writes nothing', async () => {
    const { code, stdout, stderr } = await clustersim(
      'run',
      '--outputs',
      'timeseries,netwrk',
      '--out',
      join(dir, 'never'),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'clustersim run: --outputs: unknown output "netwrk"; the outputs are timeseries, summary, mcs, gexf, graphml, charts, brokerage\n',
    );
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('writes only the files named, and the manifest', async () => {
    const out = join(dir, 'chosen');
    const args = ['--steps', '2', '--set', 'population.scale=0.1', '--outputs', 'timeseries,summary', '--out', out];
    const { code, stdout } = await clustersim('run', ...args);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.clustersim.json', 'manifest.json', 'summary.json', 'timeseries.csv']);
    expect(stdout).toContain('(timeseries.csv, summary.json, manifest.json)');
    expect(stdout).not.toContain('chart specs');
  });
});

describe('clustersim run', () => {
  it('writes the run files to --out and sums the run up on stdout', () => {
    const out = join(dir, 'good');
    const { code, stdout, stderr } = clustersimProcess(
      'run',
      '--steps',
      '3',
      '--set',
      'population.scale=0.1',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names = readdirSync(out);
    for (const name of RUN_FILES) expect(names).toContain(name);
    expect(stdout).toContain('clustersim: ran "default (modified: 2 overrides)" (seed 1, 3 steps)');
    expect(stdout).toContain(`wrote ${out}/`);
  });
});
