// check: pass and fail by the mean's distance to the observed figure, a run of a tiny scenario against a few targets,
// the table and the chart.
import { describe, expect, it } from 'vitest';
import { atHorizon, checkRow, checkTargets } from '../../src/experiments/check.js';
import { checkChartSpec } from '../../src/charts/check.js';

/** Members of all kinds at step 12 of the tiny scenario, mean of seeds 3/run/0 and 3/run/1. */
const MEMBERS_AT_12 = 356.5;
import { formatCheckTable } from '../../src/experiments/check-output.js';
import { validateTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets, type ResolvedTarget } from '../../src/experiments/targets/resolve.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const target = (observed: number, tolerance: number): ResolvedTarget => ({
  id: 'x',
  description: 'd',
  source: 's',
  observed,
  tolerance,
  toleranceText: String(tolerance),
  weight: 1,
  role: 'fitted',
  spec: { kind: 'at', column: 'members', step: 0 },
});

describe('checkRow', () => {
  it('passes when the mean lies within the tolerance, whatever the spread of the runs', () => {
    expect(checkRow(target(10, 1), [9, 11.9]).pass).toBe(true);
    expect(checkRow(target(10, 1), [9, 11.9]).deviation).toBeCloseTo(0.45, 12);
    expect(checkRow(target(10, 1), [11, 11.2]).pass).toBe(false);
    expect(checkRow(target(10, 0), [10, 10]).pass).toBe(true);
    expect(checkRow(target(10, 0), [10, 11]).deviation).toBe(Infinity);
  });

  it('fails a target that some run could not measure', () => {
    const row = checkRow(target(10, 5), [10, NaN]);
    expect(row.pass).toBe(false);
    expect(row.n).toBe(1);
  });
});

describe('checkTargets', () => {
  const scenario = scenarioSchema.parse({ name: 'tiny', steps: 24, population: { scale: 0.1 } });
  const targets = resolveTargets(
    validateTargets({
      name: 'mini',
      source: 'test',
      survey: {
        step: 12,
        respondents: 50,
        nonJoinerRespondents: 'all',
        referenceCorrelations: {
          openness: 0.753,
          skilledPeople: 0.659,
          selfReliance: 0.784,
          communityCooperation: 0.639,
          jointIur: 0.779,
        },
      },
      targets: [
        {
          id: 'professors',
          role: 'input',
          description: 'professors',
          source: 'section 2.1',
          observed: 78,
          tolerance: { relative: 0.15 },
          simulated: { at: 'membersProfessor', step: 12 },
        },
        {
          id: 'events',
          role: 'fitted',
          why: 'w',
          description: 'events in 2005',
          source: 'section 2.2',
          observed: 1e6,
          tolerance: { relative: 0.15 },
          simulated: { sum: 'events', year: 2005 },
        },
        {
          id: 'order',
          role: 'heldout',
          why: 'w',
          description: 'order',
          source: 'Table 6',
          observed: 10,
          tolerance: { absolute: 10 },
          simulated: { survey: 'orderAgreements' },
        },
      ],
      untargeted: [
        {
          source: 's',
          figure: 'members in 2005',
          reason: 'the sum of inputs',
          observed: 600,
          simulated: { at: 'members', step: 12 },
        },
        { source: 's', figure: 'patents', reason: 'no patents in the model' },
      ],
    }),
    2005,
  );

  it('refuses a scenario that stops before the targets', () => {
    expect(() => atHorizon({ ...scenario, steps: 6 }, 12)).toThrow(/targets read step 12, the scenario runs 6 steps/);
  });

  it("runs to the targets' horizon and reports observed, simulated and the verdict", async () => {
    const result = await checkTargets(scenario, targets, { runs: 2, seed: 3, workers: 1 });
    expect(result.steps).toBe(12);
    expect(result.seeds).toEqual(['3/run/0', '3/run/1']);
    const [professors, events, order] = result.rows;
    expect(professors.mean).toBe(78);
    expect(professors.pass).toBe(true);
    expect(events.pass).toBe(false);
    expect(order.mean).toBeGreaterThanOrEqual(0);
    expect(order.pass).toBe(true);
    const again = await checkTargets(scenario, targets, { runs: 2, seed: 3, workers: 1 });
    expect(again.perRun).toEqual(result.perRun);
    expect(result.rows.map((r) => [r.id, r.role])).toEqual([
      ['professors', 'input'],
      ['events', 'fitted'],
      ['order', 'heldout'],
    ]);
    expect(result.compared).toHaveLength(1);
    expect(result.compared[0]).toMatchObject({ figure: 'members in 2005', observed: 600, n: 2 });
    expect(result.compared[0].mean).toBe(result.perRun.reduce((sum, values) => sum + values[3], 0) / 2);
    expect(result.compared[0].mean).toBe(MEMBERS_AT_12);
  });

  it('prints fitted, held-out and input targets apart, counts only the tests, and shows compared figures', async () => {
    const result = await checkTargets(scenario, targets, { runs: 2, seed: 3, workers: 1 });
    const table = formatCheckTable(result);
    const at = (text: string) => table.indexOf(text);
    expect(at('fitted (used by calibrate)')).toBeGreaterThan(0);
    expect(at('held out (never used by calibrate)')).toBeGreaterThan(at('fitted (used by calibrate)'));
    expect(at('inputs (data the model is built from: input, not a test)')).toBeGreaterThan(
      at('held out (never used by calibrate)'),
    );
    expect(at('compared, not tested')).toBeGreaterThan(at('inputs (data'));
    expect(at('events ')).toBeLessThan(at('held out'));
    expect(at('order ')).toBeGreaterThan(at('held out'));
    expect(at('professors ')).toBeGreaterThan(at('inputs (data'));
    expect(table).toMatch(
      /professors\s+section 2\.1\s+78\.00\s+78\.00 \[78\.00, 78\.00\]\s+±15%\s+input, not a test\n/,
    );
    expect(table).toMatch(/events .* FAIL/);
    expect(table).toMatch(/order .* pass/);
    expect(table).toMatch(new RegExp(`members in 2005\\s+s\\s+600\\.00\\s+${MEMBERS_AT_12.toFixed(2)} \\[`));
    expect(table).toMatch(/ {2}- the sum of inputs\n/);
    expect(table.trimEnd().split('\n').at(-1)).toBe(
      'fitted: 0 of 1 pass; held out: 1 of 1 pass; 1 input shown, not a test; 1 figure compared, not tested; 1 figure of the paper not targeted (see check.json)',
    );
    const spec = checkChartSpec(result.rows, 'mini') as {
      data: { values: { target: string; role: string; result: string }[] };
      vconcat: { title: { text: string } }[];
    };
    expect(spec.data.values.map((v) => [v.target, v.role, v.result])).toEqual([
      ['professors', 'inputs (not tests)', 'input, not a test'],
      ['events', 'fitted (used by calibrate)', 'fail'],
      ['order', 'held out (never used by calibrate)', 'pass'],
    ]);
    expect(spec.vconcat.map((p) => p.title.text)).toEqual([
      'fitted (used by calibrate)',
      'held out (never used by calibrate)',
      'inputs (not tests)',
    ]);
  });
});
