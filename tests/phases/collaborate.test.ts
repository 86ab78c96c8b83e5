// Phase 5, collaboration: tasks found, the partner tie chosen by trust x strength, success and failure of an attempt
// with asymmetric trust, the coordinator's brokered tie, the agency solving a task itself, and the visit boost; all on
// scripted draws.
import { describe, expect, it } from 'vitest';
import { collaborate, successChance, TASK_PARTNERS } from '../../src/phases/collaborate.js';
import { findTie } from '../../src/model/ties.js';
import { AGENCY, FIRM, INSTITUTE, ORIGIN_BROKERED, PROFESSOR } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { tinyModel } from '../helpers/tiny-model.js';

// Draws that pick a task kind from the default mix (0.106, 0.489, 0.356, 0.005, 0.044; total 1).
const RND = 0.05;
const MANAGEMENT = 0.5;

// MC 0: firm 0 (capability 0.5), firm 1, professor 2 (capability 0.9), agency 3 (the coordinator). Month 4 is
// simulated. Firm 0 is tied to professor 2 (trust 0.5, strength 0.5). Firm 1 always draws 0.9: no task.
function build(draws: number[], params: ScenarioInput = {}) {
  const model = tinyModel({
    agents: [{ kind: FIRM, capability: 0.5 }, { kind: FIRM }, { kind: PROFESSOR, capability: 0.9 }, { kind: AGENCY }],
    ties: [{ a: 0, b: 2, trust: 0.5, strength: 0.5 }],
    params,
    draws: [...draws, 0.9],
    step: 3,
  });
  model.mcs.budget[0] = 2.5;
  return model;
}

describe('TASK_PARTNERS', () => {
  it('sends R&D to experts, management and marketing to agencies and firms, HR to agencies and professors', () => {
    expect(TASK_PARTNERS.map((t) => t.kinds)).toEqual([
      [PROFESSOR, INSTITUTE],
      [AGENCY, FIRM],
      [AGENCY, FIRM],
      [AGENCY, PROFESSOR],
      [FIRM, PROFESSOR, INSTITUTE, AGENCY],
    ]);
  });
});

describe('successChance', () => {
  it('is successBase x (0.6 + 0.4 x mean capability) x (0.7 + 0.3 x trust), successBase at full capability and trust', () => {
    const model = build([]);
    // 0.95 x (0.6 + 0.4 x 0.7) x (0.7 + 0.3 x 0.5) = 0.95 x 0.88 x 0.85.
    expect(successChance(model, 0.5, 0.9, 0.5)).toBeCloseTo(0.7106, 15);
    expect(successChance(model, 1, 1, 1)).toBeCloseTo(0.95, 15);
    expect(successChance(model, 0, 0, 0)).toBeCloseTo(0.95 * 0.6 * 0.7, 15);
  });
});

