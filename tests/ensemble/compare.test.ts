// compare: common seeds (and posterior draws) across scenarios, paired differences and their adjusted tests, names,
// warnings, and identical numbers on any number of workers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareJobs,
  compareScenarios,
  ensembleSeeds,
  ROBUST_SHARE,
  scenarioNames,
  signShare,
} from '../../src/ensemble/compare.js';
import { COMPARED_OUTCOME_NAMES } from '../../src/ensemble/job.js';
import { loadPosterior } from '../../src/ensemble/posterior.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { adjustPValues } from '../../src/stats/adjust.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-compare-');

/** A posterior of three draws of the decay rate and the task probability. */
function posterior() {
  const file = join(root, 'accepted.csv');
  writeFileSync(
    file,
    'point,distance,worst,accepted,decay.ratePerMonth,tasks.probPerFirmMonth,tasks-2005\n' +
      '4,0.1,0.5,yes,0.02,0.05,100\n7,0.2,0.7,yes,0.05,0.09,120\n1,0.3,0.9,yes,0.08,0.03,90\n',
  );
  return loadPosterior(file);
}

const tiny = (name: string, extra: object = {}) =>
  scenarioSchema.parse({ name, steps: 12, population: { scale: 0.05, regions: ['gangwon'] }, ...extra });

