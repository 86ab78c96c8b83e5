// Counts of MCs on the eight-agent model (MC 0: member firms 0 and 1 and outsider firm 2; MC 1: an institute only;
// MC 2: member firms 6 and 7): an MC counts once however many member firms it has, and not at all without one; an MC
// is subsidised while supported with a subsidy level above 0 in it.
import { describe, expect, it } from 'vitest';
import { mcsWithFirmMembers, subsidisedMcs } from '../../src/metrics/mcs.js';
import { FIRM } from '../../src/model/types.js';
import { eightAgents } from '../helpers/networks.js';
import { tinyModel } from '../helpers/tiny-model.js';

describe('mcsWithFirmMembers', () => {
  it('is 0 when no firm is a member, even with expert and agency members', () => {
    const model = eightAgents();
    for (const i of [0, 1, 6, 7]) model.agents.member[i] = 0;
    expect(mcsWithFirmMembers(model)).toBe(0);
  });

  it('counts each MC with a member firm once, and not the MC of outsiders and experts only: 2 of 3', () => {
    const model = eightAgents();
    expect(mcsWithFirmMembers(model)).toBe(2);
    model.agents.member[0] = 0;
    expect(mcsWithFirmMembers(model)).toBe(2);
    model.agents.member[1] = 0;
    expect(mcsWithFirmMembers(model)).toBe(1);
    model.agents.member[2] = 1;
    expect(mcsWithFirmMembers(model)).toBe(2);
  });

  it('counts an MC whose only firm is its last agent', () => {
    const model = tinyModel({ agents: [{ kind: FIRM, member: false }, { kind: FIRM }] });
    expect(mcsWithFirmMembers(model)).toBe(1);
  });
});

describe('subsidisedMcs', () => {
  it('is 0 without a reference subsidy or at subsidy level 0', () => {
    const model = eightAgents();
    model.params.budget.subsidyLevel = 0;
    expect(subsidisedMcs(model)).toBe(0);
    model.params.budget.subsidyLevel = 1;
    model.params.budget.subsidyPerMcMonth = 0;
    expect(subsidisedMcs(model)).toBe(0);
  });

  it('leaves out MCs whose support ended and MCs a region-scoped policy set to 0, and counts the rest', () => {
    const model = eightAgents();
    expect(subsidisedMcs(model)).toBe(3);
    model.mcs.supported[1] = 0;
    expect(subsidisedMcs(model)).toBe(2);
    model.mcs.scoped['budget.subsidyLevel'][2] = 0;
    expect(subsidisedMcs(model)).toBe(1);
    model.params.budget.subsidyLevel = 0;
    model.mcs.scoped['budget.subsidyLevel'][2] = 0.5;
    expect(subsidisedMcs(model)).toBe(1);
  });
});
