// Run charts: which specs a run makes, and that their inlined data is the run's rows, summary and snapshots.
import { describe, expect, it } from 'vitest';
import { runChartSpecs } from '../../src/charts/run-charts.js';
import { MAX_DRAWN_MEMBERS } from '../../src/charts/network-drawing.js';
import { degreeCounts } from '../../src/charts/degree-distribution.js';
import { chartFileName } from '../../src/charts/common.js';
import { CHARTED_OUTCOMES } from '../../src/charts/outcomes.js';
import { stringifySpec } from '../../src/charts/stringify.js';
import type { NetworkSnapshot } from '../../src/charts/types.js';
import { shortRun, SNAPSHOT_STEPS } from './fixtures.js';

type Values = Record<string, unknown>[];
const valuesOf = (spec: unknown): Values => (spec as { data: { values: Values } }).data.values;
const layer = (spec: unknown, name: string) =>
  (spec as { layer: { name: string; data: { values: Values } }[] }).layer.find((l) => l.name === name)!;

describe('runChartSpecs', () => {
  it('makes an outcome chart per outcome, members by kind, tasks per year, degrees and a drawing per snapshot', () => {
    const { result, snapshots } = shortRun();
    const names = Object.keys(runChartSpecs(result, snapshots));
    expect(names).toEqual([
      ...CHARTED_OUTCOMES.map((o) => chartFileName('outcome', o.metric)),
      'members-by-kind.vl.json',
      'tasks-per-year.vl.json',
      'degree-distribution.vl.json',
      'network-0.vl.json',
      'network-6.vl.json',
      'network-12.vl.json',
    ]);
    expect(names.slice(0, 3)).toEqual(['outcome-members.vl.json', 'outcome-ties.vl.json', 'outcome-density.vl.json']);
  });

  it('charts each step of a run once, and a costly outcome only where it was measured', () => {
    const { result } = shortRun();
    const specs = runChartSpecs(result);
    const density = valuesOf(specs['outcome-density.vl.json']);
    expect(density.map((v) => v.step)).toEqual(result.rows.map((r) => r.step));
    expect(density[5].value).toBeCloseTo(result.rows[5].density as number, 5);
    const measured = result.rows.filter((r) => r.clustering !== null).map((r) => r.step);
    expect(valuesOf(specs['outcome-clustering.vl.json']).map((v) => v.step)).toEqual(measured);
    expect(measured.length).toBeLessThan(result.rows.length);
  });

  it('lists members by kind for every step, and tasks per year as in the summary', () => {
    const { result } = shortRun();
    const specs = runChartSpecs(result);
    const members = valuesOf(specs['members-by-kind.vl.json']);
    expect(members).toHaveLength(result.rows.length * 4);
    expect(members.filter((v) => v.kind === 'professor').map((v) => v.members)).toEqual(
      result.rows.map((r) => r.membersProfessor),
    );
    const tasks = valuesOf(specs['tasks-per-year.vl.json']);
    const years = result.summary.tasksSolvedPerYear;
    expect(tasks).toHaveLength(years.length * 5);
    expect(tasks.filter((v) => v.kind === 'R&D').map((v) => v.tasks)).toEqual(years.map((y) => y.rnd));
  });

  it('draws every member of a snapshot and every tie up to maxEdges, with dates from the rows', () => {
    const { result, snapshots } = shortRun();
    const specs = runChartSpecs(result, snapshots, { maxEdges: 100 });
    const s6 = snapshots[1];
    const drawing = specs['network-6.vl.json'];
    expect(layer(drawing, 'members').data.values).toHaveLength(s6.nodes.length);
    expect(layer(drawing, 'ties').data.values).toHaveLength(Math.min(100, s6.edges.length));
    expect(JSON.stringify((drawing as { title: unknown }).title)).toContain(`step 6 (${result.rows[6].date})`);
    expect(s6.nodes.length).toBe(result.rows[6].members);
    expect(s6.edges.length).toBe(result.rows[6].ties);
    expect(SNAPSHOT_STEPS).toContain(s6.step);
  });

  it('leaves out the drawing of a network above MAX_DRAWN_MEMBERS members, and keeps its degrees', () => {
    const { result } = shortRun();
    const members = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: String(i), kind: 'small', mc: 'm1', region: 'r1' }));
    const at = (step: number, n: number): NetworkSnapshot => ({ step, nodes: members(n), edges: [['0', '1']] });
    const specs = runChartSpecs(result, [at(1, MAX_DRAWN_MEMBERS), at(2, MAX_DRAWN_MEMBERS + 1)]);
    expect(Object.keys(specs).filter((name) => name.startsWith('network-'))).toEqual(['network-1.vl.json']);
    expect(specs['degree-distribution.vl.json']).toBeDefined();
  });

  it('is deterministic: the same run gives the same spec text', () => {
    const { result, snapshots } = shortRun();
    expect(stringifySpec(runChartSpecs(result, snapshots))).toBe(stringifySpec(runChartSpecs(result, snapshots)));
  });
});

describe('degreeCounts', () => {
  it('counts members by degree on a hand-built star with an isolated member', () => {
    const snapshot: NetworkSnapshot = {
      step: 0,
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'firm', mc: 'capital-01', region: 'capital' })),
      edges: [
        ['a', 'b'],
        ['a', 'c'],
        ['a', 'd'],
      ],
    };
    expect(degreeCounts(snapshot)).toEqual([
      { degree: 0, members: 1 },
      { degree: 1, members: 3 },
      { degree: 3, members: 1 },
    ]);
  });
});
