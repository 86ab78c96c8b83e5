// The worker's session: levers into a scenario and back, levers changed mid-run, the snapshot and rows sent to the page.
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { leversOf, scenarioWithLevers, WITHDRAWAL_LABEL } from '../../src/web/levers.js';
import type { LeverSettings } from '../../src/web/protocol.js';
import { advance, changeLever, measure, snapshot, startModel } from '../../src/web/worker/session.js';
import { tieSort, tiesBySort } from '../../src/web/worker/ties-by-sort.js';
import { AGENCY, FIRM, INSTITUTE, PROFESSOR } from '../../src/model/types.js';

const classroom = scenarioSchema.parse({ population: { regions: ['gangwon'] } });
const defaults = leversOf(classroom);

describe('levers', () => {
  it('reads the defaults of a scenario', () => {
    expect(defaults).toEqual({
      openEventShare: 0, nonStrategicFirms: false, scope: 'park', subsidyLevel: 1, withdrawalAt: null,
      feePerFirmMonth: 0, initiative: false, expertPool: false,
    });
  });
  it('writes levers into a scenario and reads them back, the withdrawal as one policy', () => {
    const levers: LeverSettings = {
      openEventShare: 0.5, nonStrategicFirms: true, scope: 'national', subsidyLevel: 1.5, withdrawalAt: 24,
      feePerFirmMonth: 0.2, initiative: true, expertPool: true,
    };
    const scenario = scenarioWithLevers(classroom, levers);
    expect(leversOf(scenario)).toEqual(levers);
    expect(scenario.policies).toEqual([{ at: 24, set: { 'budget.subsidyLevel': 0 }, rampSteps: 0, label: WITHDRAWAL_LABEL }]);
    expect(scenarioWithLevers(scenario, { ...levers, withdrawalAt: null }).policies).toEqual([]);
    expect(classroom.levers.scope).toBe('park');
  });
});

describe('changeLever', () => {
  it('sets a parameter of the running model', () => {
    const model = startModel(classroom, 1, defaults);
    changeLever(model, { key: 'scope', value: 'region' });
    changeLever(model, { key: 'openEventShare', value: 0.75 });
    expect(model.params.levers.scope).toBe('region');
    expect(model.params.levers.openEventShare).toBe(0.75);
  });
  it('withdraws the subsidy at its step, and undoes the withdrawal when it is switched off', () => {
    const model = startModel(classroom, 1, defaults);
    changeLever(model, { key: 'withdrawalAt', value: 2 });
    advance(model);
    expect(model.params.budget.subsidyLevel).toBe(1);
    advance(model);
    expect(model.params.budget.subsidyLevel).toBe(0);
    expect(leversOf(model).withdrawalAt).toBe(2);
    changeLever(model, { key: 'withdrawalAt', value: null });
    expect(model.params.budget.subsidyLevel).toBe(1);
    expect(model.policies).toEqual([]);
  });
  it('changes the run: the same seed without subsidy holds fewer events', () => {
    const withSubsidy = startModel(classroom, 7, defaults);
    const without = startModel(classroom, 7, defaults);
    changeLever(without, { key: 'subsidyLevel', value: 0 });
    const events = (model: typeof without) => [1, 2, 3].map(() => advance(model).row.events as number).reduce((a, b) => a + b);
    expect(events(without)).toBeLessThan(events(withSubsidy));
  });
});

describe('what the page is sent', () => {
  it('sends the member ties as pairs, as many as the recorder counts, sorted by kinds', () => {
    const model = startModel(classroom, 1, defaults);
    advance(model);
    const net = snapshot(model);
    const { row, tiesBySort: sorts } = measure(model);
    expect(net.ties.length).toBe(2 * (row.ties as number));
    expect(sorts.reduce((a, b) => a + b)).toBe(row.ties);
    expect(tiesBySort(model)).toEqual(sorts);
    for (let k = 0; k < net.ties.length; k++) expect(net.member[net.ties[k]]).toBe(1);
    expect(net.step).toBe(1);
  });
  it('sorts ties by the kinds of their ends, in either order', () => {
    expect([tieSort(FIRM, FIRM), tieSort(PROFESSOR, FIRM), tieSort(FIRM, INSTITUTE), tieSort(AGENCY, FIRM)]).toEqual([0, 1, 1, 2]);
    expect([tieSort(PROFESSOR, INSTITUTE), tieSort(AGENCY, PROFESSOR), tieSort(AGENCY, AGENCY)]).toEqual([3, 4, 4]);
  });
});
