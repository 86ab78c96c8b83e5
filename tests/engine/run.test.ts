// The run loop: rows at step 0 and after each step, costly metrics on their schedule, the onStep callback, the summary,
// and simulate() as createModel() + run().
import { describe, expect, it } from 'vitest';
import { run, simulate } from '../../src/engine/run.js';
import { createModel } from '../../src/model/create-model.js';
import type { Row } from '../../src/metrics/recorder.js';
import { fitTies } from '../../src/model/ties.js';

const small = { population: { scale: 0.1 }, steps: 14 } as const;

describe('run', () => {
  it('records a single row, costly metrics included, for zero steps', () => {
    const { rows, summary } = run(createModel(small), { steps: 0 });
    expect(rows).toHaveLength(1);
    expect(rows[0].step).toBe(0);
    expect(typeof rows[0].clustering).toBe('number');
    expect(summary.steps).toBe(0);
    expect(summary.tasksSolvedPerYear).toEqual([]);
  });

  it('records step 0 and each step, measuring costly metrics every costlyEvery steps and at the last', () => {
    const { rows } = run(createModel(small), { steps: 5, costlyEvery: 2 });
    expect(rows.map((r) => r.step)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.clustering !== null)).toEqual([true, false, true, false, true, true]);
    expect(rows.map((r) => r.modularity !== null)).toEqual([true, false, true, false, true, true]);
  });

  it("runs the scenario's steps by default, with metrics.costlyEvery", () => {
    const { rows, model } = run(createModel({ ...small, metrics: { costlyEvery: 7 } }));
    expect(model.step).toBe(14);
    expect(rows.filter((r) => r.communities !== null).map((r) => r.step)).toEqual([0, 7, 14]);
  });

  it("gives the same rows whatever the tie store's memory: refitted (every block and slot column moved) at each step", () => {
    const plain = run(createModel(small), { costlyEvery: 1 });
    const refitted = run(createModel(small), { costlyEvery: 1, onStep: (model) => fitTies(model.ties) });
    expect(refitted.rows).toEqual(plain.rows);
    expect(refitted.model.ties.partner.length).toBeLessThan(plain.model.ties.partner.length);
  });

  it('with metrics.louvainWarmStart, changes only the communities and modularity columns', () => {
    const cold = run(createModel(small), { costlyEvery: 1 }).rows;
    const warm = run(createModel({ ...small, metrics: { louvainWarmStart: true } }), { costlyEvery: 1 }).rows;
    const rest = (rows: Row[]) => rows.map(({ communities: _c, modularity: _m, ...row }) => row);
    expect(rest(warm)).toEqual(rest(cold));
    for (const [t, row] of warm.entries()) {
      expect(row.communities).toBeGreaterThanOrEqual(1);
      expect(Math.abs((row.modularity as number) - (cold[t].modularity as number))).toBeLessThan(0.05);
    }
    expect(warm.map((r) => r.communities)).not.toEqual(cold.map((r) => r.communities));
  });

  it('calls onStep after each row, step 0 included, with the model at that step', () => {
    const seen: [number, Row][] = [];
    const { rows } = run(createModel(small), { steps: 3, onStep: (model, row) => seen.push([model.step, row]) });
    expect(seen.map(([s]) => s)).toEqual([0, 1, 2, 3]);
    expect(seen.map(([, r]) => r)).toEqual(rows);
  });

  it('sums the run in its summary: totals over the stepped rows, tasks by calendar year', () => {
    const { rows, summary } = run(createModel(small));
    const stepped = rows.slice(1);
    const total = (c: string) => stepped.reduce((s, r) => s + (r[c] as number), 0);
    expect(summary.final).toBe(rows[14]);
    expect(summary.totals).toEqual({
      events: total('events'),
      tasksFound: total('tasksFound'),
      tasksSolved: total('tasksSolved'),
      tiesFormed: total('tiesFormed'),
      tiesDropped: total('tiesDropped'),
      joined: total('joined'),
      left: total('left'),
      subsidyPaid: total('subsidyPaid'),
      feesPaid: total('feesPaid'),
      feeRefusals: total('feeRefusals'),
      mcsDissolved: total('mcsDissolved'),
      subMcEvents: total('subMcEvents'),
    });
    expect(summary.tasksSolvedPerYear.map((y) => y.year)).toEqual([2005, 2006]);
    expect(summary.tasksSolvedPerYear.reduce((s, y) => s + y.total, 0)).toBe(summary.totals.tasksSolved);
    expect(summary.tasksSolvedPerYear[1].total).toBe(
      (rows[13].tasksSolved as number) + (rows[14].tasksSolved as number),
    );
  });
});

describe('simulate', () => {
  it("is createModel then run, with the seed option overriding the scenario's", () => {
    const a = simulate(small, { seed: 4, steps: 4 });
    const b = run(createModel({ ...small, seed: 4 }), { steps: 4 });
    expect(a.rows).toEqual(b.rows);
    expect(a.model.seed).toBe('4');
  });
});