describe('collaborate', () => {
  it('draws once per member firm and nothing more when no firm finds a task', () => {
    const model = build([0.05]);
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.tasksFound).toBe(0);
  });

  it('solves an R&D task through the tie to the professor: trust T + gain (1 - T), strength reinforced, joint IUR counted', () => {
    // chance = 0.95 x (0.6 + 0.4 x 0.7) x (0.7 + 0.3 x 0.5) = 0.7106; draw 0.7 succeeds. Trust 0.5 + 0.15 x 0.5 =
    // 0.575.
    const model = build([0.01, RND, 0.5, 0.7]);
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.ties.trust[0]).toBeCloseTo(0.575, 15);
    expect(model.ties.strength[0]).toBeCloseTo(0.6, 15);
    expect(model.ties.lastUsed[0]).toBe(4);
    expect(model.counts.tasksFound).toBe(1);
    expect(model.counts.tasksSolved).toEqual([1, 0, 0, 0, 0]);
    expect(model.counts.tasksFailed).toBe(0);
    expect(model.mcs.tasksSolvedThisYear[0]).toBe(1);
    expect(Array.from(model.agents.recentIur)).toEqual([1, 0, 1, 0]);
  });

  it('fails when the draw is not below the chance: trust T - lossRatio x gain x T', () => {
    // Draw 0.7106 is not below 0.7106. Trust 0.5 - 2 x 0.15 x 0.5 = 0.35; the tie was still used.
    const model = build([0.01, RND, 0.5, 0.95 * 0.88 * 0.85]);
    collaborate(model);
    expect(model.ties.trust[0]).toBeCloseTo(0.35, 15);
    expect(model.ties.strength[0]).toBeCloseTo(0.6, 15);
    expect(model.counts.tasksFailed).toBe(1);
    expect(model.counts.tasksSolved).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(model.agents.recentIur)).toEqual([0, 0, 0, 0]);
  });

  it('never lets trust fall below 0', () => {
    const model = build([0.01, RND, 0.5, 0.99], { trust: { gain: 0.3, lossRatio: 5 } });
    collaborate(model);
    expect(model.ties.trust[0]).toBe(0);
  });

  it('picks among suitable ties with probability proportional to trust x strength', () => {
    // Firm 0's R&D partners: professor 2 (0.5 x 0.5 = 0.25) and institute 3 (1 x 0.75 = 0.75): draw 0.3 -> 0.3 passes
    // 0.25: institute.
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: PROFESSOR }, { kind: PROFESSOR }, { kind: INSTITUTE }],
      ties: [
        { a: 0, b: 1, trust: 1, strength: 1 },
        { a: 0, b: 2, trust: 0.5, strength: 0.5 },
        { a: 0, b: 3, trust: 1, strength: 0.75 },
      ],
      draws: [0.01, RND, 0.3, 0.0],
    });
    model.agents.member[1] = 0;
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.ties.lastUsed[2]).toBe(1);
    expect(model.ties.lastUsed[1]).toBe(0);
  });

  it('has the coordinator broker a new tie when no tie suits the task, then works the task through it', () => {
    // Management: the professor does not suit. Broker (0.4 < 0.5 x funding 1), agency 3 drawn; the new tie has trust
    // 0.4, strength 0.5. chance = 0.95 x (0.6 + 0.4 x 0.5) x (0.7 + 0.3 x 0.4) = 0.6232; draw 0.1 succeeds: trust 0.4 +
    // 0.15 x 0.6 = 0.49.
    const model = build([0.01, MANAGEMENT, 0.4, 0.0, 0.1]);
    collaborate(model);
    expect(model.rng.left).toBe(0);
    const slot = findTie(model.ties, 0, 3);
    expect(model.ties.origin[slot]).toBe(ORIGIN_BROKERED);
    expect(model.ties.createdAt[slot]).toBe(4);
    expect(model.ties.trust[slot]).toBeCloseTo(0.49, 15);
    expect(model.ties.strength[slot]).toBeCloseTo(0.6, 15);
    expect(model.counts.tiesFormed).toBe(1);
    expect(model.counts.tasksSolved).toEqual([0, 1, 0, 0, 0]);
    expect(Array.from(model.agents.recentIur)).toEqual([0, 0, 0, 0]);
  });

  it('lets the agency solve the task itself when no tie is brokered', () => {
    const model = build([0.01, MANAGEMENT, 0.5, 0.29]);
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.tasksSolvedByAgency).toBe(1);
    expect(model.counts.tasksSolved).toEqual([0, 1, 0, 0, 0]);
    expect(model.mcs.tasksSolvedThisYear[0]).toBe(1);
    expect(model.ties.count).toBe(1);
  });

  it('counts a failure when neither a broker nor the agency helps', () => {
    const model = build([0.01, MANAGEMENT, 0.5, 0.3]);
    collaborate(model);
    expect(model.counts.tasksFailed).toBe(1);
    expect(model.counts.tasksSolved).toEqual([0, 0, 0, 0, 0]);
  });

  it("scales the broker and agency chances by the MC's funding (budget / reference subsidy)", () => {
    // Budget 1.25 of 2.5: broker 0.25 (0.3 fails), agency 0.15 (0.2 fails).
    const model = build([0.01, MANAGEMENT, 0.3, 0.2]);
    model.mcs.budget[0] = 1.25;
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.tasksFailed).toBe(1);
  });

  it('skips the broker draw when the MC has no coordinator', () => {
    const model = build([0.01, MANAGEMENT, 0.2]);
    model.mcs.coordinator[0] = -1;
    collaborate(model);
    expect(model.rng.left).toBe(0);
    expect(model.counts.tasksSolvedByAgency).toBe(1);
  });

  it('raises the chance of a task by visitTaskBoost after a company visit, then clears every visit mark', () => {
    // 0.07 is above 0.05 but below 0.05 x (1 + 1) = 0.1.
    const model = build([0.07, RND, 0.5, 0.0]);
    model.agents.visited.set([1, 0, 1, 1]);
    collaborate(model);
    expect(model.counts.tasksFound).toBe(1);
    expect(Array.from(model.agents.visited)).toEqual([0, 0, 0, 0]);
  });
});
