// The printed comparison table, exactly, on a hand-made result.
import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/ensemble/compare.js';
import { formatCompareTable } from '../../src/ensemble/format-table.js';

describe('ensemble/format-table', () => {
  it('prints mean [CI] per scenario and flags differences whose interval excludes 0', () => {
    const row = (scenario: string, mean: number, diff: number, diffLo: number, diffHi: number) => ({
      outcome: 'density',
      scenario,
      mean,
      lo: mean - 0.001,
      hi: mean + 0.001,
      diff,
      diffLo,
      diffHi,
    });
    const result: CompareResult = {
      scenarios: ['base', 'open'],
      runs: 2,
      seeds: ['1/run/0', '1/run/1'],
      outcomes: [row('base', 0.005, 0, 0, 0), row('open', 0.0045, -0.0005, -0.0007, -0.0003)],
      perRun: [],
      series: [],
      snapshots: [],
    };
    expect(formatCompareTable(result)).toBe(
      [
        '2 runs per scenario over the same seeds; * = the 95% interval of the difference excludes 0',
        'outcome  base mean [95% CI]          open mean [95% CI]          open - base [95% CI]',
        '-------  --------------------------  --------------------------  ----------------------------------',
        'density  0.00500 [0.00400, 0.00600]  0.00450 [0.00350, 0.00550]  -0.000500 [-0.000700, -0.000300] *',
        '',
      ].join('\n'),
    );
  });
});
