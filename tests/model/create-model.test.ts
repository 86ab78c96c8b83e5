// Initialisation: bad input first, then agent counts worked out by hand from the paper's totals, the layout invariants,
// the reasons for staying out, the 2004 network's ties, and determinism by seed.
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/model/create-model.js';
import { SECTORS } from '../../src/model/geography.js';
import {
  AGENCY,
  FIRM,
  INSTITUTE,
  LARGE,
  ORIGIN_INITIAL,
  PROFESSOR,
  STAY_OUT_REASONS,
  type Model,
} from '../../src/model/types.js';
import { tieStoreViolations } from '../helpers/invariants.js';
import { withTestParams } from '../helpers/test-params.js';

const gangwon = () => createModel(withTestParams({ population: { regions: ['gangwon'] } }));

function idsOf(model: Model, c: number, kind: number): number[] {
  const ids: number[] = [];
  for (let i = model.mcs.start[c]; i < model.mcs.end[c]; i++) if (model.agents.kind[i] === kind) ids.push(i);
  return ids;
}

describe('createModel on bad input', () => {
  it('throws on a scenario the schema rejects', () => {
    expect(() => createModel({ steps: 0 })).toThrow();
    expect(() => createModel({ population: { scale: -1 } })).toThrow();
  });
});

describe('createModel agent counts', () => {
  it('sizes the whole programme at scale 0.1: 847 agents, 376 members at step 0', () => {
    // Firms round(456.6) = 457, staying out round(228.3) = 228, professors 78, institutes 21, agencies 63: 847.
    // Member firms: 457 over 81 MCs is 52 MCs of 6 (round(2.7) = 3 members) and 29 of 5 (round(2.25) = 2): 214; plus
    // 162 others.
    const model = createModel(withTestParams({ population: { scale: 0.1 } }));
    expect(model.agents.count).toBe(847);
    expect(model.mcs.count).toBe(81);
    expect(model.agents.member.reduce((a, b) => a + b, 0)).toBe(376);
  });

  it("lays out Gangwon's six MCs with the counts worked out by hand", () => {
    // Gangwon is 6/81 of the programme: firms round(338.2) = 338 -> 57, 57, 56 x 4; staying out round(169.1) = 169 ->
    // 29, 28 x 5; professors 58 -> 10 x 4, 9 x 2; institutes 16 -> 3 x 4, 2 x 2; agencies 47 -> 8 x 5, 7. MC 0: 57 + 29
    // + 10 + 3 + 8 = 107.
    const model = gangwon();
    expect(model.agents.count).toBe(628);
    expect(Array.from(model.mcs.start)).toEqual([0, 107, 213, 318, 423, 526]);
    expect(Array.from(model.mcs.end)).toEqual([107, 213, 318, 423, 526, 628]);
    expect(Array.from(model.mcs.kindStart.slice(0, 5))).toEqual([0, 86, 96, 99, 107]);
    // 26 = round(57 x 0.45) member firms, 31 joining firms, 29 staying out.
    const firms = idsOf(model, 0, FIRM);
    expect(firms.filter((i) => model.agents.member[i] === 1)).toEqual(Array.from({ length: 26 }, (_, k) => k));
    expect(firms.filter((i) => model.agents.reason[i] === 0)).toHaveLength(57);
    expect(firms.filter((i) => model.agents.reason[i] > 0)).toHaveLength(29);
  });
});

describe('createModel layout', () => {
  const model = gangwon();
  const { agents, mcs } = model;

  it("keeps each MC's agents contiguous and each kind contiguous within its MC", () => {
    for (let c = 0; c < mcs.count; c++) {
      if (c > 0) expect(mcs.start[c]).toBe(mcs.end[c - 1]);
      for (let k = 0; k < 4; k++) {
        for (let i = mcs.kindStart[c * 5 + k]; i < mcs.kindStart[c * 5 + k + 1]; i++) {
          expect([agents.kind[i], agents.mc[i]]).toEqual([k, c]);
        }
      }
      expect(mcs.kindStart[c * 5 + 4]).toBe(mcs.end[c]);
    }
  });

  it('makes the first agency of each MC its coordinator', () => {
    for (let c = 0; c < mcs.count; c++) expect(mcs.coordinator[c]).toBe(idsOf(model, c, AGENCY)[0]);
    expect(Array.from(mcs.coordinator)).toEqual([99, 205, 310, 415, 518, 621]);
  });

  it('makes experts and agencies members, and gives every agent the initial satisfaction and a capability in range', () => {
    for (let i = 0; i < agents.count; i++) {
      if (agents.kind[i] !== FIRM) expect(agents.member[i]).toBe(1);
      expect(agents.satisfaction[i]).toBe(0.6);
      expect(agents.capability[i]).toBeGreaterThanOrEqual(0.3);
      expect(agents.capability[i]).toBeLessThan(1);
    }
  });

  it('makes large firms the lead firms, and gives firms staying out "not strategic" another sector', () => {
    let notStrategic = 0;
    for (let i = 0; i < agents.count; i++) {
      expect(agents.lead[i]).toBe(agents.kind[i] === FIRM && agents.size[i] === LARGE ? 1 : 0);
      if (STAY_OUT_REASONS[agents.reason[i]] === 'notStrategic') {
        notStrategic++;
        expect(agents.sector[i]).not.toBe(mcs.sector[agents.mc[i]]);
        expect(agents.sector[i]).toBeLessThan(SECTORS.length);
      } else {
        expect(agents.sector[i]).toBe(mcs.sector[agents.mc[i]]);
      }
    }
    expect(notStrategic).toBeGreaterThan(0);
  });

  it('sets the region and park ranges to the MCs that hold them', () => {
    expect([model.ranges.regionStart[5], model.ranges.regionEnd[5]]).toEqual([0, 628]);
    expect([model.ranges.parkStart[11], model.ranges.parkEnd[11]]).toEqual([0, 628]);
    expect(model.ranges.regionEnd[0]).toBe(0);
  });
});

