// clustersim plot and report on every folder an experiment writes (sweep, sensitivity with Morris and Sobol, calibrate,
// check), from tiny seeded runs: the specs are built from the folder's data and drawn, and the report says what was run
// and shows its results. A folder whose table lacks a column it needs is refused with exit code 2.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../render/cli-io.js';
import { tempFolder } from '../../helpers/temp.js';

const root = tempFolder('clustersim-plot-kinds-');

const TINY = ['--set', 'population.scale=0.1', '--workers', '1', '--seed', '3'];
const TARGETS = join(import.meta.dirname, '..', '..', '..', 'scenarios', 'targets', 'korea-2005-2010.yaml');
const folders: Record<string, string> = {};

/** Runs one experiment into root/<name>; it must succeed (check may exit 1 when targets fail). */
async function experiment(name: string, argv: string[], codes = [0]) {
  folders[name] = join(root, name);
  const { code, stderr } = await runCli([...argv, ...TINY, '--out', folders[name]]);
  expect(codes, stderr).toContain(code);
}

beforeAll(async () => {
  await experiment('sweep', ['sweep', '--param', 'budget.subsidyLevel=0,1', '--runs', '2', '--steps', '12']);
  await experiment('morris', [
    'sensitivity',
    '--param',
    'budget.subsidyLevel=0:1',
    '--param',
    'events.attendProb=0.1:0.5',
    '--trajectories',
    '2',
    '--runs',
    '1',
    '--steps',
    '12',
  ]);
  await experiment('sobol', [
    'sensitivity',
    '--method',
    'sobol',
    '--samples',
    '4',
    '--bootstrap',
    '20',
    '--param',
    'budget.subsidyLevel=0:1',
    '--param',
    'events.attendProb=0.1:0.5',
    '--runs',
    '1',
    '--steps',
    '12',
  ]);
  await experiment('calibrate', [
    'calibrate',
    '--targets',
    TARGETS,
    '--param',
    'tasks.probPerFirmMonth=0.01:0.05',
    '--samples',
    '3',
    '--runs',
    '1',
  ]);
  await experiment('check', ['check', '--targets', TARGETS, '--runs', '2'], [0, 1]);
}, 240_000);

describe('clustersim plot on a broken experiment folder', () => {
  it('refuses a sweep whose runs.csv lacks a swept parameter, naming the file, with exit code 2', async () => {
    const dir = join(root, 'broken-sweep');
    await runCli(['sweep', '--param', 'budget.subsidyLevel=0,1', '--runs', '1', '--steps', '6', ...TINY, '--out', dir]);
    const runs = readFileSync(join(dir, 'runs.csv'), 'utf8');
    writeFileSync(join(dir, 'runs.csv'), runs.replace('budget.subsidyLevel', 'subsidy'));
    const { code, stderr } = await runCli(['plot', dir, '--format', 'svg']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/clustersim plot: .*runs\.csv lacks the column\(s\) budget\.subsidyLevel/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('clustersim plot and report on every kind of experiment folder', () => {
  const cases: [string, string[], RegExp][] = [
    ['sweep', ['sweep-budget-subsidy-level'], /Sweep of share of the reference subsidy paid/],
    ['morris', ['morris'], /Morris elementary effects per unit of each range/],
    ['sobol', ['sobol'], /Sobol indices: the share of the outcome/],
    ['calibrate', ['calibration'], /The best point's fit to each fitted target/],
    ['check', ['check'], /Observed against simulated: mean \[95% interval\]/],
  ];
  for (const [name, charts, table] of cases) {
    it(`draws the charts of a ${name} folder and writes its report`, async () => {
      const dir = folders[name];
      const plot = await runCli(['plot', dir, '--format', 'svg,png', '--scale', '1']);
      expect(plot.code, plot.stderr).toBe(0);
      for (const chart of charts) {
        expect(existsSync(join(dir, `${chart}.vl.json`)), chart).toBe(true);
        expect(existsSync(join(dir, `${chart}.png`)), chart).toBe(true);
        expect(readFileSync(join(dir, `${chart}.svg`), 'utf8')).not.toContain('…');
      }
      const report = await runCli(['report', dir]);
      expect(report.code, report.stderr).toBe(0);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html).toContain('<h2>What was run, and the results</h2>');
      expect(html).toMatch(table);
      expect(html).toMatch(/<figcaption>Figure 1\. [A-Z][^<]*\.<\/figcaption>/);
      const marker = JSON.parse(readFileSync(join(dir, '.clustersim.json'), 'utf8')) as { files: string[] };
      expect(marker.files).toEqual(expect.arrayContaining([...charts.map((c) => `${c}.vl.json`), 'report.html']));
    });
  }

  it('names the swept and screened parameters in words in the report', () => {
    const html = readFileSync(join(folders.morris, 'report.html'), 'utf8');
    expect(html).toContain('<title>Sensitivity analysis (Morris screening) of scenario &quot;default&quot;</title>');
    expect(html).toContain(
      '<li>events.attendProb = 0.1:0.5: probability a member attends a given event of its MC</li>',
    );
  });
});
