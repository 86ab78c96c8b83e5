// clustersim robustness on the command line: a bad --vary, a value out of range, a --set of a varied parameter and a
// single scenario exit 2 naming what is wrong, before anything is written; a tiny check writes its tables and charts,
// and plot builds the same charts again from robustness.csv.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../render/cli-io.js';
import { tempFolder } from '../../helpers/temp.js';

const root = tempFolder('clustersim-robustness-cli-');
const TINY = [
  '--set',
  'population.scale=0.05',
  '--set',
  'population.regions=[gangwon]',
  '--steps',
  '76',
  '--workers',
  '1',
];
const BASE = 'scenarios/baseline.yaml';
const OPEN = 'scenarios/openness.yaml';

describe('clustersim robustness: bad input', () => {
  it.each([
    [[BASE, OPEN, '--vary', 'decay.crossMcRatePerMonth'], 'expected path=value,value,...'],
    [
      [BASE, OPEN, '--vary', 'decay.crossMcRatePerMonth=0.1,2'],
      '--vary decay.crossMcRatePerMonth=2: decay.crossMcRatePerMonth: expected a number <= 1, got 2\n',
    ],
    [[BASE, OPEN, '--vary', 'levers.guests=1,2'], '--vary levers.guests=1'],
    [
      [BASE, OPEN, '--vary', 'decay.ratePerMonth=0.02,0.04', '--set', 'decay.ratePerMonth=0.03'],
      '--set decay.ratePerMonth=0.03: this parameter is also varied by --vary\n',
    ],
    [
      [BASE, '--vary', 'decay.ratePerMonth=0.02,0.04'],
      'robustness: give a reference scenario and at least one policy\n',
    ],
  ])('%j exits 2 before anything runs', async (args, message) => {
    const out = join(root, 'never');
    const result = await runCli(['robustness', ...args, '--runs', '2', ...TINY, '--out', out]);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('    at ');
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('clustersim robustness: a tiny check', () => {
  it('writes the rows, the verdicts and a chart per varied parameter, which plot builds again', async () => {
    const out = join(root, 'tiny');
    const args = ['robustness', BASE, OPEN, '--vary', 'levers.guestsPerOpenEvent=1,4', '--runs', '2', ...TINY];
    const result = await runCli([...args, '--outcomes', 'members,density', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const csv = readFileSync(join(out, 'robustness.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('assumption,value,isDefault,scenario,outcome,diff,diffLo,diffHi,relDiff,pAdjusted,sign');
    expect(csv).toHaveLength(1 + 2 * 2);
    const verdicts = readFileSync(join(out, 'verdicts.csv'), 'utf8').trim().split('\n');
    expect(verdicts).toHaveLength(1 + 2);
    expect(readFileSync(join(out, 'robustness.md'), 'utf8')).toContain(
      '| policy | outcome | 1 | 4 (as set) | verdict |',
    );
    const chart = join(out, 'charts', 'robustness-levers-guests-per-open-event.vl.json');
    const written = readFileSync(chart, 'utf8');
    const plotted = await runCli(['plot', out, '--format', 'svg']);
    expect(plotted.code).toBe(0);
    expect(readFileSync(chart, 'utf8')).toBe(written);
    expect(existsSync(chart.replace('.vl.json', '.svg'))).toBe(true);
  });
});
