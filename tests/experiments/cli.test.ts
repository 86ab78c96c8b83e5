// The experiment commands on the command line: user errors exit with code 2 and a message (no stack trace); check runs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp.js';

const TARGETS = 'scenarios/targets/korea-2005-2010.yaml';
/** A posterior sample of the decay rate: sweeps and checks may not also set it. */
const POSTERIOR = join(tempFolder('clustersim-posterior-'), 'accepted.csv');
writeFileSync(POSTERIOR, 'decay.ratePerMonth\n0.03\n0.04\n');

describe('experiment commands: user errors', () => {
  it.each([
    [['sweep', '--param', 'decay.ratePerMonth'], /--param "decay\.ratePerMonth": expected path=/],
    [['sweep', '--param', 'decay.rate=0.1:0.2'], /unknown parameter "decay\.rate"/],
    [['sweep', '--param', 'decay.ratePerMonth=0.1,2'], /decay\.ratePerMonth: expected a number <= 1, got 2/],
    [
      ['sweep', '--param', 'decay.ratePerMonth=0.1', '--design', 'sobol'],
      /--design: expected one of factorial, lhs, got "sobol"/,
    ],
    [['sweep', '--param', 'decay.ratePerMonth=0.1', '--runs', '0'], /--runs: expected an integer >= 1, got 0/],
    [['check', '--targets', 'no/such.yaml'], /no\/such\.yaml: cannot read the file: no such file/],
    [['check', '--targets', TARGETS, '--set', 'steps=24'], /the targets read step 72, but default runs 24 steps/],
    [
      ['calibrate', '--targets', TARGETS, '--param', 'decay.ratePerMonth=0.02:0.08', '--only', 'nothing'],
      /--only nothing: no fitted target of scenarios\/targets\/korea-2005-2010\.yaml has an id starting with this; fitted ids: panel-iur-ties-2009, tasks-2005/,
    ],
    [
      ['calibrate', '--targets', TARGETS, '--param', 'decay.ratePerMonth=0.02:0.08', '--only', 'stay-out'],
      /--only stay-out: no fitted target .* \(stay-out-not-strategic is input, .*: calibrate never uses it\)/,
    ],
    [
      ['calibrate', '--targets', TARGETS, '--param', 'decay.ratePerMonth=0.02:0.08', '--accept', '2'],
      /--accept: expected a share in \(0, 1\], got 2/,
    ],
    [['sensitivity', '--param', 'decay.ratePerMonth=0.02:0.08', '--outcome', 'densty'], /did you mean "density"\?/],
    [
      ['sweep', '--param', 'decay.ratePerMonth=0.1', '--posterior', 'no/such.csv'],
      /^no\/such\.csv: cannot read the file: no such file\n$/,
    ],
    [
      ['sweep', '--param', 'decay.ratePerMonth=0.1', '--posterior', POSTERIOR],
      /^--param decay\.ratePerMonth: decay\.ratePerMonth is drawn from the posterior \/.*accepted\.csv in every run/,
    ],
    [
      ['check', '--targets', TARGETS, '--posterior', POSTERIOR, '--set', 'decay.ratePerMonth=0.1'],
      /^--set decay\.ratePerMonth=0\.1: decay\.ratePerMonth is drawn from the posterior/,
    ],
    [
      ['check', '--targets', TARGETS, '--posterior', 'scenarios/baseline.yaml'],
      /^scenarios\/baseline\.yaml: expected a \.csv file/,
    ],
  ])('%j exits with 2', async (argv, pattern) => {
    const { code, err } = await cli(...argv);
    expect(err).toMatch(pattern);
    expect(err).not.toMatch(/\n\s+at /);
    expect(code).toBe(2);
  });
});

