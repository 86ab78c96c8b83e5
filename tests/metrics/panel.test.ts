// Table 3's panel: every firm's ties to experts and to firms, counted at the planned steps, members or not.
import { describe, expect, it } from 'vitest';
import { emptyPanelRecord, panelMean, recordPanel } from '../../src/metrics/panel.js';
import { addTie } from '../../src/model/ties.js';
import { AGENCY, FIRM, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

const tie = { trust: 0.5, strength: 0.5, step: 0, origin: 0 };

describe('recordPanel', () => {
  it('records nothing at a step the plan does not name', () => {
    const model = tinyModel({ agents: [{ kind: FIRM }, { kind: PROFESSOR }] });
    const record = emptyPanelRecord();
    recordPanel(model, { tieSteps: [3], memberSteps: [4] }, record);
    expect(record.ties.size + record.members.size).toBe(0);
  });

  it("counts each firm's ties to experts and to firms, partners in or out of the MCs, and the member firms", () => {
    // Firm 0 (member): professor 2, firm 1 (not a member), agency 3. Firm 1: firm 0. Agency and professor: not firms.
    const model = tinyModel({
      agents: [{ kind: FIRM }, { kind: FIRM, member: false }, { kind: PROFESSOR }, { kind: AGENCY }],
    });
    addTie(model.ties, 0, 2, tie);
    addTie(model.ties, 0, 1, tie);
    addTie(model.ties, 0, 3, tie);
    const record = emptyPanelRecord();
    recordPanel(model, { tieSteps: [0], memberSteps: [0] }, record);
    expect(Array.from(record.ties.get(0)!.iurTies)).toEqual([1, 0, 0, 0]);
    expect(Array.from(record.ties.get(0)!.firmTies)).toEqual([1, 1, 0, 0]);
    expect(Array.from(record.members.get(0)!)).toEqual([1, 0, 0, 0]);
    expect(panelMean(record, 'firmTies', 0, 0)).toBe(1);
  });
});
