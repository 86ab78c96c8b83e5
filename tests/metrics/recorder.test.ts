// The recorder: the dates of steps, the columns of a row, costly columns left empty between measurements,
// and each column equal to its metric on the eight-agent model.
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/metrics/outcomes.js';
import { record, stepDate } from '../../src/metrics/recorder.js';
import { FACTORS } from '../../src/model/types.js';
import { eightAgents } from '../helpers/networks.js';

describe('stepDate', () => {
  it('dates step 0 to the month before the start, and step t to month t', () => {
    expect(stepDate(2005, 0)).toBe('2004-12');
    expect(stepDate(2005, 1)).toBe('2005-01');
    expect(stepDate(2005, 12)).toBe('2005-12');
    expect(stepDate(2005, 13)).toBe('2006-01');
    expect(stepDate(2005, 120)).toBe('2014-12');
  });
});

describe('OUTCOMES', () => {
  it('have unique names and a description each', () => {
    const names = OUTCOMES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of OUTCOMES) expect(c.description.length).toBeGreaterThan(0);
  });

  it('mark exactly clustering, communities and modularity as costly', () => {
    expect(OUTCOMES.filter((c) => c.costly).map((c) => c.name)).toEqual(['clustering', 'communities', 'modularity']);
  });

  it('include a column for each factor of Table 6', () => {
    const names = OUTCOMES.map((c) => c.name);
    for (const f of FACTORS) expect(names).toContain(`factor${f[0].toUpperCase()}${f.slice(1)}`);
  });
});

describe('record', () => {
  it('writes step, date and every column, in order, leaving costly columns null when not asked for', () => {
    const model = eightAgents();
    model.step = 3;
    const row = record(model, false);
    expect(Object.keys(row)).toEqual(['step', 'date', ...OUTCOMES.map((c) => c.name)]);
    expect([row.step, row.date]).toEqual([3, '2005-03']);
    expect([row.clustering, row.communities, row.modularity]).toEqual([null, null, null]);
  });

  it('measures the eight-agent model as worked out by hand', () => {
    const row = record(eightAgents(), true);
    expect(row).toMatchObject({
      members: 7,
      membersFirm: 4,
      membersProfessor: 1,
      membersInstitute: 1,
      membersAgency: 1,
      ties: 6,
      crossMcTieShare: 0.5,
      iurTiesPerFirm: 0.5,
      firmTiesPerFirm: 1,
      clustering: 0,
      events: 0,
      tasksSolved: 0,
      supportedMcs: 3,
      subsidisedMcs: 3,
      mcsWithFirmMembers: 2,
    });
    expect(row.density).toBeCloseTo(2 / 7, 15);
    expect(row.meanDegree).toBeCloseTo(12 / 7, 15);
    expect(row.giantComponentShare).toBeCloseTo(6 / 7, 15);
    expect(row.crossRegionTieShare).toBeCloseTo(1 / 6, 15);
    expect(row.meanTrust).toBeCloseTo(3.1 / 6, 15);
    expect(row.meanSatisfaction).toBeCloseTo(0.6, 15);
    expect(typeof row.communities).toBe('number');
    expect(typeof row.modularity).toBe('number');
  });

  it("reads this step's counts", () => {
    const model = eightAgents();
    model.counts.tasksSolved = [1, 2, 0, 0, 3];
    model.counts.joined = 2;
    model.mcs.supported[1] = 0;
    const row = record(model, false);
    expect([
      row.tasksSolved,
      row.tasksSolvedRnd,
      row.tasksSolvedManagement,
      row.tasksSolvedOther,
      row.joined,
      row.supportedMcs,
    ]).toEqual([6, 1, 2, 3, 2, 2]);
  });

  it("draws nothing from the model's generator, even for the costly columns", () => {
    const model = eightAgents();
    record(model, true);
    expect(model.rng.used).toBe(0);
  });
});
