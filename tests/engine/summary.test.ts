// The summary of a run on hand-written rows: totals over the stepped rows (not step 0) and tasks by calendar year.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/engine/summary.js';
import type { Row } from '../../src/metrics/recorder.js';
import { tinyModel } from '../helpers/tiny-model.js';
import { FIRM } from '../../src/model/types.js';

const row = (
  step: number,
  date: string,
  tasks: [number, number, number, number, number],
  extra: Partial<Row> = {},
): Row => ({
  step,
  date,
  tasksSolvedRnd: tasks[0],
  tasksSolvedManagement: tasks[1],
  tasksSolvedMarketing: tasks[2],
  tasksSolvedHr: tasks[3],
  tasksSolvedOther: tasks[4],
  tasksSolved: tasks.reduce((a, b) => a + b, 0),
  events: 2,
  tasksFound: 5,
  tiesFormed: 1,
  tiesDropped: 0,
  joined: 1,
  left: 0,
  subsidyPaid: 2.5,
  feesPaid: 0.5,
  feeRefusals: 1,
  mcsDissolved: 0,
  subMcEvents: 2,
  ...extra,
});

describe('summarise', () => {
  it('sums the stepped rows and skips step 0', () => {
    const rows = [
      row(0, '2004-12', [9, 9, 9, 9, 9], { events: 100 }),
      row(1, '2005-01', [1, 0, 0, 0, 0]),
      row(2, '2005-02', [0, 2, 1, 0, 0], { left: 3, subMcEvents: 3 }),
    ];
    const model = tinyModel({ agents: [{ kind: FIRM }], step: 2 });
    const summary = summarise(model, rows);
    expect(summary.steps).toBe(2);
    expect(summary.final).toBe(rows[2]);
    expect(summary.totals).toEqual({
      events: 4,
      tasksFound: 10,
      tasksSolved: 4,
      tiesFormed: 2,
      tiesDropped: 0,
      joined: 2,
      left: 3,
      subsidyPaid: 5,
      feesPaid: 1,
      feeRefusals: 2,
      mcsDissolved: 0,
      subMcEvents: 5,
    });
  });

  it('groups tasks solved by calendar year and kind', () => {
    const rows = [
      row(0, '2004-12', [0, 0, 0, 0, 0]),
      row(12, '2005-12', [1, 2, 3, 4, 5]),
      row(13, '2006-01', [1, 0, 0, 0, 1]),
      row(14, '2006-02', [0, 1, 0, 0, 0]),
    ];
    const summary = summarise(tinyModel({ agents: [{ kind: FIRM }] }), rows);
    expect(summary.tasksSolvedPerYear).toEqual([
      { year: 2005, rnd: 1, management: 2, marketing: 3, hr: 4, other: 5, total: 15 },
      { year: 2006, rnd: 1, management: 1, marketing: 0, hr: 0, other: 1, total: 3 },
    ]);
  });

  it('treats empty cells as 0 in totals', () => {
    const rows = [row(0, '2004-12', [0, 0, 0, 0, 0]), row(1, '2005-01', [0, 0, 0, 0, 0], { events: null })];
    expect(summarise(tinyModel({ agents: [{ kind: FIRM }] }), rows).totals.events).toBe(0);
  });
});
