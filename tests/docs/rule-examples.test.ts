// Sections 7.7, 7.8 and 7.10 of the ODD: the success chance of a task, when unused ties are dropped and how much
// strength they keep, and the monthly chance of leaving, each from the phase's own code.
import { describe, expect, it } from 'vitest';
import { oddSource } from '../../src/docs/odd-source.js';
import { decayText, leaveChance, leavingText, successText } from '../../src/docs/rule-examples.js';
import { updateMembership } from '../../src/phases/update-membership.js';
import { FIRM } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const GANGWON = { population: { regions: ['gangwon' as const], scale: 0.1 } };

describe('successText', () => {
  it('gives the chance at the mean capability and trust.initial: 0.9 x (0.6 + 0.4 x 1) x (0.7 + 0.3 x 0.4)', () => {
    // capabilityMin 1: every capability is 1.
    const source = oddSource({ population: { ...GANGWON.population, capabilityMin: 1 } });
    expect(successText(source)).toBe(
      'With the defaults, a task worked through a tie of trust `trust.initial` = 0.4 between two agents of the mean ' +
        "capability of the default model's agents (1.00) succeeds with chance 0.738.",
    );
  });
});

describe('decayText', () => {
  it('counts the months until an unused tie of initialStrength falls below dropBelow, by the decay phase', () => {
    // Within an MC, 0.5 x 0.965^k < 0.1 first at k = 46; across MCs, 0.5 x 0.83^k < 0.1 first at k = 9.
    expect(decayText(oddSource(GANGWON))).toBe(
      "At the defaults, an unused tie of a new tie's strength (`tieFormation.initialStrength` = 0.5) is dropped in its " +
        "46th unused month within an MC and in its 9th unused month across MCs. Across MCs, 0.83 of a tie's strength " +
        'survives an unused month and 0.107 an unused year (Burt 2002: about 9 in 10 bridges gone within a year); ' +
        `within an MC, 0.965 and ${Number((0.965 ** 12).toFixed(3))}.`,
    );
  });

  it('follows the rates, and says when a tie is never dropped', () => {
    // 0.5 -> 0.25 -> 0.125 -> 0.0625 within an MC; nothing lost across MCs.
    const source = oddSource({ ...GANGWON, decay: { ratePerMonth: 0.5, crossMcRatePerMonth: 0 } });
    expect(decayText(source)).toMatch(
      /is dropped in its 3rd unused month within an MC and never across MCs \(not within 2400 months\)\. Across MCs, 1 of/,
    );
  });
});

describe('leaveChance', () => {
  it('is the chance updateMembership draws against (leaveMaxPerMonth x logistic of the leave logit)', () => {
    for (const [satisfaction, fee] of [
      [0.15, 0],
      [0.4, 0],
      [0.1, 0.25],
    ]) {
      const build = (draw: number) =>
        tinyModel({
          agents: [{ kind: FIRM, satisfaction }],
          params: { budget: { feePerFirmMonth: fee } },
          draws: [draw],
        });
      const { chance } = leaveChance(build(0), 0);
      const leaves = build(chance * (1 - 1e-12));
      updateMembership(leaves);
      expect(leaves.agents.member[0]).toBe(0);
      const stays = build(chance);
      updateMembership(stays);
      expect(stays.agents.member[0]).toBe(1);
    }
  });
});

describe('leavingText', () => {
  it('gives the chance at the initial and the reference satisfaction in an active MC, and in an idle one, without a fee', () => {
    // -3.1 - 6 x (0.15 - 0.4) = -1.6; at the reference, -3.1; with no events, -3.1 + 0.2 x 1 = -2.9.
    expect(leavingText(oddSource(GANGWON))).toBe(
      "At the defaults (no fee) a member firm of an MC holding events at the programme's rate leaves with chance " +
        `\`leaveMaxPerMonth × logistic(x)\` = 0.05 × logistic(-1.60) = ${(5 * logistic(-1.6)).toFixed(2)}% a month at the ` +
        `initial satisfaction \`S\` = 0.15 (\`satisfaction.initial\`), and 0.05 × logistic(-3.10) = ` +
        `${(5 * logistic(-3.1)).toFixed(2)}% at the reference \`S\` = 0.4; in an MC that holds none (\`δ_c\` = 1), 0.05 × ` +
        `logistic(-2.90) = ${(5 * logistic(-2.9)).toFixed(2)}% at the reference satisfaction.`,
    );
  });

  it("names a small firm's fee burden when there is a fee, and one satisfaction when both are the same", () => {
    const source = oddSource({
      ...GANGWON,
      budget: { feePerFirmMonth: 0.25 },
      satisfaction: { initial: 0.4 },
    });
    // Burden 0.25 / 0.5 = 0.5: -3.1 + 2 x 0.5 = -2.1; idle, -2.1 + 0.2 = -1.9.
    expect(leavingText(source)).toBe(
      "At the defaults (`budget.feePerFirmMonth` = 0.25, a small firm's burden 0.5) a small member firm of an MC " +
        "holding events at the programme's rate leaves with chance `leaveMaxPerMonth × logistic(x)` = 0.05 × " +
        `logistic(-2.10) = ${(5 * logistic(-2.1)).toFixed(2)}% a month at the initial and reference satisfaction \`S\` = ` +
        `0.4; in an MC that holds none (\`δ_c\` = 1), 0.05 × logistic(-1.90) = ${(5 * logistic(-1.9)).toFixed(2)}% at ` +
        'the reference satisfaction.',
    );
  });
});
