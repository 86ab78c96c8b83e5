// The virtual survey: exact statistics on hand-made samples, and a survey of a tiny model that leaves the model's draws
// alone.
import { describe, expect, it } from 'vitest';
import {
  orderAgreements,
  pearson,
  rankCorrelation,
  REASONS,
  sampleWithoutReplacement,
  toLikert,
  virtualSurvey,
} from '../../src/metrics/survey.js';
import { createRng } from '../../src/random/rng.js';
import { FACTOR_COUNT, FIRM, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

describe('survey statistics', () => {
  it('rejects samples of different lengths and gives NaN when a variable does not vary', () => {
    expect(() => pearson([1, 2], [1])).toThrow(/differ in length/);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('computes Pearson r exactly', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it('maps 0-1 scores to a 1-5 Likert scale', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(toLikert)).toEqual([1, 1, 2, 3, 4, 5, 5]);
  });

  it('counts pairs ordered as the reference and ranks them', () => {
    const reference = [0.753, 0.659, 0.784, 0.639, 0.779];
    expect(orderAgreements(reference, reference)).toBe(10);
    expect(
      orderAgreements(
        reference.map((x) => -x),
        reference,
      ),
    ).toBe(0);
    expect(orderAgreements([0.7, 0.659, 0.784, 0.639, 0.779], reference)).toBe(10);
    expect(orderAgreements([0.66, 0.659, 0.784, 0.639, 0.779], reference)).toBe(10);
    expect(orderAgreements([0.5, 0.659, 0.784, 0.639, 0.779], reference)).toBe(8);
    expect(rankCorrelation(reference, reference)).toBeCloseTo(1, 12);
    expect(rankCorrelation([NaN, 1, 2, 3, 4], reference)).toBeNaN();
  });

  it('samples without replacement, or takes everyone when fewer', () => {
    const ids = Array.from({ length: 50 }, (_, i) => i * 2);
    const sample = sampleWithoutReplacement(ids, 10, createRng(1));
    expect(new Set(sample).size).toBe(10);
    expect(sample.every((i) => ids.includes(i))).toBe(true);
    expect(sampleWithoutReplacement(ids, 10, createRng(1))).toEqual(sample);
    expect(sampleWithoutReplacement([3, 1, 2], 5, createRng(1))).toEqual([3, 1, 2]);
  });
});

describe('virtualSurvey', () => {
  // Three member firms, a professor, and two park firms outside (reasons 1 = notStrategic, 3 = noNeed).
  const spec = {
    agents: [
      { kind: FIRM, satisfaction: 0.2 },
      { kind: FIRM, satisfaction: 0.5 },
      { kind: FIRM, satisfaction: 0.9 },
      { kind: FIRM, member: false, reason: 1 },
      { kind: FIRM, member: false, reason: 3 },
      { kind: FIRM, member: false },
      { kind: PROFESSOR, satisfaction: 0.6 },
    ],
  };

  it('correlates satisfaction with each factor over every member, without drawing from the model', () => {
    const model = tinyModel(spec);
    const factors = [
      [0.1, 0.2, 0.3, 0.4, 0.5],
      [0.2, 0.2, 0.3, 0.4, 0.4],
      [0.3, 0.2, 0.3, 0.4, 0.3],
    ];
    factors.forEach((f, i) => model.agents.factors.set(f, i * FACTOR_COUNT));
    model.agents.factors.set([0.25, 0.2, 0.3, 0.4, 0.35], 6 * FACTOR_COUNT);
    const survey = virtualSurvey(model, { step: 0, respondents: 100, nonJoinerRespondents: 100, likert: false });
    expect(model.rng.used).toBe(0);
    expect(survey.respondents).toBe(4);
    expect(survey.correlations[0]).toBeCloseTo(pearson([0.2, 0.5, 0.9, 0.6], [0.1, 0.2, 0.3, 0.25]), 12);
    expect(survey.correlations[0]).toBeGreaterThan(0.9);
    expect(survey.correlations[1]).toBeNaN();
    expect(survey.correlations[4]).toBeLessThan(-0.9);
    expect(survey.means[5]).toBeCloseTo((0.2 + 0.5 + 0.9 + 0.6) / 4, 12);
    expect(survey.nonJoinerRespondents).toBe(2);
    expect(survey.reasonShares[REASONS.indexOf('notStrategic')]).toBe(0.5);
    expect(survey.reasonShares[REASONS.indexOf('noNeed')]).toBe(0.5);
    expect(survey.reasonShares[REASONS.indexOf('other')]).toBe(0);
  });

  it('answers on the Likert scale and samples the given number of respondents, the same on every call', () => {
    const model = tinyModel(spec);
    const plan = { step: 0, respondents: 2, nonJoinerRespondents: 1, likert: true };
    const a = virtualSurvey(model, plan);
    expect(a.respondents).toBe(2);
    expect(a.nonJoinerRespondents).toBe(1);
    expect(Number.isInteger(a.means[5] * 2)).toBe(true);
    expect(a.means[5]).toBeGreaterThanOrEqual(2);
    expect(virtualSurvey(model, plan)).toEqual(a);
  });
});