describe('ensemble/compare', () => {
  it('refuses an unknown outcome of interest, with the closest name', async () => {
    await expect(compareScenarios([tiny('a'), tiny('b')], { runs: 2, outcomes: ['densty'] })).rejects.toThrow(
      '--outcomes "densty": unknown outcome: did you mean "density"?',
    );
    await expect(compareScenarios([tiny('a'), tiny('b')], { runs: 2, outcomes: [] })).rejects.toThrow(
      '--outcomes: name at least one outcome',
    );
  });

  it('numbers scenarios that share a name, and shows labels in place of names', () => {
    expect(scenarioNames([tiny('a'), tiny('b'), tiny('a')])).toEqual(['a#1', 'b', 'a#3']);
    expect(scenarioNames([tiny('a'), tiny('a')], ['a', 'a (modified: 1 override)'])).toEqual([
      'a',
      'a (modified: 1 override)',
    ]);
  });

  it('measures the sign share: the runs whose difference has the sign of the mean', () => {
    expect(signShare([1, 2, -1, 3])).toBe(0.75);
    expect(signShare([0, 0, 0])).toBe(1);
    expect(signShare([-1, NaN, -2])).toBe(1);
    expect(signShare([NaN])).toBeNaN();
  });

  it('derives the same seeds for every scenario from the base seed', () => {
    expect(ensembleSeeds(5, 3)).toEqual(['5/run/0', '5/run/1', '5/run/2']);
  });

  it('gives a zero difference for a scenario compared with itself, and a non-zero one for a real change', async () => {
    const base = tiny('base');
    const noFees = tiny('same');
    // No budget and nothing self-organised: no event at all.
    const withdrawal = tiny('withdrawal', { budget: { subsidyLevel: 0 }, events: { selfOrganisedShare: 0 } });
    const result = await compareScenarios([base, noFees, withdrawal], { runs: 3, workers: 1 });
    expect(result.scenarios).toEqual(['base', 'same', 'withdrawal']);
    expect(result.outcomes).toHaveLength(COMPARED_OUTCOME_NAMES.length * 3);
    const events = (s: string) => result.outcomes.find((o) => o.outcome === 'events' && o.scenario === s)!;
    expect(events('same').diff).toBe(0);
    expect(events('same').mean).toBe(events('base').mean);
    expect(events('withdrawal').mean).toBe(0);
    expect(events('withdrawal').diffHi).toBeLessThan(0);
    expect(result.perRun.map((r) => r.seed)).toEqual([...result.seeds, ...result.seeds, ...result.seeds]);
    expect(result.snapshots.map((s) => [s.scenario, s.snapshot.step, s.snapshot.nodes.length])).toEqual(
      result.scenarios.map((name) => [
        name,
        12,
        result.perRun.find((r) => r.scenario === name && r.run === 0)!.outcomes.members,
      ]),
    );
    const series = result.series.filter((r) => r.scenario === 'base' && r.metric === 'members');
    expect(series.map((r) => r.step)).toEqual(Array.from({ length: 13 }, (_, t) => t));
  });

  it("tests every difference but the reference's own rows, adjusted over the family: the outcomes of interest", async () => {
    // The withdrawal with nothing self-organised holds no event: relDiff -1.
    const withdrawal = tiny('withdrawal', { budget: { subsidyLevel: 0 }, events: { selfOrganisedShare: 0 } });
    const scenarios = [tiny('base'), tiny('same'), withdrawal];
    const result = await compareScenarios(scenarios, { runs: 3, workers: 1, outcomes: ['tasksSolved', 'events'] });
    expect(result.outcomes.map((o) => `${o.outcome} ${o.scenario}`)).toEqual([
      'tasksSolved base',
      'tasksSolved same',
      'tasksSolved withdrawal',
      'events base',
      'events same',
      'events withdrawal',
    ]);
    expect(result.outcomesOfInterest).toEqual(['tasksSolved', 'events']);
    expect(result.tests).toBe(4);
    expect(result.adjust).toBe('holm');
    const base = result.outcomes.filter((o) => o.scenario === 'base');
    expect(base.every((o) => Number.isNaN(o.p) && Number.isNaN(o.pAdjusted) && !o.significant)).toBe(true);
    const family = result.outcomes.filter((o) => o.scenario !== 'base');
    expect(family.map((o) => o.pAdjusted)).toEqual(
      adjustPValues(
        family.map((o) => o.p),
        'holm',
      ),
    );
    const same = family.filter((o) => o.scenario === 'same');
    expect(same.map((o) => [o.p, o.pAdjusted, o.significant])).toEqual([
      [1, 1, false],
      [1, 1, false],
    ]);
    const events = result.outcomes.find((o) => o.outcome === 'events' && o.scenario === 'withdrawal')!;
    expect(events.relDiff).toBe(-1);
    expect(events.significant).toBe(events.pAdjusted <= 0.05);
    expect(result.outcomes[0].signShare).toBeUndefined();
    const bh = await compareScenarios(scenarios, {
      runs: 3,
      workers: 1,
      outcomes: ['tasksSolved', 'events'],
      adjust: 'bh',
    });
    expect(bh.outcomes.filter((o) => o.scenario !== 'base').map((o) => o.pAdjusted)).toEqual(
      adjustPValues(
        family.map((o) => o.p),
        'bh',
      ),
    );
  });

  it("with a posterior, run k of every scenario takes the same draw, applied under each scenario's policies", () => {
    const fees = tiny('fees', { policies: [{ at: 6, set: { 'decay.ratePerMonth': 0.5 } }] });
    const plan = compareJobs([tiny('base'), fees], { runs: 4, seed: 3, posterior: posterior() });
    expect(plan.draws).toHaveLength(4);
    const rates = [0.02, 0.05, 0.08];
    for (let k = 0; k < 4; k++) {
      const [a, b] = [plan.jobs[k], plan.jobs[4 + k]];
      expect(a.seed).toBe(b.seed);
      expect(a.scenario.decay.ratePerMonth).toBe(rates[plan.draws![k]]);
      expect(b.scenario.decay.ratePerMonth).toBe(rates[plan.draws![k]]);
      expect(b.scenario.tasks.probPerFirmMonth).toBe(a.scenario.tasks.probPerFirmMonth);
      expect(b.scenario.policies).toEqual(fees.policies);
    }
    expect(new Set(plan.draws).size).toBeGreaterThan(1);
  });

  it('with a posterior, a scenario against itself differs by exactly 0 in every run: draws are paired', async () => {
    const result = await compareScenarios([tiny('a'), tiny('b'), tiny('c', { levers: { openEventShare: 0.5 } })], {
      runs: 3,
      workers: 1,
      posterior: posterior(),
      outcomes: ['tasksSolved', 'tiesFormed'],
    });
    const draws = (s: string) => result.perRun.filter((r) => r.scenario === s).map((r) => r.draw);
    expect(draws('b')).toEqual(draws('a'));
    expect(draws('c')).toEqual(draws('a'));
    expect(result.posterior?.perRun).toEqual(draws('a'));
    expect(result.posterior).toMatchObject({ draws: 3, robustShare: ROBUST_SHARE });
    for (const o of result.outcomes.filter((r) => r.scenario === 'b')) {
      expect(o.diff).toBe(0);
      expect(o.signShare).toBe(1);
      expect(o.robust).toBe(true);
      expect(o.significant).toBe(false);
    }
    for (const o of result.outcomes.filter((r) => r.scenario === 'c'))
      expect(o.robust).toBe((o.signShare as number) >= ROBUST_SHARE);
  });

  it('warns when scenarios differ in population, horizon or calendar, and when a scenario sets a drawn path', async () => {
    const result = await compareScenarios(
      [tiny('base'), tiny('short', { steps: 6 }), tiny('decay', { decay: { ratePerMonth: 0.05 } })],
      { runs: 2, workers: 1, posterior: posterior(), outcomes: ['members'] },
    );
    expect(result.warnings).toEqual([
      'short differs from base in steps 6 (base: 12): its difference mixes the policy with another population, horizon or calendar',
      'decay sets decay.ratePerMonth = 0.05 (base: 0.035), which the posterior draws: every run replaces both with its draw, so this difference is not compared (a policy on the path still acts)',
    ]);
  });

  it('returns identical results on 1 and 2 worker threads, with a posterior too', async () => {
    const scenarios = [tiny('a'), tiny('b', { levers: { openEventShare: 0.5 } })];
    const one = await compareScenarios(scenarios, { runs: 3, workers: 1 });
    // The compiled module, whose pool can start worker threads (built by the global setup).
    const compiled = (await import(
      join(process.cwd(), 'dist/src/ensemble/compare.js')
    )) as typeof import('../../src/ensemble/compare.js');
    const two = await compiled.compareScenarios(scenarios, { runs: 3, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const drawn = await compareScenarios(scenarios, { runs: 3, workers: 1, posterior: posterior() });
    const drawnTwo = await compiled.compareScenarios(scenarios, { runs: 3, workers: 2, posterior: posterior() });
    expect(JSON.stringify(drawnTwo)).toBe(JSON.stringify(drawn));
    expect(JSON.stringify(drawn.outcomes)).not.toBe(JSON.stringify(one.outcomes));
  });
});
