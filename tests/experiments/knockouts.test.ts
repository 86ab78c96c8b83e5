// The registry of knock-outs: bad entries first, then every entry's paths against the scenario schema, policies that
// would switch a mechanism back on, and, on a tiny seeded scenario, that each knock-out really stops what its mechanism
// does (the counter or tie store the mechanism writes).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/run.js';
import { KNOCKOUTS, knockOut, knockoutText, knockoutValues } from '../../src/experiments/knockouts.js';
import { parameterPaths } from '../../src/experiments/params.js';
import {
  ORIGIN_BROKERED,
  ORIGIN_EVENT,
  ORIGIN_REFERRAL,
  ORIGIN_SEARCH,
  type Model,
  type StepCounts,
} from '../../src/model/types.js';
import { getPath } from '../../src/scenario/params-path.js';
import { ScenarioError } from '../../src/scenario/problems.js';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema.js';
import { POLICY_GROUPS } from '../../src/scenario/validate.js';

const tiny = (input: ScenarioInput = {}): Scenario =>
  scenarioSchema.parse({ name: 'tiny', steps: 24, seed: 5, ...input, population: { scale: 0.1 } });

describe('knockOut on entries that are not valid', () => {
  it('names the knock-out, the path and what was expected', () => {
    const scenario = tiny();
    expect(() => knockOut(scenario, { id: 'typo', label: 't', set: { 'search.randomShar': 0 } })).toThrow(
      ScenarioError,
    );
    expect(() => knockOut(scenario, { id: 'typo', label: 't', set: { 'search.randomShar': 0 } })).toThrow(
      /^knock-out typo: search\.randomShar: unknown key "randomShar": did you mean "randomShare"\?/,
    );
    expect(() => knockOut(scenario, { id: 'big', label: 'b', set: { 'trust.gain': 2 } })).toThrow(
      'knock-out big: trust.gain: expected a number <= 1, got 2',
    );
    expect(() => knockOut(scenario, { id: 'none', label: 'n', cannot: 'fixed in code' })).toThrow(
      /none cannot be switched off: fixed in code/,
    );
  });
});

describe('the registry', () => {
  const paths = parameterPaths();

  it('has unique ids, and for each entry either values to set or the reason it cannot', () => {
    const ids = KNOCKOUTS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of KNOCKOUTS) expect(k.set === undefined).toBe(k.cannot !== undefined);
  });

  it('sets only parameters of the schema that a policy may change, and reads sameAs from parameters', () => {
    for (const k of KNOCKOUTS) {
      for (const [path, value] of Object.entries(k.set ?? {})) {
        expect(paths, `${k.id}: ${path}`).toContain(path);
        expect(POLICY_GROUPS, `${k.id}: ${path}`).toContain(path.split('.')[0]);
        if (typeof value === 'object') expect(paths, `${k.id}: ${value.sameAs}`).toContain(value.sameAs);
      }
    }
  });

  it('changes the default scenario with every entry, and validates', () => {
    const scenario = scenarioSchema.parse({ name: 'default' });
    for (const k of KNOCKOUTS.filter((k) => k.set)) {
      const out = knockOut(scenario, k);
      expect(JSON.stringify(out), k.id).not.toBe(JSON.stringify(scenario));
      for (const [path, value] of Object.entries(knockoutValues(scenario, k)))
        expect(getPath(out, path), `${k.id}: ${path}`).toBe(value);
    }
    const crossMc = KNOCKOUTS.find((k) => k.id === 'cross-mc-decay')!;
    expect(knockoutValues(tiny({ decay: { ratePerMonth: 0.07 } }), crossMc)).toEqual({
      'decay.crossMcRatePerMonth': 0.07,
    });
    expect(knockoutText(crossMc)).toBe('decay.crossMcRatePerMonth=decay.ratePerMonth');
    expect(knockoutText(KNOCKOUTS.find((k) => k.id === 'satisfaction-weights')!)).toBe('satisfaction.weights.*=0.2');
    expect(knockoutText(KNOCKOUTS.find((k) => k.id === 'tie-decay')!)).toBe(
      'decay.ratePerMonth=0 decay.crossMcRatePerMonth=0 decay.dropBelow=0',
    );
  });

  it('takes its paths out of policies, so that none switches the mechanism back on; sameAs follows its source', () => {
    const scenario = tiny({
      policies: [
        { at: 6, set: { 'membership.contactBonus': 3, 'budget.subsidyLevel': 0.5 } },
        { at: 8, set: { 'decay.ratePerMonth': 0.09 } },
      ],
    });
    const contacts = knockOut(scenario, KNOCKOUTS.find((k) => k.id === 'contacts')!);
    expect(contacts.membership.contactBonus).toBe(0);
    expect(contacts.policies.map((p) => p.set)).toEqual([
      { 'budget.subsidyLevel': 0.5 },
      { 'decay.ratePerMonth': 0.09 },
    ]);
    const crossMc = knockOut(scenario, KNOCKOUTS.find((k) => k.id === 'cross-mc-decay')!);
    expect(crossMc.decay.crossMcRatePerMonth).toBe(scenario.decay.ratePerMonth);
    expect(crossMc.policies[1].set).toEqual({ 'decay.ratePerMonth': 0.09, 'decay.crossMcRatePerMonth': 0.09 });
    expect(scenario.policies[1].set).toEqual({ 'decay.ratePerMonth': 0.09 });
  });
});

