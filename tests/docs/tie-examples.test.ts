// Section 7.6 of the ODD: the tie decision's logit and probability for typical candidates and the attention example,
// computed by phases/form-ties.ts on pairs of members of the model, checked against the ODD's formula worked by hand.
import { describe, expect, it } from 'vitest';
import { oddSource } from '../../src/docs/odd-source.js';
import { attentionText, findPair, TIE_EXAMPLES, tieProbabilityTable } from '../../src/docs/tie-examples.js';
import { AGENCY, FIRM, ORIGIN_BROKERED, ORIGIN_EVENT, PROFESSOR } from '../../src/model/types.js';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const defaults = oddSource();

describe('findPair', () => {
  it('finds the first members of the kinds in the relation, or nothing', () => {
    const { model } = oddSource({ population: { regions: ['gangwon'], scale: 0.1 } });
    const [i, j] = findPair(model, [FIRM, AGENCY], 'same MC')!;
    expect([model.agents.kind[i], model.agents.kind[j], model.agents.mc[i], model.agents.mc[j]]).toEqual([
      FIRM,
      AGENCY,
      0,
      0,
    ]);
    expect(model.agents.member[i] & model.agents.member[j]).toBe(1);
    const [f, g] = findPair(model, [FIRM, FIRM], 'other MC in the same park and sector')!;
    expect(model.agents.mc[f]).not.toBe(model.agents.mc[g]);
    expect(model.agents.park[f]).toBe(model.agents.park[g]);
    expect(findPair(model, [FIRM, PROFESSOR], 'other region')).toBeUndefined();
  });
});

describe('tieProbabilityTable', () => {
  it('gives the logits of the ODD formula at the defaults, worked by hand', () => {
    const table = tieProbabilityTable(defaults);
    // intercept -4.8, benefit 4 x b, trust 2 x 0.4; cost (0.5 + d) x origin factor x (1 - 0.5 x 0.4).
    const eventFirmFirm = -4.8 + 4 * 0.16 + 0.8 - 0.5 * 0.5 * 0.8;
    // Other region: d = park 0.5 + region 1 + MC 0.3 = 1.8; brokered factor 0.5.
    const initiative = -4.8 + 4 + 0.8 - (0.5 + 1.8) * 0.5 * 0.8;
    // Referral at T̂ 0.5: trust 2 x 0.5, cost 0.5 x 0.75 x (1 - 0.25).
    const referral = -4.8 + 4 + 1 - 0.5 * 0.75 * 0.75;
    // Same park and sector, other MC, by search: d = 0.3.
    const otherMc = -4.8 + 4 * 0.16 + 0.8 - 0.8 * 1 * 0.8;
    const row = (label: string, x: number) => `| ${label} | ${x.toFixed(2)} | ${logistic(x).toFixed(3)} |`;
    expect(table).toContain(row('event, firm-firm, same MC', eventFirmFirm));
    expect(table).toContain(row('initiative, firm-professor, other region', initiative));
    expect(table).toContain(row('referral (`T̂` = 0.5), firm-professor, same MC', referral));
    expect(table).toContain(row('random search, firm-firm, other MC in the same park and sector', otherMc));
    expect(table.split('\n').filter((l) => /^\| [a-z]/.test(l) && !l.startsWith('| candidate'))).toHaveLength(
      TIE_EXAMPLES.length,
    );
  });

  it('follows the parameters and leaves out candidates the model has no pair for', () => {
    const source = oddSource({
      population: { regions: ['gangwon'], scale: 0.1 },
      tieFormation: { intercept: -3 },
      trust: { initial: 0.2 },
    });
    const table = tieProbabilityTable(source, [
      { origin: ORIGIN_EVENT, kinds: [FIRM, FIRM], relation: 'same MC' },
      { origin: ORIGIN_BROKERED, kinds: [FIRM, PROFESSOR], relation: 'other region' },
    ]);
    const x = -3 + 4 * 0.16 + 2 * 0.2 - 0.5 * 0.5 * 0.9;
    expect(table).toContain('`T̂` = `trust.initial` = 0.2 unless stated');
    expect(table).toMatch(
      new RegExp(`\\| event, firm-firm, same MC \\| ${x.toFixed(2)} \\| ${logistic(x).toFixed(3)} \\|$`),
    );
    expect(table).not.toContain('initiative');
  });
});

describe('attentionText', () => {
  it('takes attentionWeight x (8/20 + 20/40) = 0.9 off the logit of an event firm-professor candidate', () => {
    const x = -4.8 + 4 + 0.8 - 0.5 * 0.5 * 0.8;
    expect(attentionText(defaults)).toBe(
      'For example, at the defaults a firm at 8 of its 20 ties and a professor at 20 of 40 lose 0.90 logit units: an ' +
        `event candidate between them in the same MC becomes a tie with \`P\` = ${logistic(x - 0.9).toFixed(3)} ` +
        `instead of ${logistic(x).toFixed(3)}.`,
    );
  });

  it('scales with the capacities and the attention weight', () => {
    const source = oddSource({
      population: { regions: ['gangwon'], scale: 0.1 },
      tieFormation: { attentionWeight: 2, capacity: { firm: 10, professor: 30 } },
    });
    // Firm at 4 of 10, professor at 15 of 30: 2 x (0.4 + 0.5) = 1.8.
    expect(attentionText(source)).toMatch(/a firm at 4 of its 10 ties and a professor at 15 of 30 lose 1\.80 logit/);
  });
});
