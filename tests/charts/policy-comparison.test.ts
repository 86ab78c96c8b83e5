// The forest plot of differences: a zero rule, scenario names whole, colours by significance and by the registry's better
// direction, compare.json's `significant` read where a comparison wrote it; outcomes with no difference left out.
import { describe, expect, it } from 'vitest';
import { compareChartSpecs } from '../../src/charts/compare-charts.js';
import { policyComparisonSpec, policyDifferenceSpec } from '../../src/charts/policy-comparison.js';
import type { CompareJson } from '../../src/charts/types.js';
import { isSignificant, keyOutcomesOf, relativeDifference, VERDICTS, verdictOf } from '../../src/charts/verdict.js';
import { outcomeSpec } from '../../src/metrics/outcomes.js';
import { syntheticCompare, syntheticEnsembleRows } from './fixtures.js';

type Values = Record<string, unknown>[];
const LONG = 'subsidy-phased-withdrawal-with-fees-and-a-longer-name';

const row = (outcome: string, scenario: string, diff: number, half: number, extra: Record<string, unknown> = {}) => ({
  outcome,
  scenario,
  mean: 100 + diff,
  lo: 99 + diff,
  hi: 101 + diff,
  diff,
  diffLo: diff - half,
  diffHi: diff + half,
  ...extra,
});

/** A comparison of a baseline and one long-named policy on outcomes of each better direction. */
function comparison(extra: (outcome: string) => Record<string, unknown> = () => ({})): CompareJson {
  const outcomes = ['density', 'left', 'events', 'meanTrust', 'crossRegionTieShare'];
  const diffs: Record<string, [number, number]> = {
    density: [5, 1],
    left: [5, 1],
    events: [-5, 1],
    meanTrust: [0.5, 1],
    crossRegionTieShare: [0, 0],
  };
  return {
    scenarios: ['baseline', LONG],
    runs: 4,
    seeds: [1, 2, 3, 4],
    outcomes: outcomes.flatMap((o) => {
      const base = { ...row(o, 'baseline', 0, 0), ...(o === 'crossRegionTieShare' ? { mean: 0, lo: 0, hi: 0 } : {}) };
      const policy =
        o === 'crossRegionTieShare'
          ? { ...row(o, LONG, 0, 0), mean: 0, lo: 0, hi: 0 }
          : { ...row(o, LONG, ...diffs[o]), ...extra(o) };
      return [base, policy];
    }),
  };
}

/** Every labelLimit and text limit in a spec, at any depth. */
function limits(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) for (const v of value) limits(v, found);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'labelLimit' || k === 'titleLimit' || k === 'limit') && typeof v === 'number') found.push(v);
      else limits(v, found);
    }
  return found;
}

describe('verdicts', () => {
  it('fall back to the 95% interval without compare.json fields, and read them where present', () => {
    const plain = comparison().outcomes.find((o) => o.outcome === 'meanTrust' && o.scenario === LONG)!;
    expect(isSignificant(plain)).toBe(false);
    expect(isSignificant({ ...plain, significant: true })).toBe(true);
    const density = comparison().outcomes.find((o) => o.outcome === 'density' && o.scenario === LONG)!;
    expect(isSignificant(density)).toBe(true);
    expect(isSignificant({ ...density, significant: false })).toBe(false);
    expect(verdictOf({ ...density, significant: false })).toBe('not significant');
    expect(isSignificant({ ...density, diffLo: Number.NaN })).toBe(false);
  });

  it("follow the registry's better direction: higher, lower, neither", () => {
    expect([outcomeSpec('density')!.better, outcomeSpec('left')!.better, outcomeSpec('events')!.better]).toEqual([
      'higher',
      'lower',
      'neither',
    ]);
    const find = (o: string) => comparison().outcomes.find((r) => r.outcome === o && r.scenario === LONG)!;
    expect(verdictOf(find('density'))).toBe('better');
    expect(verdictOf(find('left'))).toBe('worse');
    expect(verdictOf(find('events'))).toBe('changed');
    expect(verdictOf(find('meanTrust'))).toBe('not significant');
    expect(verdictOf({ ...find('density'), outcome: 'not-in-the-registry' })).toBe('changed');
  });

  it('take the relative difference from relDiff, else from the baseline mean, NaN at a zero baseline', () => {
    const c = comparison((o) => (o === 'left' ? { relDiff: 0.25 } : {}));
    const find = (o: string) => c.outcomes.find((r) => r.outcome === o && r.scenario === LONG)!;
    expect(relativeDifference(c, find('left'))).toBe(0.25);
    expect(relativeDifference(c, find('density'))).toBe(0.05);
    expect(relativeDifference(c, find('crossRegionTieShare'))).toBeNaN();
  });

  it("take the key outcomes from compare.json's declared list, else the registry's key outcomes", () => {
    expect(keyOutcomesOf(comparison())).toEqual(['density']);
    expect(
      keyOutcomesOf({ ...comparison(), outcomesOfInterest: ['left', { outcome: 'events' }, 'nope'] } as CompareJson),
    ).toEqual(['left', 'events']);
    expect(
      keyOutcomesOf({ ...comparison(), outcomes: comparison().outcomes.filter((o) => o.outcome === 'left') }),
    ).toEqual(['left']);
  });
});

