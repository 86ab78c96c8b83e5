// Sections 5.2-5.4 of the ODD from the model createModel builds: agents per block and MC, coordinators, Table 5's
// reasons as drawn, large firms, and the step-0 network.
import { describe, expect, it } from 'vitest';
import { agentCountsText, attributesText, initialNetworkText } from '../../src/docs/initial-state.js';
import { oddSource } from '../../src/docs/odd-source.js';
import { addTie } from '../../src/model/ties.js';
import { FIRM, ORIGIN_INITIAL } from '../../src/model/types.js';

// Gangwon at population.scale 0.1: share = 0.1 x 6 / 81. Firms round(4566 x share) = 34 -> 6, 6, 6, 6, 5, 5, of which
// round(6 x 0.4) = round(5 x 0.4) = 2 are members; staying out round(2283 x share) = 17; professors 6, institutes 2,
// agencies 5 (so the sixth MC has no coordinator).
const GANGWON = { population: { regions: ['gangwon' as const], scale: 0.1 } };

describe('agentCountsText', () => {
  it('counts every block per MC, the members at step 0 and the MCs without a coordinator', () => {
    expect(agentCountsText(oddSource(GANGWON))).toBe(
      [
        'With the defaults there are 64 agents in 6 MCs:',
        '',
        '- 12 member firms at step 0 (2 in each of the 6 MCs);',
        '- 22 firms that join later (4 MCs with 4, 2 with 3);',
        '- 17 firms that stay out (5 MCs with 3, 1 with 2);',
        '- 6 professors (1 in each of the 6 MCs);',
        '- 2 institute staff (2 MCs with 1, 4 with 0);',
        '- 5 agency staff (5 MCs with 1, 1 with 0).',
        '',
        'So 25 agents are members at step 0. 1 of the 6 MCs has no agency agent and so no coordinator. At ' +
          '`population.scale` = 0.1 there are 64 agents, and 1 of the 6 MCs has no agency agent and so no coordinator.',
      ].join('\n'),
    );
  });

  it('gives the fewest agency agents of an MC when every MC has a coordinator, and the scale 0.1 model apart', () => {
    const text = agentCountsText(oddSource({ population: { regions: ['gangwon'], scale: 1 } }));
    // 633 x 6/81 = 46.9 -> 47 agencies over 6 MCs: 8, 8, 8, 8, 8, 7.
    expect(text).toContain('- 47 agency staff (5 MCs with 8, 1 with 7).');
    expect(text).toContain('Every MC has at least 7 agency agents and therefore a coordinator.');
    expect(text).toContain('At `population.scale` = 0.1 there are 64 agents, and 1 of the 6 MCs has no agency agent');
  });
});

describe('attributesText', () => {
  it('counts the reasons as drawn and the large firms', () => {
    const only = (reason: string) =>
      Object.fromEntries(
        [
          'notStrategic',
          'lowMoneyExpectation',
          'noNeed',
          'largeCustomerFirst',
          'otherRegionsBetter',
          'infoLeakFear',
          'other',
        ].map((r) => [r, r === reason ? 1 : 0]),
      );
    const source = oddSource({
      population: { ...GANGWON.population, largeFirmShare: 1, mediumFirmShare: 0 },
      membership: { reasons: only('noNeed') },
    });
    expect(attributesText(source)).toBe(
      'With the defaults the reasons of the 17 firms that stay out come out as 0 notStrategic, 0 lowMoneyExpectation, ' +
        '17 noNeed, 0 largeCustomerFirst, 0 otherRegionsBetter, 0 infoLeakFear and 0 other. 51 of the 51 firms ' +
        '(100.0%) are large.',
    );
  });

  it('adds up to the firms that stay out, whatever the draws', () => {
    const text = attributesText(oddSource(GANGWON));
    const numbers = [
      ...text.matchAll(
        /(\d+) (?:notStrategic|lowMoneyExpectation|noNeed|largeCustomerFirst|otherRegionsBetter|infoLeakFear|other)\b/g,
      ),
    ].map((m) => Number(m[1]));
    expect(numbers).toHaveLength(7);
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(17);
  });
});

describe('initialNetworkText', () => {
  it('says so when there are no ties', () => {
    const none = { iurTiesPerFirm: 0, firmTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0 };
    expect(initialNetworkText(oddSource({ ...GANGWON, initialNetwork: none }))).toBe(
      'With the defaults the step-0 network has no ties.',
    );
  });

  it('measures the member network as the step-0 row does: per member firm, across MCs and regions', () => {
    // Firm-firm ties only, all local, drawn by every park firm (the pre-programme network, 5.4): the member network
    // is the ties between two of the 12 member firms, 2 x those / 12 firm-firm ties per member firm.
    const source = oddSource({
      ...GANGWON,
      initialNetwork: { iurTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0, localShare: 1 },
    });
    const { ties, agents } = source.model;
    let between = 0;
    for (let s = 0; s < ties.size; s++) between += ties.alive[s] & agents.member[ties.a[s]] & agents.member[ties.b[s]];
    expect(between).toBeGreaterThan(0);
    expect(ties.count).toBeGreaterThan(between);
    expect(initialNetworkText(source)).toBe(
      `With the defaults the step-0 network has ${ties.count} ties, ${between} of them between two members (the member ` +
        `network) and ${ties.count - between} with a non-member end. Measured as the step-0 row of \`timeseries.csv\` ` +
        `(the member network): 0.00 IUR ties and ${((2 * between) / 12).toFixed(2)} firm-firm ties per member firm, ` +
        'none of the ties across MCs and none across regions.',
    );
  });

  it('counts ties with a non-member end apart from the member network', () => {
    const source = oddSource({
      ...GANGWON,
      initialNetwork: { iurTiesPerFirm: 0, firmTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0 },
    });
    const { agents, mcs, ties } = source.model;
    // A member firm of MC 0 tied to a firm that joins later, and to a member firm of MC 1.
    const outsider = [...Array(agents.count).keys()].find((i) => agents.kind[i] === FIRM && agents.member[i] === 0)!;
    const tie = { trust: 0.5, strength: 0.5, step: 0, origin: ORIGIN_INITIAL };
    addTie(ties, mcs.start[0], outsider, tie);
    addTie(ties, mcs.start[0], mcs.start[1], tie);
    expect(initialNetworkText(source)).toBe(
      'With the defaults the step-0 network has 2 ties, 1 of them between two members (the member network) and 1 ' +
        'with a non-member end. Measured as the step-0 row of `timeseries.csv` (the member network): 0.00 IUR ties ' +
        'and 0.17 firm-firm ties per member firm, 100% of the ties across MCs and none across regions.',
    );
  });
});
