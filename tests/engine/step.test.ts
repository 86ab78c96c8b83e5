// One month: the phases in their documented order, the counters reset each month, and the step counter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASES, step } from '../../src/engine/step.js';
import { createModel } from '../../src/model/create-model.js';

describe('PHASES', () => {
  it('run in the order drawn at the top of step.ts, and the drawing names every phase', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'engine', 'step.ts'), 'utf8');
    const drawn = [...source.matchAll(/^\/\/\s+\|\s+\d+[a-z]?\s+(\w+)/gm)].map((m) => m[1]);
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(PHASES.map((phase) => phase.name)).toEqual(drawn);
  });

  it('start with the policy timeline and hold every phase once', () => {
    const names = PHASES.map((phase) => phase.name);
    expect(names[0]).toBe('applyPolicies');
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'holdEvents',
      'meet',
      'search',
      'formTies',
      'collaborate',
      'decay',
      'updateSatisfaction',
      'updateMembership',
      'evaluateSupport',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('step', () => {
  it('advances the step counter by one and returns nothing', () => {
    const model = createModel({ population: { scale: 0.1 } });
    expect(step(model)).toBeUndefined();
    expect(model.step).toBe(1);
    step(model);
    expect(model.step).toBe(2);
  });

  it('counts only what happened this month', () => {
    const model = createModel({ population: { scale: 0.1 } });
    step(model);
    model.counts.events = 1e6;
    model.counts.tasksSolved[0] = 1e6;
    step(model);
    expect(model.counts.events).toBe(model.mcs.eventsThisStep.reduce((a, b) => a + b, 0));
    expect(model.counts.tasksSolved[0]).toBeLessThan(1e6);
  });

  it('leaves no candidates behind for the next month', () => {
    const model = createModel({ population: { scale: 0.1 } });
    step(model);
    expect(model.candidates.length).toBe(0);
    expect(model.counts.candidates).toBeGreaterThan(0);
  });
});
