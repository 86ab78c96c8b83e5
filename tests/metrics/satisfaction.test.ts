// Mean satisfaction and mean factors over members: no members first, then hand-set values.
import { describe, expect, it } from 'vitest';
import { meanFactor, meanSatisfaction } from '../../src/metrics/satisfaction.js';
import { FIRM, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

describe('meanSatisfaction and meanFactor', () => {
  it('are 0 without members', () => {
    const model = tinyModel({ agents: [{ kind: FIRM, member: false, satisfaction: 0.9 }] });
    expect(meanSatisfaction(model)).toBe(0);
    expect(meanFactor(model, 0)).toBe(0);
  });

  it('average over members only', () => {
    const model = tinyModel({
      agents: [
        { kind: FIRM, satisfaction: 0.2 },
        { kind: FIRM, member: false, satisfaction: 1 },
        { kind: PROFESSOR, satisfaction: 0.6 },
      ],
    });
    model.agents.factors.set([0.1, 0, 0, 0, 0.4, 1, 1, 1, 1, 1, 0.3, 0, 0, 0, 0.2]);
    expect(meanSatisfaction(model)).toBeCloseTo(0.4, 15);
    expect(meanFactor(model, 0)).toBeCloseTo(0.2, 15);
    expect(meanFactor(model, 4)).toBeCloseTo(0.3, 15);
    expect(meanFactor(model, 1)).toBe(0);
  });
});
