// compare: common seeds across scenarios, paired differences, names, and identical numbers on any number of workers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareScenarios, ensembleSeeds, scenarioNames } from '../../src/ensemble/compare.js';
import { COMPARED_OUTCOME_NAMES } from '../../src/ensemble/job.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const tiny = (name: string, extra: object = {}) =>
  scenarioSchema.parse({ name, steps: 12, population: { scale: 0.05, regions: ['gangwon'] }, ...extra });

describe('ensemble/compare', () => {
  it('numbers scenarios that share a name', () => {
    expect(scenarioNames([tiny('a'), tiny('b'), tiny('a')])).toEqual(['a#1', 'b', 'a#3']);
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

  it('returns identical results on 1 and 2 worker threads', async () => {
    const scenarios = [tiny('a'), tiny('b', { levers: { openEventShare: 0.5 } })];
    const one = await compareScenarios(scenarios, { runs: 3, workers: 1 });
    // The compiled module, whose pool can start worker threads (built by the global setup).
    const compiled = (await import(
      join(process.cwd(), 'dist/src/ensemble/compare.js')
    )) as typeof import('../../src/ensemble/compare.js');
    const two = await compiled.compareScenarios(scenarios, { runs: 3, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