/** A run of a tiny scenario, its model at the end and its counts summed over the steps. */
function runOf(scenario: Scenario): { model: Model; totals: Omit<StepCounts, 'tasksSolved'> } {
  const totals = {
    events: 0,
    attendances: 0,
    meetings: 0,
    tiesFormed: 0,
    tiesDropped: 0,
    joined: 0,
    left: 0,
    feeRefusals: 0,
    mcsDissolved: 0,
    subMcEvents: 0,
  };
  const { model } = simulate(scenario, {
    onStep: (m) => {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += m.counts[key];
    },
  });
  return { model, totals: totals as unknown as Omit<StepCounts, 'tasksSolved'> };
}

/** Live ties made after step 0 with this origin. */
function tiesOf(model: Model, origin: number): number {
  const t = model.ties;
  let n = 0;
  for (let s = 0; s < t.size; s++) if (t.alive[s] === 1 && t.origin[s] === origin) n++;
  return n;
}

/** Live ties whose ends are in different MCs. */
function crossMcTies(model: Model): number {
  const t = model.ties;
  let n = 0;
  for (let s = 0; s < t.size; s++) if (t.alive[s] === 1 && model.agents.mc[t.a[s]] !== model.agents.mc[t.b[s]]) n++;
  return n;
}

/** Live ties made since step 0 by meeting, search or brokering (trust.initial when made) whose trust moved since. */
function learnedTrust(model: Model): number {
  const t = model.ties;
  let n = 0;
  for (let s = 0; s < t.size; s++) {
    const fresh = t.origin[s] === ORIGIN_EVENT || t.origin[s] === ORIGIN_SEARCH || t.origin[s] === ORIGIN_BROKERED;
    if (t.alive[s] === 1 && fresh && t.trust[s] !== model.params.trust.initial) n++;
  }
  return n;
}

function meanSatisfaction(model: Model): number {
  const a = model.agents;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.count; i++) {
    if (a.member[i] !== 1) continue;
    sum += a.satisfaction[i];
    n++;
  }
  return sum / n;
}

/** Members whose satisfaction is not satisfaction.initial. */
function movedSatisfaction(model: Model): number {
  const a = model.agents;
  let n = 0;
  for (let i = 0; i < a.count; i++)
    if (a.member[i] === 1 && a.satisfaction[i] !== model.params.satisfaction.initial) n++;
  return n;
}

type Run = ReturnType<typeof runOf>;

/**
 * For every knock-out: the scenario it is tried on (where the default has nothing to switch off), what its mechanism
 * does, and how that must compare between the intact and the knocked-out run.
 */
const PROBES: Record<
  string,
  { input?: ScenarioInput; measure: (r: Run) => number; expect: 'zero' | 'fewer' | 'more' | 'differs' }