describe('clustersim check', () => {
  it('prints the table, writes the table, the runs and the chart, and exits 1 when a target fails', async () => {
    const out = join(tempFolder('clustersim-check-'), 'check');
    const { code, out: text } = await cli(
      'check',
      '--targets',
      TARGETS,
      '--runs',
      '2',
      '--workers',
      '1',
      '--set',
      'population.scale=0.1',
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(text).toMatch(/clustersim: \d+ of 32 fitted and held-out targets failed/);
    expect(text).toMatch(/default \(modified: 1 override\) against korea-2005-2010: 2 runs to step 72/);
    expect(text).toMatch(
      /members-professor\s+section 2\.1\s+779\.00\s+78\.00 \[78\.00, 78\.00\]\s+±15%\s+input, not a test \(outside the tolerance\)/,
    );
    expect(text).toMatch(
      /fitted: \d of 6 pass; held out: \d+ of 26 pass; 19 inputs shown, not tests; 3 figures compared/,
    );
    expect(readdirSync(out).sort()).toEqual([
      '.clustersim.json',
      'check.csv',
      'check.json',
      'check.vl.json',
      'manifest.json',
      'runs.csv',
    ]);
    expect(readFileSync(join(out, 'check.csv'), 'utf8').split('\n')[0]).toMatch(/^id,role,description,source,/);
  });

  it('exits 0 when only inputs are off their figures: they are shown, not tests', async () => {
    const dir = tempFolder('clustersim-check-inputs-');
    const targets = join(dir, 'targets.yaml');
    const line = (id: string, role: string, observed: number) =>
      `  - { id: ${id}, role: ${role}, why: w, description: d, source: s, observed: ${observed}, tolerance: { relative: 0.1 }, simulated: { at: membersProfessor, step: 1 } }`;
    writeFileSync(
      targets,
      ['name: t', 'source: s', 'targets:', line('off', 'input', 779), line('on', 'fitted', 78)].join('\n'),
    );
    const { code, out: text } = await cli(
      'check',
      '--targets',
      targets,
      '--runs',
      '2',
      '--workers',
      '1',
      '--set',
      'population.scale=0.1',
      '--out',
      join(dir, 'check'),
    );
    expect(text).toMatch(/off\s+s\s+779\.00\s+78\.00 .* input, not a test \(outside the tolerance\)/);
    expect(text).toMatch(/fitted: 1 of 1 pass; held out: 0 of 0 pass; 1 input shown, not a test/);
    expect(code).toBe(0);
  });

  it('with --knockouts, runs every mechanism switched off on the same seeds and adds the table to the folder', async () => {
    const dir = tempFolder('clustersim-check-knockouts-');
    const targets = join(dir, 'targets.yaml');
    writeFileSync(
      targets,
      [
        'name: t',
        'source: s',
        'targets:',
        '  - { id: ties, role: fitted, why: w, description: d, source: s, observed: 420, tolerance: { relative: 0.1 }, simulated: { at: ties, step: 12 } }',
      ].join('\n'),
    );
    const out = join(dir, 'check');
    const { code, out: text } = await cli(
      'check',
      '--targets',
      targets,
      '--runs',
      '2',
      '--workers',
      '1',
      '--seed',
      '5',
      '--set',
      'population.scale=0.1',
      '--knockouts',
      '--out',
      out,
    );
    expect(text).toMatch(
      /knock-outs of default \(modified: 1 override\) against t: each mechanism switched off in turn, 2 runs per variant/,
    );
    expect(text).toMatch(/\nmeetings at events +events\.meetingsPerAttendee=0 +1 of 1: ties /);
    expect(text).toMatch(/\nguests at events \(identical runs\) +levers\.guestsPerOpenEvent=0 +0 of 1 /);
    expect(text).toMatch(/clustersim: 20 variants x 2 runs on 1 worker\(s\)/);
    expect(code).toBe(0);
    const files = [
      'check.csv',
      'check.json',
      'check.vl.json',
      'knockouts.csv',
      'knockouts.json',
      'knockouts.md',
      'manifest.json',
      'runs.csv',
    ];
    expect(readdirSync(out).sort()).toEqual(['.clustersim.json', ...files]);
    expect(JSON.parse(readFileSync(join(out, '.clustersim.json'), 'utf8')).files).toEqual(files);
    expect(readFileSync(join(out, 'knockouts.md'), 'utf8')).toMatch(
      /^\| meetings at events \| `events\.meetingsPerAttendee=0` \| 1 of 1: ties \|/m,
    );
    const again = await cli(
      'check',
      '--targets',
      targets,
      '--runs',
      '2',
      '--workers',
      '1',
      '--seed',
      '5',
      '--set',
      'population.scale=0.1',
      '--out',
      out,
    );
    expect(again.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.clustersim.json',
      'check.csv',
      'check.json',
      'check.vl.json',
      'manifest.json',
      'runs.csv',
    ]);
  });

  it('documents --knockouts in its help', async () => {
    const { code, out, err } = await cli('check', '--help');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/--knockouts\s+also run with each core mechanism switched off in turn/);
  });
});
