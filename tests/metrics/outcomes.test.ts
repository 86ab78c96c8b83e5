// The registry of outcomes: unique names and orders, and what the ensembles and the summary rely on.
import { describe, expect, it } from 'vitest';
import type { MeasureContext } from '../../src/metrics/context.js';
import { COMPARED_OUTCOMES, OUTCOMES, outcomeSpec, SUMMED_OUTCOMES } from '../../src/metrics/outcomes.js';
import { FIRM } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

describe('OUTCOMES', () => {
  it('have unique names, compare orders and summary places', () => {
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    expect(unique(OUTCOMES.map((o) => o.name))).toBe(true);
    expect(unique(COMPARED_OUTCOMES.map((o) => o.compare!.order))).toBe(true);
    expect(unique(SUMMED_OUTCOMES.map((o) => o.total!.summary))).toBe(true);
  });

  it('sum in summary.json every outcome an ensemble compares as a total', () => {
    for (const o of COMPARED_OUTCOMES.filter((c) => c.compare!.as === 'total')) expect(SUMMED_OUTCOMES).toContain(o);
  });
});

describe('the sub-group outcomes', () => {
  it("count the sub-groups found, the sub-MCs among them and this month's sub-MC meetings", () => {
    const model = tinyModel({ agents: [{ kind: FIRM }] });
    model.mcs.subGroups = [
      { mc: 0, members: [0], since: 12, subMc: true },
      { mc: 0, members: [0], since: 24, subMc: false },
    ];
    model.counts.subMcEvents = 3;
    const measure = (name: string) => outcomeSpec(name)!.measure(model, {} as MeasureContext);
    expect([measure('subGroups'), measure('subMcs'), measure('subMcEvents')]).toEqual([2, 1, 3]);
    expect(SUMMED_OUTCOMES.map((o) => o.name)).toContain('subMcEvents');
  });
});
