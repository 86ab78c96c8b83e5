// Whole-network metrics from the tally, every one against a value worked out by hand on an eight-agent model,
// with the empty and edge cases first.
import { describe, expect, it } from 'vitest';
import {
  crossMcTieShare,
  crossRegionMemberShare,
  crossRegionTieShare,
  density,
  firmTiesPerFirm,
  iurTiesPerFirm,
  meanDegree,
  meanTrust,
} from '../../src/metrics/network.js';
import { tallyNetwork, type NetworkTally } from '../../src/metrics/tally.js';
import { FIRM } from '../../src/model/types.js';
import { eightAgents } from '../helpers/networks.js';
import { tinyModel } from '../helpers/tiny-model.js';

const emptyTally = (): NetworkTally => ({
  membersByKind: [0, 0, 0, 0],
  members: 0,
  ties: 0,
  crossMcTies: 0,
  crossRegionTies: 0,
  membersWithCrossRegionTie: 0,
  iurTies: 0,
  firmFirmTies: 0,
  trustSum: 0,
  largestComponent: 0,
  satisfactionSum: 0,
  factorSums: [0, 0, 0, 0, 0],
});

describe('network metrics on an empty network', () => {
  it('are all 0, never NaN', () => {
    const t = emptyTally();
    expect([
      density(t),
      meanDegree(t),
      crossMcTieShare(t),
      crossRegionTieShare(t),
      crossRegionMemberShare(t),
      meanTrust(t),
      iurTiesPerFirm(t),
      firmTiesPerFirm(t),
    ]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('give density 0 for a single member', () => {
    expect(density({ ...emptyTally(), members: 1, membersByKind: [1, 0, 0, 0] })).toBe(0);
  });

  it('give density 1 for two tied members', () => {
    expect(density({ ...emptyTally(), members: 2, ties: 1 })).toBe(1);
  });
});

describe('tallyNetwork', () => {
  it('counts members by kind and the member ties of each sort', () => {
    expect(tallyNetwork(eightAgents())).toEqual({
      membersByKind: [4, 1, 1, 1],
      members: 7,
      ties: 6,
      crossMcTies: 3,
      crossRegionTies: 1,
      membersWithCrossRegionTie: 2, // members 0 and 6; the outsider's tie 2-7 across regions does not count
      iurTies: 2,
      firmFirmTies: 2,
      trustSum: expect.closeTo(3.1, 14),
      largestComponent: 6, // members 0, 1, 3, 4, 5 and 6; firm 7 has no member tie
      satisfactionSum: expect.closeTo(7 * 0.6, 14), // every member at the test parameters' initial satisfaction
      factorSums: [0, 0, 0, 0, 0],
    });
  });

  it('drops a tie from the tally when one end leaves', () => {
    const model = eightAgents();
    model.agents.member[6] = 0;
    const t = tallyNetwork(model);
    expect([t.members, t.ties, t.crossRegionTies, t.membersWithCrossRegionTie, t.firmFirmTies]).toEqual([
      6, 5, 0, 0, 1,
    ]);
  });
});

describe('tallyNetwork, called again on the same model', () => {
  // The tally keeps its buffers from call to call: a second call must see only the model as it is now.
  it('counts afresh after a member leaves: the same as a first tally of the changed model', () => {
    const model = eightAgents();
    tallyNetwork(model);
    model.agents.member[6] = 0;
    const again = tallyNetwork(model);
    const changed = eightAgents();
    changed.agents.member[6] = 0;
    expect(again).toEqual(tallyNetwork(changed));
    expect([again.members, again.ties, again.membersWithCrossRegionTie, again.largestComponent]).toEqual([6, 5, 0, 5]);
  });

  it('counts afresh after a member joins', () => {
    const model = eightAgents();
    model.agents.member[6] = 0;
    tallyNetwork(model);
    model.agents.member[6] = 1;
    expect(tallyNetwork(model)).toEqual(tallyNetwork(eightAgents()));
  });
});

describe('tallyNetwork at the limits of the agent fields', () => {
  // Three tied member firms; their MC and region are set beyond any small value: the tally packs them in one integer.
  const model = () =>
    tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM }, { kind: FIRM }],
      ties: [
        { a: 0, b: 1 },
        { a: 1, b: 2 },
      ],
    });

  it('tells MCs apart that differ only above the low bits (256 and 0; 65535 and 65279)', () => {
    const m = model();
    m.agents.mc.set([0, 256, 256]);
    expect(tallyNetwork(m).crossMcTies).toBe(1);
    m.agents.mc.set([65535, 65535, 65279]);
    expect(tallyNetwork(m).crossMcTies).toBe(1);
  });

  it('tells regions apart up to 255, and MCs and regions independently', () => {
    const m = model();
    m.agents.region.set([255, 255, 127]);
    m.agents.mc.set([65535, 65534, 65534]);
    const t = tallyNetwork(m);
    expect([t.crossRegionTies, t.membersWithCrossRegionTie, t.crossMcTies]).toEqual([1, 2, 1]);
  });
});

describe('network metrics worked out by hand', () => {
  const t = tallyNetwork(eightAgents());

  it('density = 2E / (n (n - 1)) = 12 / 42', () => {
    expect(density(t)).toBeCloseTo(2 / 7, 15);
  });

  it('meanDegree = 2E / n = 12 / 7', () => {
    expect(meanDegree(t)).toBeCloseTo(12 / 7, 15);
  });

  it('crossMcTieShare = 3 / 6 and crossRegionTieShare = 1 / 6', () => {
    expect(crossMcTieShare(t)).toBe(0.5);
    expect(crossRegionTieShare(t)).toBeCloseTo(1 / 6, 15);
  });

  it('crossRegionMemberShare = 2 members (0 and 6) tied across regions / 7 members', () => {
    expect(crossRegionMemberShare(t)).toBeCloseTo(2 / 7, 15);
  });

  it('iurTiesPerFirm = 2 IUR ties / 4 member firms', () => {
    expect(iurTiesPerFirm(t)).toBe(0.5);
  });

  it('firmTiesPerFirm = 2 x 2 firm-firm ties / 4 member firms', () => {
    expect(firmTiesPerFirm(t)).toBe(1);
  });

  it('meanTrust = (0.5 + 0.7 + 0.3 + 0.9 + 0.1 + 0.6) / 6', () => {
    expect(meanTrust(t)).toBeCloseTo(3.1 / 6, 15);
  });
});

describe('crossRegionMemberShare', () => {
  // Firm 0 in region 0; firms 1, 2 and 3 in region 1. Ties 0-1 and 0-2 cross regions, 1-3 does not.
  const model = tinyModel({
    mcs: [{ region: 0 }, { region: 1 }],
    agents: [{ kind: FIRM }, { kind: FIRM, mc: 1 }, { kind: FIRM, mc: 1 }, { kind: FIRM, mc: 1 }],
    ties: [
      { a: 0, b: 1 },
      { a: 0, b: 2 },
      { a: 1, b: 3 },
    ],
  });

  it('counts a member once however many ties it has across regions: 3 of 4 members', () => {
    const t = tallyNetwork(model);
    expect([t.crossRegionTies, t.membersWithCrossRegionTie]).toEqual([2, 3]);
    expect(crossRegionMemberShare(t)).toBe(0.75);
  });
});
