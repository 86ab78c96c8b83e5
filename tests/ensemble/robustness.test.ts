// robustness: --vary parsed with messages that name the option, the sign of an interval and the verdict over values,
// the policies that set a varied parameter named, and a tiny assumption sweep whose rows are the comparisons it reran.
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/ensemble/compare.js';
import {
  assumptionSweep,
  intervalSign,
  parseAssumption,
  timelineWarnings,
  verdictOf,
  verdictsOf,
  type RobustnessRow,
} from '../../src/ensemble/robustness.js';
import { applySets } from '../../src/scenario/load.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('ensemble/robustness: bad input', () => {
  it.each([
    ['decay.crossMcRatePerMonth', 'expected path=value,value,...'],
    ['=1,2', 'expected path=value,value,...'],
    ['decay.crossMcRatePerMonth=0.1,', 'expected path=value,value,...'],
    ['decay.crossMcRatePerMonth=0.1,abc', '--vary decay.crossMcRatePerMonth: "abc" is not a number'],
    ['decay.crossMcRatePerMonth=0.1', 'give at least two different values, got 0.1'],
    ['decay.crossMcRatePerMonth=0.1,0.1', 'give at least two different values'],
    ['decay.crossMcRatePerMonth=0.1,0.2,0.1', 'a value is given twice'],
  ])('%j is refused', (text, message) => {
    expect(() => parseAssumption(text)).toThrow(message);
  });

  it('refuses no assumption and a parameter varied twice', async () => {
    const build = () => [scenarioSchema.parse({ name: 'a' }), scenarioSchema.parse({ name: 'b' })];
    await expect(assumptionSweep(build, [])).rejects.toThrow('--vary: name at least one assumed parameter');
    const a = { path: 'decay.ratePerMonth', values: [0.01, 0.02] };
    await expect(assumptionSweep(build, [a, a])).rejects.toThrow('--vary: a parameter is varied twice');
  });
});

describe('ensemble/robustness: signs and verdicts', () => {
  it('parses a path and its values', () => {
    expect(parseAssumption(' levers.guestsPerOpenEvent = 1, 4,8')).toEqual({
      path: 'levers.guestsPerOpenEvent',
      values: [1, 4, 8],
    });
  });

  it('gives the sign of an interval, 0 when it reaches 0 or is not finite', () => {
    expect(intervalSign(0.1, 0.3)).toBe('+');
    expect(intervalSign(-0.3, -0.1)).toBe('-');
    expect(intervalSign(0, 0.3)).toBe('0');
    expect(intervalSign(-0.2, 0.3)).toBe('0');
    expect(intervalSign(Number.NaN, Number.NaN)).toBe('0');
  });

  it('calls a difference held, weakened, flipped or unclear', () => {
    expect(verdictOf(['+', '+', '+'])).toBe('holds');
    expect(verdictOf(['-', '-'])).toBe('holds');
    expect(verdictOf(['+', '0', '+'])).toBe('weakens');
    expect(verdictOf(['+', '0', '-'])).toBe('flips');
    expect(verdictOf(['0', '0'])).toBe('unclear');
  });

  it('groups rows by parameter, then policy, then outcome', () => {
    const row = (assumption: string, value: number, scenario: string, outcome: string, lo: number, hi: number) =>
      ({
        assumption,
        value,
        isDefault: false,
        scenario,
        outcome,
        diff: (lo + hi) / 2,
        diffLo: lo,
        diffHi: hi,
        relDiff: Number.NaN,
        pAdjusted: Number.NaN,
        sign: intervalSign(lo, hi),
      }) satisfies RobustnessRow;
    const rows = [
      row('x', 1, 'p', 'density', 1, 2),
      row('x', 1, 'q', 'density', -2, -1),
      row('x', 1, 'p', 'tasksSolved', -1, 1),
      row('x', 2, 'p', 'density', 2, 4),
      row('x', 2, 'q', 'density', 1, 3),
      row('x', 2, 'p', 'tasksSolved', 1, 5),
    ];
    expect(verdictsOf(rows, ['x'])).toEqual([
      {
        assumption: 'x',
        scenario: 'p',
        outcome: 'density',
        signs: ['+', '+'],
        verdict: 'holds',
        minDiff: 1.5,
        maxDiff: 3,
      },
      {
        assumption: 'x',
        scenario: 'p',
        outcome: 'tasksSolved',
        signs: ['0', '+'],
        verdict: 'weakens',
        minDiff: 0,
        maxDiff: 3,
      },
      {
        assumption: 'x',
        scenario: 'q',
        outcome: 'density',
        signs: ['-', '+'],
        verdict: 'flips',
        minDiff: -1.5,
        maxDiff: 2,
      },
    ]);
  });

  it('names a policy that sets a varied parameter', () => {
    const policy = scenarioSchema.parse({
      name: 'wide',
      policies: [{ at: 73, set: { 'levers.guestsPerOpenEvent': 2 } }],
    });
    expect(
      timelineWarnings(
        [scenarioSchema.parse({ name: 'base' }), policy],
        ['levers.guestsPerOpenEvent', 'decay.ratePerMonth'],
      ),
    ).toEqual(['wide: a policy at step 73 sets levers.guestsPerOpenEvent, so the varied value holds only until then']);
  });
});

describe('ensemble/robustness: a tiny sweep', () => {
  const base = { steps: 12, population: { scale: 0.05, regions: ['gangwon'] } };
  const build = (sets: readonly string[]) =>
    [
      { name: 'base', ...base },
      { name: 'open', ...base, levers: { openEventShare: 0.5, nonStrategicFirms: true } },
    ].map((s) => scenarioSchema.parse(applySets(s, sets)));

  it('reruns the comparison at every value on the same seeds', async () => {
    const assumption = { path: 'levers.guestsPerOpenEvent', values: [1, 4] };
    const result = await assumptionSweep(build, [assumption], {
      runs: 3,
      workers: 1,
      outcomes: ['density', 'members'],
    });
    expect(result.scenarios).toEqual(['base', 'open']);
    expect(result.assumptions).toEqual([{ ...assumption, default: 4 }]);
    expect(result.rows.map((r) => [r.value, r.isDefault, r.scenario, r.outcome])).toEqual([
      [1, false, 'open', 'members'],
      [1, false, 'open', 'density'],
      [4, true, 'open', 'members'],
      [4, true, 'open', 'density'],
    ]);
    // The rows at a value are those of the comparison run with the value set: same seeds, same differences.
    const direct = await compareScenarios(build(['levers.guestsPerOpenEvent=1']), {
      runs: 3,
      workers: 1,
      outcomes: ['density', 'members'],
    });
    const members = direct.outcomes.find((r) => r.scenario === 'open' && r.outcome === 'members')!;
    const row = result.rows.find((r) => r.value === 1 && r.outcome === 'members')!;
    expect([row.diff, row.diffLo, row.diffHi]).toEqual([members.diff, members.diffLo, members.diffHi]);
    expect(result.verdicts).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });
});
