// clustersim compare on the command line: bad --adjust, --outcomes and --posterior exit 2 naming what is wrong, before
// anything runs; --outcomes and --adjust decide the family of tests and what the * means; scenarios that differ in
// population or horizon are compared with a warning in table.txt and compare.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOption } from '../../../src/cli/commands/compare.js';
import { runCli } from '../../render/cli-io.js';
import { tempFolder } from '../../helpers/temp.js';

const root = tempFolder('clustersim-compare-cli-');
const TINY = ['--set', 'population.scale=0.05', '--set', 'population.regions=[gangwon]', '--workers', '1'];
const BASE = 'scenarios/baseline.yaml';
const FEES = 'scenarios/fees.yaml';

describe('clustersim compare: bad input', () => {
  it.each([
    [['--adjust', 'bonferroni'], '--adjust: expected one of holm, bh, none, got "bonferroni"\n'],
    [['--outcomes', 'density,densty'], '--outcomes "densty": unknown outcome: did you mean "density"?\n'],
    [['--outcomes', ','], '--outcomes: name at least one outcome\n'],
    [['--posterior', 'no/such.csv'], 'no/such.csv: cannot read the file: no such file\n'],
  ])('%j exits 2 before anything runs', async (extra, message) => {
    const out = join(root, 'never');
    const result = await runCli(['compare', BASE, FEES, '--runs', '2', ...TINY, ...extra, '--out', out]);
    expect(result.stderr).toBe(message);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --set of a path the posterior draws', async () => {
    const posterior = join(root, 'p.csv');
    writeFileSync(posterior, 'decay.ratePerMonth\n0.03\n');
    const result = await runCli([
      'compare',
      BASE,
      FEES,
      '--runs',
      '2',
      ...TINY,
      '--set',
      'decay.ratePerMonth=0.05',
      '--posterior',
      posterior,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^--set decay\.ratePerMonth=0\.05: decay\.ratePerMonth is drawn from the posterior .*p\.csv in every run/,
    );
  });
});

describe('clustersim compare', () => {
  it('reads --outcomes as a comma-separated, repeatable list', () => {
    expect(listOption(undefined)).toBeUndefined();
    expect(listOption(['density, members', 'events'])).toEqual(['density', 'members', 'events']);
  });

  it('reports and tests only the outcomes of interest (in the registry order), adjusted as --adjust says; no warning once --set makes the horizons equal', async () => {
    const short = join(root, 'short.yaml');
    writeFileSync(short, 'name: short\nextends: ' + join(process.cwd(), BASE) + '\nsteps: 6\n');
    const out = join(root, 'cmp');
    const result = await runCli([
      'compare',
      BASE,
      short,
      '--runs',
      '3',
      '--steps',
      '6',
      ...TINY,
      '--set',
      'steps=12',
      '--outcomes',
      'events,members',
      '--adjust',
      'bh',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const table = readFileSync(join(out, 'table.txt'), 'utf8').split('\n');
    const compare = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(compare.warnings).toEqual([]);
    expect(compare).toMatchObject({ adjust: 'bh', alpha: 0.05, tests: 2, outcomesOfInterest: ['members', 'events'] });
    expect(compare.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual([
      'members',
      'members',
      'events',
      'events',
    ]);
    expect(table[0]).toBe(
      "3 runs per scenario over the same seeds; * = significant at 5% after Benjamini-Hochberg's adjustment for the 2 differences tested (false discovery rate; paired t-tests of the runs' differences)",
    );
    expect(table[1]).toMatch(/ p \(BH\)$/);
    const row = compare.outcomes[1];
    expect(Object.keys(row)).toEqual([
      'outcome',
      'scenario',
      'mean',
      'lo',
      'hi',
      'diff',
      'diffLo',
      'diffHi',
      'relDiff',
      'p',
      'pAdjusted',
      'significant',
    ]);
  });

  it('names the differences in horizon and population that are not the policy', async () => {
    const short = join(root, 'shorter.yaml');
    writeFileSync(
      short,
      'name: shorter\nsteps: 6\npopulation: { scale: 0.05, regions: [gangwon], firmMembers: 4000 }\n',
    );
    const out = join(root, 'cmp-warn');
    const result = await runCli([
      'compare',
      BASE,
      short,
      '--runs',
      '2',
      '--workers',
      '1',
      '--set',
      'population.scale=0.05',
      '--set',
      'population.regions=[gangwon]',
      '--set',
      'steps=12',
      '--outcomes',
      'members',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const warning =
      'shorter (modified: 3 overrides) differs from baseline (modified: 3 overrides) in population.firmMembers 4000 (baseline (modified: 3 overrides): 4566): its difference mixes the policy with another population, horizon or calendar';
    expect(JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')).warnings).toEqual([warning]);
    expect(readFileSync(join(out, 'table.txt'), 'utf8').split('\n')[0]).toBe(`warning: ${warning}`);
  });
});
