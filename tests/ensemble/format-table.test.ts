// The printed comparison table, exactly, on hand-made results: without a posterior, with one, with warnings.
import { describe, expect, it } from 'vitest';
import type { CompareResult, CompareRow } from '../../src/ensemble/compare.js';
import { formatCompareTable, formatP, formatRel, significanceNote } from '../../src/ensemble/format-table.js';

const row = (
  scenario: string,
  mean: number,
  diff: number,
  diffLo: number,
  diffHi: number,
  extra: Partial<CompareRow>,
) => ({
  outcome: 'density',
  scenario,
  mean,
  lo: mean - 0.001,
  hi: mean + 0.001,
  diff,
  diffLo,
  diffHi,
  relDiff: diff / 0.005,
  p: NaN,
  pAdjusted: NaN,
  significant: false,
  ...extra,
});

const result = (extra: Partial<CompareResult> = {}, open: Partial<CompareRow> = {}): CompareResult => ({
  scenarios: ['base', 'open'],
  runs: 2,
  seeds: ['1/run/0', '1/run/1'],
  outcomes: [
    row('base', 0.005, 0, 0, 0, {}),
    row('open', 0.0045, -0.0005, -0.0007, -0.0003, { p: 0.01, pAdjusted: 0.02, significant: true, ...open }),
  ],
  perRun: [],
  series: [],
  snapshots: [],
  adjust: 'holm',
  alpha: 0.05,
  tests: 1,
  warnings: [],
  ...extra,
});

describe('ensemble/format-table', () => {
  it('formats p-values and relative differences, NA for non-finite ones', () => {
    expect([formatP(NaN), formatP(1), formatP(0.0312), formatP(0.00005)]).toEqual(['NA', '1.00', '0.0312', '<0.0001']);
    expect([formatRel(NaN), formatRel(0.0321), formatRel(-0.5), formatRel(0)]).toEqual([
      'NA',
      '+3.2%',
      '-50.0%',
      '+0.0%',
    ]);
  });

  it('says which adjustment the * follows, over how many differences', () => {
    expect(significanceNote({ adjust: 'bh', alpha: 0.05, tests: 3 })).toBe(
      "* = significant at 5% after Benjamini-Hochberg's adjustment for the 3 differences tested (false discovery rate; paired t-tests of the runs' differences)",
    );
    expect(significanceNote({ adjust: 'none', alpha: 0.05, tests: 1 })).toBe(
      "* = p <= 0.05, not adjusted for the 1 difference tested (paired t-tests of the runs' differences)",
    );
  });

  it('prints mean [CI] per scenario, then the difference (* when significant after adjustment), relative difference and adjusted p', () => {
    expect(formatCompareTable(result())).toBe(
      [
        "2 runs per scenario over the same seeds; * = significant at 5% after Holm's adjustment for the 1 difference tested (family-wise error; paired t-tests of the runs' differences)",
        'outcome  base mean [95% CI]          open mean [95% CI]          open - base [95% CI]                open rel.  open p (Holm)',
        '-------  --------------------------  --------------------------  ----------------------------------  ---------  -------------',
        'density  0.00500 [0.00400, 0.00600]  0.00450 [0.00350, 0.00550]  -0.000500 [-0.000700, -0.000300] *  -10.0%     0.0200',
        '',
      ].join('\n'),
    );
  });

  it('leaves the * off a difference whose interval excludes 0 but is not significant after adjustment', () => {
    expect(formatCompareTable(result({}, { pAdjusted: 0.08, significant: false }))).toContain(
      'density  0.00500 [0.00400, 0.00600]  0.00450 [0.00350, 0.00550]  -0.000500 [-0.000700, -0.000300]  -10.0%     0.0800\n',
    );
  });

  it('with a posterior, names the file and adds the sign share, marking a share below the threshold not robust; warnings first', () => {
    const text = formatCompareTable(
      result(
        {
          warnings: ['open differs from base in steps 72 (base: 120)'],
          posterior: {
            file: 'a.csv',
            sha256: 'sha256:ab',
            draws: 15,
            paths: ['decay.ratePerMonth'],
            perRun: [3, 7],
            robustShare: 0.9,
          },
        },
        { signShare: 0.5, robust: false },
      ),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('warning: open differs from base in steps 72 (base: 120)');
    expect(lines[1]).toMatch(/^2 runs per scenario over the same seeds and posterior draws; \* = significant/);
    expect(lines[2]).toBe(
      'posterior: a.csv (sha256:ab), 15 draws of 1 parameters, run k of every scenario takes the same draw; sign share = the share of runs whose difference has the sign of the mean difference, "not robust" below 0.9',
    );
    expect(lines[3]).toMatch(/open p \(Holm\) {2}open sign share$/);
    expect(lines[5]).toMatch(/ 0\.0200 +0\.50 not robust$/);
  });
});
