// The registry of outcomes: unique names and orders, and what the ensembles and the summary rely on.
import { describe, expect, it } from 'vitest';
import { COMPARED_OUTCOMES, OUTCOMES, SUMMED_OUTCOMES } from '../../src/metrics/outcomes.js';

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
