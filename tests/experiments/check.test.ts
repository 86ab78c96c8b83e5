// check: pass and fail by the mean's distance to the observed figure, a run of a tiny scenario against a few targets,
// the table and the chart.
import { describe, expect, it } from 'vitest';
import { atHorizon, checkRow, checkTargets } from '../../src/experiments/check.js';
import { checkChartSpec } from '../../src/experiments/charts.js';
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
          description: 'professors',
          source: 'section 2.1',
          observed: 78,
          tolerance: { relative: 0.15 },
          simulated: { at: 'membersProfessor', step: 12 },
        },
        {
          id: 'events',
          description: 'events in 2005',
          source: 'section 2.2',
          observed: 1e6,
          tolerance: { relative: 0.15 },
          simulated: { sum: 'events', year: 2005 },
        },
        {
          id: 'order',
          description: 'order',
          source: 'Table 6',
          observed: 10,
          tolerance: { absolute: 10 },
          simulated: { survey: 'orderAgreements' },
        },
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
    const table = formatCheckTable(result);
    expect(table).toMatch(/professors\s+section 2\.1\s+78\.00\s+78\.00 \[78\.00, 78\.00\]\s+±15%\s+pass/);
    expect(table).toMatch(/events .* FAIL/);
    expect(table).toMatch(/2 of 3 targets pass/);
    const spec = checkChartSpec(result.rows, 'mini') as { data: { values: { target: string; result: string }[] } };
    expect(spec.data.values.map((v) => [v.target, v.result])).toEqual([
      ['professors', 'pass'],
      ['events', 'fail'],
      ['order', 'pass'],
    ]);
  });
});
