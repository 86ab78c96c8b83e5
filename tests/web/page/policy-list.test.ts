// The months the charts mark: the scenario's own policies in order (not the page's timed-lever policies, which the
// lever marks instead), each timed lever set, each lever moved, and a lesson's moment drawn strong.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/scenario/schema.js';
import { CATALOGUES } from '../../../src/web/i18n/index.js';
import { leversOf } from '../../../src/web/levers.js';
import { listScenarios } from '../../../src/web/scenario-list.js';
import { chartMarkers, scheduledPolicies } from '../../../src/web/page/policy-list.js';
import type { Lesson } from '../../../src/web/lessons/schema.js';

const classroom = listScenarios().entries[0].scenario;
const policy = (at: number, label?: string): Policy => ({ at, set: { 'budget.subsidyLevel': 0 }, rampSteps: 0, label });

describe('scheduledPolicies', () => {
  it("leaves out the page's own policies and sorts the others by month", () => {
    const policies = [policy(88, 'late'), policy(60, 'subsidy withdrawal (page)'), policy(12)];
    expect(scheduledPolicies(policies).map((p) => p.at)).toEqual([12, 88]);
    expect(scheduledPolicies([])).toEqual([]);
  });
});

describe('chartMarkers', () => {
  it('marks nothing for a scenario without policies and levers left alone', () => {
    const levers = leversOf(classroom);
    expect(chartMarkers({ policies: [], levers, moves: [], t: CATALOGUES.en, lang: 'en' })).toEqual([]);
  });

  it('marks policies, a timed lever, the levers moved and a lesson moment, in words of the language', () => {
    const levers = { ...leversOf(classroom), withdrawalAt: 60 };
    const lesson = { look: { at: 24 }, title: { en: 'Fees', ko: '회비' } } as unknown as Lesson;
    const markers = chartMarkers({
      policies: [policy(88, 'reform')],
      levers,
      moves: [{ step: 7, key: 'scope' }],
      lesson,
      t: CATALOGUES.ko,
      lang: 'ko',
    });
    expect(markers).toEqual([
      { step: 88, label: 'reform' },
      { step: 60, label: '지원금 중단 시점 (개월)' },
      { step: 7, label: '회원의 활동 범위' },
      { step: 24, label: '회비', strong: true },
    ]);
  });
});
