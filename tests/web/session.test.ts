// The worker's session: levers into a scenario and back, levers changed mid-run, the snapshot and rows sent to the
// page.
import { describe, expect, it } from 'vitest';
import { getPath } from '../../src/scenario/params-path.js';
import { scenarioSchema, type Scope } from '../../src/scenario/schema.js';
import { LEVERS, type Lever, type LeverSettings } from '../../src/web/lever-registry.js';
import { isPreset, isTimed, isWhere, leversOf, scenarioWithLevers, timedPolicy } from '../../src/web/levers.js';
import { advance, changeLever, measure, snapshot, startModel } from '../../src/web/worker/session.js';
import { tieSort, tiesBySort } from '../../src/web/worker/ties-by-sort.js';
import { AGENCY, FIRM, INSTITUTE, PROFESSOR } from '../../src/model/types.js';

const classroom = scenarioSchema.parse({ population: { regions: ['gangwon'] } });
const defaults = leversOf(classroom);
/** The one timed lever of the registry (the subsidy's withdrawal). */
const timed = LEVERS.find(isTimed)!;

/** A value of the lever other than the given one, within the lever's range. */
function otherValue(lever: Lever, value: unknown): unknown {
  const c = lever.control;
  switch (c.kind) {
    case 'slider':
      return value === c.min ? c.max : c.min;
    case 'switch':
      return !value;
    case 'choice':
      return c.options.find((o) => o.value !== value)!.value;
    case 'timed':
      return value === null ? c.firstAt : null;
    case 'preset':
    case 'where':
      return c.options.find((o) => o.value !== value)!.value;
  }
}

describe('levers', () => {
  it("reads the defaults of a scenario: each parameter's default, and no timed policy", () => {
    const bare = scenarioSchema.parse({});
    for (const lever of LEVERS.filter((l) => !isTimed(l) && !isPreset(l) && !isWhere(l)))
      expect(defaults[lever.key], lever.key).toEqual(getPath(bare, lever.path));
    const scope: Scope = defaults.scope;
    expect([scope, defaults.subsidyLevel, defaults.withdrawalAt, defaults.withdrawalWhere]).toEqual([
      'park',
      1,
      null,
      'all',
    ]);
    expect(defaults.activityMix).toBe('asRun');
  });
  it('writes levers into a scenario and reads them back, each timed lever as one policy', () => {
    const levers = Object.fromEntries(LEVERS.map((l) => [l.key, otherValue(l, defaults[l.key])])) as LeverSettings;
    expect(LEVERS.every((l) => levers[l.key] !== defaults[l.key])).toBe(true);
    const scenario = scenarioWithLevers(classroom, levers);
    expect(leversOf(scenario)).toEqual(levers);
    for (const lever of LEVERS.filter((l) => !isTimed(l) && !isPreset(l) && !isWhere(l)))
      expect(getPath(scenario, lever.path), lever.path).toEqual(levers[lever.key]);
    expect(levers.withdrawalWhere).toBe('capital');
    expect(scenario.policies).toEqual([timedPolicy(timed, levers.withdrawalAt as number, 'capital')]);
    expect(scenario.policies[0].regions).toEqual(['capital']);
    expect(timedPolicy(timed, 24)).toEqual({
      at: 24,
      set: { 'budget.subsidyLevel': 0 },
      rampSteps: 0,
      label: timed.control.policyLabel,
    });
    expect(scenarioWithLevers(scenario, { ...levers, [timed.key]: null }).policies).toEqual([]);
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
  it('sets all six shares of an activity mix, and reads a mix that is no option as null', () => {
    const model = startModel(classroom, 1, defaults);
    changeLever(model, { key: 'activityMix', value: 'firmsWant' });
    expect(model.params.levers.activityMix).toEqual({
      projectTeams: 0.3425,
      seminars: 0.2385,
      companyVisits: 0.171,
      crossRegion: 0.1155,
      online: 0.072,
      communities: 0.0605,
    });
    expect(leversOf(model).activityMix).toBe('firmsWant');
    changeLever(model, { key: 'activityMix', value: null });
    expect(model.params.levers.activityMix.online).toBe(0.072);
    model.params.levers.activityMix.online = 0.1;
    expect(leversOf(model).activityMix).toBeNull();
    const started = startModel(classroom, 1, { ...defaults, activityMix: 'online' });
    expect(started.params.levers.activityMix).toEqual({
      projectTeams: 0.05,
      seminars: 0.25,
      companyVisits: 0.1,
      crossRegion: 0.05,
      online: 0.5,
      communities: 0.05,
    });
  });
  it('withdraws the subsidy in one region only: its MCs lose it, the global level stays', () => {
    const model = startModel(classroom, 1, { ...defaults, withdrawalAt: 1 });
    changeLever(model, { key: 'withdrawalWhere', value: 'gangwon' });
    expect(model.policies).toEqual([timedPolicy(timed, 1, 'gangwon')]);
    expect(model.policies[0].regions).toEqual(['gangwon']);
    advance(model);
    const scoped = model.mcs.scoped['budget.subsidyLevel'];
    expect(model.params.budget.subsidyLevel).toBe(1);
    expect(scoped.length).toBe(6);
    expect([...scoped]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(leversOf(model)).toMatchObject({ withdrawalAt: 1, withdrawalWhere: 'gangwon' });
    // Its step moves, its region stays; elsewhere (no MC of the classroom) the Gangwon MCs follow the global level.
    changeLever(model, { key: 'withdrawalAt', value: 3 });
    expect(model.policies).toEqual([timedPolicy(timed, 3, 'gangwon')]);
    changeLever(model, { key: 'withdrawalWhere', value: 'honam' });
    advance(model);
    expect(model.params.budget.subsidyLevel).toBe(1);
    expect([...scoped].every(Number.isNaN)).toBe(true);
    changeLever(model, { key: 'withdrawalAt', value: null });
    expect(model.policies).toEqual([]);
    expect(leversOf(model).withdrawalWhere).toBe('all');
  });
  it('sets every lever of the registry on a running model, as leversOf reads it back', () => {
    const model = startModel(classroom, 1, defaults);
    const changed = Object.fromEntries(LEVERS.map((l) => [l.key, otherValue(l, defaults[l.key])])) as LeverSettings;
    for (const lever of LEVERS)
      changeLever(model, { key: lever.key, value: changed[lever.key] } as Parameters<typeof changeLever>[1]);
    expect(leversOf(model)).toEqual(changed);
  });
  it('changes the run: the same seed without subsidy holds fewer events', () => {
    const withSubsidy = startModel(classroom, 7, defaults);
    const without = startModel(classroom, 7, defaults);
    changeLever(without, { key: 'subsidyLevel', value: 0 });
    const events = (model: typeof without) =>
      [1, 2, 3].map(() => advance(model).row.events as number).reduce((a, b) => a + b);
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
    expect([tieSort(FIRM, FIRM), tieSort(PROFESSOR, FIRM), tieSort(FIRM, INSTITUTE), tieSort(AGENCY, FIRM)]).toEqual([
      0, 1, 1, 2,
    ]);
    expect([tieSort(PROFESSOR, INSTITUTE), tieSort(AGENCY, PROFESSOR), tieSort(AGENCY, AGENCY)]).toEqual([3, 4, 4]);
  });
});