interface Layer {
  name: string;
  data: { values: unknown[] };
  mark: Record<string, unknown>;
  encoding: {
    x: { scale: { zero: boolean } };
    y: { sort: string[] };
    color: { scale: { domain: string[]; range: string[] } };
  };
}

describe('policyDifferenceSpec (forest plot)', () => {
  const spec = policyDifferenceSpec(comparison(), { start: '2005-01', horizon: '2014-12' }) as unknown as {
    data: { values: Values };
    facet: { sort: string[] };
    title: { subtitle: string[] };
    spec: { layer: Layer[] };
  };

  it('draws a dashed rule at zero under the intervals and points', () => {
    const zero = spec.spec.layer.find((l) => l.name === 'zero')!;
    expect(zero.data.values).toEqual([{ zero: 0 }]);
    expect(zero.mark).toMatchObject({ type: 'rule', strokeDash: [4, 3] });
    expect(spec.spec.layer.map((l) => l.name)).toEqual(['zero', 'interval', 'estimate']);
    expect(spec.spec.layer[1].encoding.x.scale.zero).toBe(true);
  });

  it('colours each difference green, red, dark grey or light grey by its verdict', () => {
    const color = spec.spec.layer[1].encoding.color;
    expect(color.scale.domain).toEqual(VERDICTS.map((v) => v.title));
    expect(color.scale.range).toEqual(['#1a9850', '#d73027', '#555555', '#b0b0b0']);
    const effect = Object.fromEntries(spec.data.values.map((v) => [v.outcome, v.effect]));
    expect(effect).toEqual({
      density: 'significant, better for the cluster',
      left: 'significant, worse for the cluster',
      events: 'significant, neither better nor worse',
      meanTrust: 'not significant',
    });
  });

  it('shows scenario names whole (no label limit anywhere) and leaves out an outcome with no difference', () => {
    expect(spec.spec.layer[1].encoding.y.sort).toEqual([LONG]);
    expect(limits(spec).every((l) => l === 0)).toBe(true);
    expect(spec.data.values.map((v) => v.scenario)).toEqual(Array(4).fill(LONG));
    expect(spec.facet.sort).not.toContain('Ties across regions');
    expect(spec.title.subtitle).toContain('not shown, no difference in every run: Ties across regions');
    expect(spec.title.subtitle.join(' ')).toContain(
      'values in December 2014; totals from January 2005 to December 2014',
    );
  });

  it("says when significance is the comparison's own, after its adjustment", () => {
    const adjusted = policyDifferenceSpec(
      comparison(() => ({ significant: false, p: 0.01, pAdjusted: 0.2 })),
    ) as unknown as {
      data: { values: Values };
      title: { subtitle: string[] };
    };
    expect(adjusted.title.subtitle.join(' ')).toContain('after adjusting for multiple comparisons');
    expect(adjusted.data.values.find((v) => v.outcome === 'density')).toMatchObject({
      effect: 'not significant',
      p: 0.01,
      pAdjusted: 0.2,
      relativeDiffPercent: 5,
    });
  });
});

describe('every chart of a comparison', () => {
  it('shows names whole: no label or text limit cuts a scenario name', () => {
    const compare = { ...syntheticCompare(), scenarios: ['baseline', LONG, 'national-scope'] };
    compare.outcomes = compare.outcomes.map((o) => (o.scenario === 'withdrawal' ? { ...o, scenario: LONG } : o));
    const rows = syntheticEnsembleRows().map((r) => (r.scenario === 'withdrawal' ? { ...r, scenario: LONG } : r));
    const specs = compareChartSpecs(compare, rows);
    for (const [name, spec] of Object.entries(specs)) {
      expect(
        limits(spec).filter((l) => l !== 0),
        name,
      ).toEqual([]);
      expect(JSON.stringify(spec), name).not.toContain('subsidy-phased-withdr…');
    }
    expect(JSON.stringify(specs['outcome-density.vl.json'])).toContain(LONG);
    const means = policyComparisonSpec(compare) as unknown as {
      spec: { layer: { encoding: { y: { sort: string[] } } }[] };
    };
    expect(means.spec.layer[0].encoding.y.sort).toEqual(['baseline', LONG, 'national-scope']);
  });
});
