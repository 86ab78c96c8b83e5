// Simulated measures on hand-made rows and surveys.
import { describe, expect, it } from 'vitest';
import { evaluateMeasure, evaluateMeasures, measureHorizon } from '../../src/metrics/measures.js';
import type { SurveyResult } from '../../src/metrics/survey.js';
import { emptyPanelRecord } from '../../src/metrics/panel.js';

const rows = [
  { step: 0, date: '2004-12', members: 10, events: 0, tasksSolved: 0, tasksSolvedHr: 0, clustering: null },
  { step: 1, date: '2005-01', members: 11, events: 3, tasksSolved: 4, tasksSolvedHr: 1, clustering: null },
  { step: 2, date: '2005-02', members: 12, events: 5, tasksSolved: 6, tasksSolvedHr: 2, clustering: 0.3 },
];
const survey: SurveyResult = {
  step: 2,
  respondents: 4,
  correlations: [0.5, -0.1, 0.7, 0.2, 0.6],
  means: [1, 2, 3, 4, 5, 4.5],
  nonJoinerRespondents: 10,
  reasonShares: [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1],
};

describe('evaluateMeasure', () => {
  it('reads a column at a step, sums and shares over steps, NaN where not measured', () => {
    expect(evaluateMeasure({ kind: 'at', column: 'members', step: 2 }, rows)).toBe(12);
    expect(evaluateMeasure({ kind: 'at', column: 'members', step: 9 }, rows)).toBeNaN();
    expect(evaluateMeasure({ kind: 'at', column: 'clustering', step: 1 }, rows)).toBeNaN();
    expect(evaluateMeasure({ kind: 'sum', column: 'events', from: 1, to: 2 }, rows)).toBe(8);
    expect(evaluateMeasure({ kind: 'sum', column: 'clustering', from: 1, to: 2 }, rows)).toBeNaN();
    expect(evaluateMeasure({ kind: 'share', column: 'tasksSolvedHr', of: 'tasksSolved', from: 1, to: 2 }, rows)).toBe(
      0.3,
    );
    expect(
      evaluateMeasure({ kind: 'share', column: 'tasksSolvedHr', of: 'tasksSolved', from: 0, to: 0 }, rows),
    ).toBeNaN();
  });

  it('reads statistics of the survey', () => {
    const reference = [0.753, 0.659, 0.784, 0.639, 0.779];
    const [positive, agree, r, mean, reason] = evaluateMeasures(
      [
        { kind: 'survey', stat: 'positiveCorrelations' },
        { kind: 'survey', stat: 'orderAgreements', reference },
        { kind: 'survey', stat: 'r.selfReliance' },
        { kind: 'survey', stat: 'mean.satisfaction' },
        { kind: 'survey', stat: 'reason.lowMoneyExpectation' },
      ],
      rows,
      survey,
    );
    expect([positive, agree, r, mean, reason]).toEqual([4, 9, 0.7, 4.5, 0.2]); // only skilled people and community swap
    expect(evaluateMeasure({ kind: 'survey', stat: 'positiveCorrelations' }, rows)).toBeNaN();
    expect(evaluateMeasure({ kind: 'survey', stat: 'orderAgreements' }, rows, survey)).toBeNaN();
  });

  it('reads the mean of the five correlations', () => {
    expect(evaluateMeasure({ kind: 'survey', stat: 'meanCorrelation' }, rows, survey)).toBeCloseTo(0.38, 12);
  });

  it('averages a panel column over the firms that are members at the panel step, NaN when not recorded', () => {
    const panel = emptyPanelRecord();
    panel.ties.set(0, { iurTies: Uint16Array.of(1, 2, 9, 0), firmTies: Uint16Array.of(3, 0, 9, 1) });
    panel.ties.set(5, { iurTies: Uint16Array.of(4, 6, 9, 2), firmTies: Uint16Array.of(3, 1, 9, 2) });
    panel.members.set(7, Uint8Array.of(1, 0, 0, 1)); // agents 0 and 3 are member firms at step 7
    const spec = (column: 'iurTies' | 'firmTies', step: number) =>
      ({ kind: 'panel', column, step, panelStep: 7 }) as const;
    expect(evaluateMeasure(spec('iurTies', 0), rows, undefined, panel)).toBe(0.5);
    expect(evaluateMeasure(spec('iurTies', 5), rows, undefined, panel)).toBe(3);
    expect(evaluateMeasure(spec('firmTies', 5), rows, undefined, panel)).toBe(2.5);
    expect(evaluateMeasure(spec('iurTies', 3), rows, undefined, panel)).toBeNaN();
    expect(evaluateMeasure(spec('iurTies', 0), rows)).toBeNaN();
    panel.members.set(7, new Uint8Array(4));
    expect(evaluateMeasure(spec('iurTies', 0), rows, undefined, panel)).toBeNaN();
  });

  it('measures the change in the yearly increase (Table 2: +169, +136 then +432, +406, +473 is 437 - 152.5)', () => {
    const yearly = [1176, 1345, 1481, 1913, 2319, 2792];
    const byYear = yearly.map((v, k) => ({ step: k + 1, tasksSolved: v }));
    const years = yearly.map((_, k) => [k + 1, k + 1] as const);
    expect(evaluateMeasure({ kind: 'acceleration', column: 'tasksSolved', years, split: 2 }, byYear)).toBe(284.5);
    expect(evaluateMeasure({ kind: 'acceleration', column: 'missing', years, split: 2 }, byYear)).toBeNaN();
  });

  it('knows the last step each measure reads', () => {
    expect(measureHorizon({ kind: 'panel', column: 'iurTies', step: 60, panelStep: 72 }, 62)).toBe(72);
    expect(
      measureHorizon(
        {
          kind: 'acceleration',
          column: 'tasksSolved',
          years: [
            [1, 12],
            [13, 24],
          ],
          split: 0,
        },
        62,
      ),
    ).toBe(24);
    expect(measureHorizon({ kind: 'at', column: 'members', step: 60 }, 62)).toBe(60);
    expect(measureHorizon({ kind: 'sum', column: 'events', from: 1, to: 72 }, 62)).toBe(72);
    expect(measureHorizon({ kind: 'survey', stat: 'positiveCorrelations' }, 62)).toBe(62);
  });
});