> = {
  'random-search': { measure: (r) => tiesOf(r.model, ORIGIN_SEARCH), expect: 'fewer' },
  referrals: { measure: (r) => tiesOf(r.model, ORIGIN_REFERRAL), expect: 'zero' },
  'trust-learning': { measure: (r) => learnedTrust(r.model), expect: 'zero' },
  brokering: { measure: (r) => tiesOf(r.model, ORIGIN_BROKERED), expect: 'zero' },
  meetings: { measure: (r) => r.totals.meetings + tiesOf(r.model, ORIGIN_EVENT), expect: 'zero' },
  'satisfaction-weights': { measure: (r) => meanSatisfaction(r.model), expect: 'differs' },
  'satisfaction-dynamics': { measure: (r) => movedSatisfaction(r.model), expect: 'zero' },
  'tie-decay': { measure: (r) => r.totals.tiesDropped, expect: 'zero' },
  'cross-mc-decay': { measure: (r) => crossMcTies(r.model), expect: 'more' },
  leaving: { measure: (r) => r.totals.left, expect: 'fewer' },
  'fee-burden': {
    input: { budget: { feePerFirmMonth: 0.5 } },
    measure: (r) => r.totals.joined - r.totals.left,
    expect: 'more',
  },
  guests: { input: { levers: { openEventShare: 0.5 } }, measure: (r) => r.totals.attendances, expect: 'fewer' },
  contacts: { measure: (r) => r.totals.joined, expect: 'fewer' },
  'self-organised': { input: { budget: { subsidyLevel: 0 } }, measure: (r) => r.totals.events, expect: 'zero' },
  dissolution: {
    input: { budget: { subsidyLevel: 0 }, events: { selfOrganisedShare: 0, dissolveAfterMonths: 3 } },
    measure: (r) => r.totals.mcsDissolved,
    expect: 'zero',
  },
  'fee-refusal': {
    input: { policies: [{ at: 2, set: { 'budget.feePerFirmMonth': 0.05 } }] },
    measure: (r) => r.totals.feeRefusals,
    expect: 'zero',
  },
  'activity-participation': {
    input: { budget: { subsidyLevel: 0 }, events: { selfOrganisedShare: 0, dissolveAfterMonths: 0 } },
    measure: (r) => r.totals.joined - r.totals.left,
    expect: 'more',
  },
  'activity-mix': {
    input: {
      levers: {
        activityMix: { projectTeams: 1, seminars: 0, companyVisits: 0, crossRegion: 0, online: 0, communities: 0 },
      },
    },
    measure: (r) => r.totals.meetings,
    expect: 'fewer',
  },
  'exit-effort': {
    input: { levers: { exitRule: 'least-efficient', exitEvery: 6 } },
    measure: (r) => r.totals.events,
    expect: 'fewer',
  },
};

describe('each knock-out switches its mechanism off', () => {
  it('has a probe for every entry of the registry', () => {
    expect(Object.keys(PROBES).sort()).toEqual(
      KNOCKOUTS.filter((k) => k.set)
        .map((k) => k.id)
        .sort(),
    );
  });

  it.each(KNOCKOUTS.filter((k) => k.set).map((k) => [k.id, k] as const))(
    '%s: the run differs from the intact one where the mechanism acts',
    (id, knockout) => {
      const probe = PROBES[id];
      const scenario = tiny(probe.input);
      const intact = probe.measure(runOf(scenario));
      const out = probe.measure(runOf(knockOut(scenario, knockout)));
      if (probe.expect === 'zero') {
        expect(intact).toBeGreaterThan(0);
        expect(out).toBe(0);
      } else if (probe.expect === 'fewer') expect(out).toBeLessThan(intact);
      else if (probe.expect === 'more') expect(out).toBeGreaterThan(intact);
      else expect(out).not.toBe(intact);
    },
  );

  it('leaves firms without ties searching at random: random search is only partly switched off, and says so', () => {
    const knockout = KNOCKOUTS.find((k) => k.id === 'random-search')!;
    expect(knockout.note).toMatch(/a firm with no tie still searches at random/);
    // With no pre-programme ties, the firms that start without a tie are the ones that still search.
    const none = { iurTiesPerFirm: 0, firmTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0 };
    const out = runOf(knockOut(tiny({ initialNetwork: none }), knockout));
    expect(tiesOf(out.model, ORIGIN_SEARCH)).toBeGreaterThan(0);
  });
});