describe('createModel initial network', () => {
  const model = createModel(withTestParams({ population: { scale: 0.2 } }));
  const { agents, ties, params } = model;

  it('keeps a sound tie store', () => {
    expect(ties.count).toBeGreaterThan(0);
    expect(tieStoreViolations(ties)).toEqual([]);
  });

  it('ties park agents within their region at step 0, with trust and strength in the configured ranges', () => {
    for (let s = 0; s < ties.size; s++) {
      const [a, b] = [ties.a[s], ties.b[s]];
      expect(agents.region[a]).toBe(agents.region[b]);
      expect([ties.createdAt[s], ties.lastUsed[s], ties.origin[s]]).toEqual([0, 0, ORIGIN_INITIAL]);
      expect(ties.trust[s]).toBeGreaterThanOrEqual(params.initialNetwork.trustMin);
      expect(ties.trust[s]).toBeLessThan(params.initialNetwork.trustMax);
      expect(ties.strength[s]).toBeGreaterThanOrEqual(params.initialNetwork.strengthMin);
      expect(ties.strength[s]).toBeLessThan(params.initialNetwork.strengthMax);
    }
  });

  it('ties only firm-expert, firm-firm, firm-agency and expert-expert pairs', () => {
    const isExpert = (k: number) => k === PROFESSOR || k === INSTITUTE;
    for (let s = 0; s < ties.size; s++) {
      const [ka, kb] = [agents.kind[ties.a[s]], agents.kind[ties.b[s]]];
      expect(ka === FIRM || kb === FIRM || (isExpert(ka) && isExpert(kb))).toBe(true);
    }
  });

  it('seeds the pre-programme network among all park firms: future joiners and firms staying out have ties too', () => {
    // The network exists before any MC (Table 3's 2004 baseline is the participating firms' own, pre-programme).
    let tiedNonMembers = 0;
    let tiesToNonMembers = 0;
    for (let i = 0; i < agents.count; i++) {
      if (agents.kind[i] !== FIRM || agents.member[i] === 1) continue;
      if (ties.degree[i] > 0) tiedNonMembers++;
    }
    for (let s = 0; s < ties.size; s++) if (agents.member[ties.a[s]] !== agents.member[ties.b[s]]) tiesToNonMembers++;
    expect(tiedNonMembers).toBeGreaterThan(0);
    expect(tiesToNonMembers).toBeGreaterThan(0);
  });

  it('makes no ties at all when every mean is 0', () => {
    const none = createModel({
      population: { scale: 0.1 },
      initialNetwork: { iurTiesPerFirm: 0, firmTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0 },
    });
    expect(none.ties.count).toBe(0);
  });
});

describe('createModel determinism', () => {
  const snapshot = (m: Model) => [
    Array.from(m.agents.capability),
    Array.from(m.agents.size),
    Array.from(m.agents.reason),
    Array.from(m.ties.a.slice(0, m.ties.size)),
    Array.from(m.ties.b.slice(0, m.ties.size)),
    Array.from(m.ties.trust.slice(0, m.ties.size)),
  ];

  it('builds the same model from the same seed', () => {
    expect(snapshot(createModel({ seed: 5, population: { scale: 0.1 } }))).toEqual(
      snapshot(createModel({ seed: 5, population: { scale: 0.1 } })),
    );
  });

  it("lets the seed option override the scenario's seed", () => {
    const overridden = createModel({ seed: 5, population: { scale: 0.1 } }, { seed: 9 });
    expect(overridden.seed).toBe('9');
    expect(snapshot(overridden)).toEqual(snapshot(createModel({ seed: 9, population: { scale: 0.1 } })));
    expect(snapshot(overridden)).not.toEqual(snapshot(createModel({ seed: 5, population: { scale: 0.1 } })));
  });

  it("does not share the scenario's objects with the model", () => {
    const scenario = { population: { scale: 0.1 }, levers: { scope: 'park' as const } };
    const model = createModel(scenario);
    model.params.levers.scope = 'national';
    expect(scenario.levers.scope).toBe('park');
  });
});

describe('createModel: the initial network respects tie capacity', () => {
  it('leaves no agent over its capacity, even with tight capacities', () => {
    const model = createModel({
      seed: 14,
      population: { scale: 0.1 },
      tieFormation: { capacity: { firm: 3, professor: 4, institute: 4, agency: 5 } },
      initialNetwork: { iurTiesPerFirm: 0.5, firmTiesPerFirm: 0.5, agencyTiesPerFirm: 0.3, expertTiesPerExpert: 0.3 },
    });
    const caps = [3, 4, 4, 5];
    const over = [...model.ties.degree].filter((d, i) => d > caps[model.agents.kind[i]]);
    expect(over).toEqual([]);
  });
});
