// Validation of parsed scenarios, bad input first: each problem's exact formatted message (formatProblem), then valid
// input.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/problems.js';
import { validateParameter, validateScenario } from '../../src/scenario/validate.js';

/** The formatted problems of a scenario object named f.yaml (no lines: the object did not come from a file). */
function problems(input: unknown): string[] {
  const result = validateScenario(input, 'f.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateScenario on input that is not a mapping', () => {
  it("rejects null, lists and scalars, naming only their kind (the input may be any file's content)", () => {
    expect(problems(null)).toEqual(['f.yaml: a scenario must be a mapping of keys to values, got null']);
    expect(problems([1])).toEqual(['f.yaml: a scenario must be a mapping of keys to values, got a list']);
    expect(problems('secret')).toEqual(['f.yaml: a scenario must be a mapping of keys to values, got a string']);
    expect(problems(true)).toEqual(['f.yaml: a scenario must be a mapping of keys to values, got true or false']);
  });

  it('names the input <scenario> when no file is given', () => {
    const result = validateScenario(3);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      '<scenario>: a scenario must be a mapping of keys to values, got a number',
    ]);
  });
});

describe('validateScenario on values above their bounds', () => {
  it('refuses counts, rates, sizes and factors above their caps, with the cap', () => {
    expect(
      problems({
        population: { firmMembers: 1_000_001, nonJoinerFirmRatio: 11 },
        initialNetwork: { firmTiesPerFirm: 1001 },
        events: { ratePerMcMonth: 1001, meetingsPerAttendee: 101, budgetElasticity: 6 },
        tieFormation: { intercept: -101, capacity: { agency: 1001 } },
        tasks: { mix: { rnd: 1_000_001 } },
        satisfaction: { memoryMonths: 2401 },
        budget: { subsidyLevel: 101, feePerFirmMonth: 1001 },
        levers: { exitEvery: 2401 },
      }),
    ).toEqual([
      'f.yaml: population.firmMembers: expected an integer <= 1000000, got 1000001',
      'f.yaml: population.nonJoinerFirmRatio: expected a number <= 10, got 11',
      'f.yaml: initialNetwork.firmTiesPerFirm: expected a number <= 1000, got 1001',
      'f.yaml: events.ratePerMcMonth: expected a number <= 1000, got 1001',
      'f.yaml: events.budgetElasticity: expected a number <= 5, got 6',
      'f.yaml: events.meetingsPerAttendee: expected an integer <= 100, got 101',
      'f.yaml: tieFormation.intercept: expected a number >= -100, got -101',
      'f.yaml: tieFormation.capacity.agency: expected a number <= 1000, got 1001',
      'f.yaml: tasks.mix.rnd: expected a number <= 1000000, got 1000001',
      'f.yaml: satisfaction.memoryMonths: expected a number <= 2400, got 2401',
      'f.yaml: budget.subsidyLevel: expected a number <= 100, got 101',
      'f.yaml: budget.feePerFirmMonth: expected a number <= 1000, got 1001',
      'f.yaml: levers.exitEvery: expected an integer <= 2400, got 2401',
    ]);
  });

  it('refuses a memory shorter than a month (it would make the monthly fade negative)', () => {
    expect(problems({ satisfaction: { memoryMonths: 0.5 } })).toEqual([
      'f.yaml: satisfaction.memoryMonths: expected a number >= 1, got 0.5',
    ]);
  });

  it('names only the tightest bound broken, not the safe-integer bound too', () => {
    expect(problems({ steps: 1e300, seed: 2 ** 53 })).toEqual([
      'f.yaml: seed: expected an integer <= 9007199254740991, got 9007199254740992',
      'f.yaml: steps: expected an integer <= 2400, got 1e+300',
    ]);
  });

  it('refuses long names and descriptions by their length, without echoing them', () => {
    expect(
      problems({
        name: 'n'.repeat(201),
        description: 'd'.repeat(10_001),
        policies: [{ at: 1, label: 'l'.repeat(201), set: { 'levers.scope': 'region' } }],
      }),
    ).toEqual([
      'f.yaml: name: expected text of at most 200 characters, got 201',
      'f.yaml: description: expected text of at most 10000 characters, got 10001',
      'f.yaml: policies[0].label: expected text of at most 200 characters, got 201',
    ]);
  });

  it('refuses more than 1000 policies and more than 6 regions', () => {
    const policy = { at: 1, set: { 'levers.scope': 'region' } };
    expect(problems({ policies: Array(1001).fill(policy) })).toEqual([
      'f.yaml: policies: expected at most 1000 items, got 1001',
    ]);
    expect(
      problems({
        population: { regions: ['capital', 'capital', 'capital', 'capital', 'capital', 'capital', 'capital'] },
      }),
    ).toEqual(['f.yaml: population.regions: expected at most 6 items, got 7']);
  });

  it("refuses a policy value above its parameter's cap, and a policy step beyond 2400", () => {
    expect(problems({ steps: 2400, policies: [{ at: 2401, set: { 'search.maxTries': 1001 } }] })).toEqual([
      'f.yaml: policies[0].at: expected an integer <= 2400, got 2401',
    ]);
    expect(problems({ policies: [{ at: 1, rampSteps: 2401, set: { 'events.ratePerMcMonth': 1e9 } }] })).toEqual([
      'f.yaml: policies[0].rampSteps: expected an integer <= 2400, got 2401',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'events.ratePerMcMonth': 1e9 } }] })).toEqual([
      'f.yaml: policies[0].set.events.ratePerMcMonth: expected a number <= 1000, got 1000000000',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'levers.exitEvery': 1e300 } }] })).toEqual([
      'f.yaml: policies[0].set.levers.exitEvery: expected an integer <= 2400, got 1e+300',
    ]);
  });

  it('accepts every cap itself', () => {
    expect(
      problems({
        name: 'n'.repeat(200),
        seed: Number.MAX_SAFE_INTEGER,
        steps: 2400,
        population: {
          firmMembers: 1_000_000,
          scale: 1000,
          regions: ['capital', 'daegyeong', 'chungcheong', 'dongnam', 'honam', 'gangwon'],
        },
        tieFormation: { intercept: 100, capacity: { firm: 1000 } },
        satisfaction: { memoryMonths: 2400 },
        policies: Array(1000).fill({ at: 2400, rampSteps: 2400, set: { 'budget.subsidyLevel': 100 } }),
      }),
    ).toEqual([]);
  });
});

describe('validateScenario on prototype names as keys', () => {
  it('reports __proto__ given as an own key (as JSON.parse and the YAML reader make it) as an unknown key', () => {
    expect(problems(JSON.parse('{"__proto__": {"steps": 3}, "levers": {"__proto__": 1}}'))).toEqual([
      'f.yaml: levers.__proto__: unknown key "__proto__"',
      'f.yaml: __proto__: unknown key "__proto__"',
    ]);
  });

  it("reports prototype names among a policy's parameters as unknown parameters, and no empty policy", () => {
    expect(
      problems(
        JSON.parse(
          '{"policies": [{"at": 1, "set": {"__proto__": 1}}, {"at": 1, "set": {"valueOf": {"a": 1}, "levers.scope": "region"}}]}',
        ),
      ),
    ).toEqual([
      'f.yaml: policies[0].set.__proto__: unknown parameter "__proto__"',
      'f.yaml: policies[1].set.valueOf: unknown parameter "valueOf"',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'tasks.mix.constructor': 1, 'levers.toString': 2 } }] })).toEqual([
      'f.yaml: policies[0].set.tasks.mix.constructor: unknown parameter "tasks.mix.constructor"',
      'f.yaml: policies[0].set.levers.toString: unknown parameter "levers.toString"',
    ]);
  });
});

describe('validateScenario on weights that are all 0', () => {
  const tail = 'give at least one a value above 0 (each is divided by their sum)';

  it('refuses each normalised group at all 0, and accepts one weight above 0', () => {
    const zero = { rnd: 0, management: 0, marketing: 0, hr: 0, other: 0 };
    expect(problems({ tasks: { mix: zero } })).toEqual([
      `f.yaml: tasks.mix: the weights of tasks.mix are all 0: ${tail}`,
    ]);
    expect(
      problems({
        satisfaction: {
          weights: { openness: 0, skilledPeople: 0, selfReliance: 0, communityCooperation: 0, jointIur: 0 },
        },
      }),
    ).toEqual([`f.yaml: satisfaction.weights: the weights of satisfaction.weights are all 0: ${tail}`]);
    const reasons = {
      notStrategic: 0,
      lowMoneyExpectation: 0,
      noNeed: 0,
      largeCustomerFirst: 0,
      otherRegionsBetter: 0,
      infoLeakFear: 0,
      other: 0,
    };
    expect(problems({ membership: { reasons } })).toEqual([
      `f.yaml: membership.reasons: the weights of membership.reasons are all 0: ${tail}`,
    ]);
    expect(problems({ tasks: { mix: { ...zero, hr: 1e-9 } } })).toEqual([]);
  });

  it('refuses a policy that leaves a group at all 0 from its step, whichever policies set the rest', () => {
    const mix = { tasks: { mix: { rnd: 1, management: 0, marketing: 0, hr: 0, other: 0 } } };
    expect(problems({ ...mix, policies: [{ at: 0, set: { 'tasks.mix.rnd': 0 } }] })).toEqual([
      `f.yaml: policies[0].set: from step 1 the weights of tasks.mix are all 0: ${tail}`,
    ]);
    expect(
      problems({
        ...mix,
        policies: [
          { at: 24, set: { 'tasks.mix.rnd': 0 } },
          { at: 12, set: { 'tasks.mix.hr': 2 } },
        ],
      }),
    ).toEqual([]);
    expect(
      problems({
        ...mix,
        policies: [
          { at: 12, set: { 'tasks.mix.hr': 2 } },
          { at: 24, set: { 'tasks.mix.rnd': 0 } },
          { at: 36, set: { 'tasks.mix.hr': 0 } },
        ],
      }),
    ).toEqual([`f.yaml: policies[2].set: from step 36 the weights of tasks.mix are all 0: ${tail}`]);
    expect(
      problems({
        ...mix,
        policies: [
          { at: 12, set: { 'tasks.mix.rnd': 0 } },
          { at: 12, set: { 'tasks.mix.hr': 1 } },
        ],
      }),
    ).toEqual([]);
  });
});

describe('validateScenario on values of the wrong type', () => {
  it('says what was expected and what was found', () => {
    expect(problems({ steps: 'ten' })).toEqual(['f.yaml: steps: expected an integer, got "ten"']);
    expect(problems({ levers: { initiative: 'yes' } })).toEqual([
      'f.yaml: levers.initiative: expected true or false, got "yes"',
    ]);
    expect(problems({ population: 3 })).toEqual(['f.yaml: population: expected a mapping of keys to values, got 3']);
    expect(problems({ startYear: 'x' })).toEqual(['f.yaml: startYear: expected an integer, got "x"']);
  });

  it('asks for an integer where a fraction was given', () => {
    expect(problems({ steps: 1.5 })).toEqual(['f.yaml: steps: expected an integer, got 1.5']);
  });

  it('names a missing required value', () => {
    expect(problems({ policies: [{ set: { 'levers.scope': 'region' } }] })).toEqual([
      'f.yaml: policies[0].at: is required: expected a step (an integer) or a month YYYY-MM',
    ]);
  });
});

describe('validateScenario on values out of range', () => {
  it('gives the limit, whether it is inclusive, and the value', () => {
    expect(problems({ steps: 0 })).toEqual(['f.yaml: steps: expected an integer >= 1, got 0']);
    expect(problems({ steps: 3000 })).toEqual(['f.yaml: steps: expected an integer <= 2400, got 3000']);
    expect(problems({ events: { attendProb: 1.5 } })).toEqual([
      'f.yaml: events.attendProb: expected a number <= 1, got 1.5',
    ]);
    expect(problems({ population: { scale: 0 } })).toEqual(['f.yaml: population.scale: expected a number > 0, got 0']);
    expect(problems({ seed: -1 })).toEqual(['f.yaml: seed: expected an integer >= 0, got -1']);
  });

  it('asks for at least one region', () => {
    expect(problems({ population: { regions: [] } })).toEqual(['f.yaml: population.regions: expected at least 1 item']);
  });
});

describe('validateScenario on unknown keys', () => {
  it('suggests the closest known key', () => {
    expect(problems({ sed: 3 })).toEqual(['f.yaml: sed: unknown key "sed": did you mean "seed"?']);
    expect(problems({ levers: { scpoe: 'region' } })).toEqual([
      'f.yaml: levers.scpoe: unknown key "scpoe": did you mean "scope"?',
    ]);
    expect(problems({ tieFormation: { capacity: { firma: 3 } } })).toEqual([
      'f.yaml: tieFormation.capacity.firma: unknown key "firma": did you mean "firm"?',
    ]);
  });

  it('suggests nothing when no key is close', () => {
    expect(problems({ qwertyuiop: 1 })).toEqual(['f.yaml: qwertyuiop: unknown key "qwertyuiop"']);
  });
});

describe('validateScenario on bad enum values', () => {
  it('lists the options and suggests the closest', () => {
    expect(problems({ levers: { scope: 'regoin' } })).toEqual([
      'f.yaml: levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?',
    ]);
    expect(problems({ levers: { exitRule: 'least_efficient' } })).toEqual([
      'f.yaml: levers.exitRule: expected one of "none", "least-efficient", "goal-reached", got "least_efficient": did you mean "least-efficient"?',
    ]);
    expect(problems({ population: { regions: ['capitol'] } })).toEqual([
      'f.yaml: population.regions[0]: expected one of "capital", "daegyeong", "chungcheong", "dongnam", "honam", "gangwon", got "capitol": did you mean "capital"?',
    ]);
  });

  it('suggests nothing for a value far from every option', () => {
    expect(problems({ levers: { scope: 'xyz' } })).toEqual([
      'f.yaml: levers.scope: expected one of "park", "region", "national", got "xyz"',
    ]);
  });
});

describe('validateScenario on policies', () => {
  it('rejects a policy step beyond the horizon, and accepts one at the last step', () => {
    expect(problems({ steps: 10, policies: [{ at: 11, set: { 'levers.scope': 'region' } }] })).toEqual([
      'f.yaml: policies[0].at: policy step 11 is beyond the horizon: the scenario runs 10 steps',
    ]);
    expect(problems({ steps: 10, policies: [{ at: 10, set: { 'levers.scope': 'region' } }] })).toEqual([]);
  });

  it('rejects a negative step', () => {
    expect(problems({ policies: [{ at: -3, set: { 'levers.scope': 'region' } }] })).toEqual([
      'f.yaml: policies[0].at: expected an integer >= 0, got -3',
    ]);
  });

  it('rejects a month that is not YYYY-MM with MM from 01 to 12, or not a step nor a month at all', () => {
    const at = (value: unknown) => problems({ policies: [{ at: value, set: { 'budget.subsidyLevel': 0 } }] });
    const tail = 'expected a month YYYY-MM with MM from 01 to 12 (e.g. 2012-04)';
    expect(at('2012-13')).toEqual([`f.yaml: policies[0].at: ${tail}, got "2012-13"`]);
    expect(at('2012-4')).toEqual([`f.yaml: policies[0].at: ${tail}, got "2012-4"`]);
    expect(at('April 2012')).toEqual([`f.yaml: policies[0].at: ${tail}, got "April 2012"`]);
    expect(at(true)).toEqual(['f.yaml: policies[0].at: expected a step (an integer) or a month YYYY-MM, got true']);
    expect(at(1.5)).toEqual(['f.yaml: policies[0].at: expected a step (an integer) or a month YYYY-MM, got 1.5']);
  });

  it('rejects a month before the first month of the run (step 1) and one past the longest run', () => {
    const at = (value: string, startYear = 2005) =>
      problems({ startYear, policies: [{ at: value, set: { 'budget.subsidyLevel': 0 } }] });
    expect(at('2004-12')).toEqual([
      'f.yaml: policies[0].at: expected a month from 2005-01 (step 1, January of startYear 2005), got "2004-12"',
    ]);
    expect(at('2011-06', 2012)).toEqual([
      'f.yaml: policies[0].at: expected a month from 2012-01 (step 1, January of startYear 2012), got "2011-06"',
    ]);
    expect(problems({ startYear: 1800, policies: [{ at: '2004-12', set: { 'budget.subsidyLevel': 0 } }] })).toEqual([
      'f.yaml: startYear: expected an integer >= 1900, got 1800',
    ]);
    expect(at('2205-01')).toEqual([
      'f.yaml: policies[0].at: expected a month up to 2204-12 (step 2400, the longest run), got "2205-01"',
    ]);
  });

  it('rejects a month beyond the horizon with its step and the last month of the run', () => {
    expect(problems({ steps: 120, policies: [{ at: '2015-01', set: { 'levers.scope': 'region' } }] })).toEqual([
      'f.yaml: policies[0].at: policy month 2015-01 (step 121) is beyond the horizon: the scenario runs 120 steps, to 2014-12',
    ]);
  });

  it('reads a month as the step of that month from startYear, and leaves steps as they are', () => {
    const resolved = (input: Record<string, unknown>) => {
      const result = validateScenario(input, 'f.yaml');
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.scenario.policies.map((p) => p.at);
    };
    const policies = [
      { at: '2012-04', set: { 'budget.subsidyLevel': 0 } },
      { at: 7, set: { 'levers.scope': 'region' } },
      { at: '2005-01', set: { 'levers.initiative': true } },
      { at: '2014-12', set: { 'levers.expertPool': true } },
    ];
    expect(resolved({ policies })).toEqual([88, 7, 1, 120]);
    expect(resolved({ startYear: 2012, steps: 36, policies: policies.slice(0, 2) })).toEqual([4, 7]);
  });

  it('rejects a region-scoped policy on a parameter not read per MC, listing those that are', () => {
    expect(
      problems({
        policies: [{ at: 1, regions: ['honam'], set: { 'budget.subsidyLevel': 0, 'levers.scope': 'region' } }],
      }),
    ).toEqual([
      'f.yaml: policies[0].set.levers.scope: "levers.scope" cannot be set for some regions only: a policy with regions may set only budget.subsidyLevel, budget.feePerFirmMonth, levers.activityMix.projectTeams, levers.activityMix.seminars, levers.activityMix.companyVisits, levers.activityMix.crossRegion, levers.activityMix.online, levers.activityMix.communities (the parameters read per MC)',
    ]);
  });

  it('rejects an unknown region, a region listed twice, one not simulated and an empty list', () => {
    const regions = (list: unknown, simulated?: string[]) =>
      problems({
        ...(simulated ? { population: { regions: simulated } } : {}),
        policies: [{ at: 1, regions: list, set: { 'budget.feePerFirmMonth': 0.05 } }],
      });
    expect(regions(['Honam'])).toEqual([
      'f.yaml: policies[0].regions[0]: expected one of "capital", "daegyeong", "chungcheong", "dongnam", "honam", "gangwon", got "Honam": did you mean "honam"?',
    ]);
    expect(regions(['honam', 'capital', 'honam'])).toEqual([
      'f.yaml: policies[0].regions[2]: region "honam" is listed twice',
    ]);
    expect(regions(['honam'], ['gangwon', 'capital'])).toEqual([
      'f.yaml: policies[0].regions[0]: region "honam" is not simulated: population.regions is gangwon, capital',
    ]);
    expect(regions([])).toEqual(['f.yaml: policies[0].regions: expected at least 1 item']);
  });

  it('accepts region-scoped subsidy and fee policies on simulated regions', () => {
    expect(
      problems({
        policies: [
          { at: '2011-01', regions: ['honam', 'gangwon'], rampSteps: 12, set: { 'budget.subsidyLevel': 0 } },
          { at: 73, regions: ['capital'], set: { 'budget.feePerFirmMonth': 0.05 } },
        ],
      }),
    ).toEqual([]);
  });

  it('rejects an unknown parameter, suggesting the closest', () => {
    expect(problems({ policies: [{ at: 1, set: { 'levers.scpe': 'region' } }] })).toEqual([
      'f.yaml: policies[0].set.levers.scpe: unknown parameter "levers.scpe": did you mean "levers.scope"?',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'budget.subsidyLvel': 0.5 } }] })).toEqual([
      'f.yaml: policies[0].set.budget.subsidyLvel: unknown parameter "budget.subsidyLvel": did you mean "budget.subsidyLevel"?',
    ]);
  });

  it('rejects parameters a policy may not change during a run', () => {
    expect(problems({ policies: [{ at: 1, set: { 'population.scale': 2 } }] })).toEqual([
      'f.yaml: policies[0].set.population.scale: unknown parameter "population.scale"',
    ]);
  });

  it('rejects a group of parameters and an empty policy', () => {
    expect(problems({ policies: [{ at: 1, set: { levers: 'region' } }] })).toEqual([
      'f.yaml: policies[0].set.levers: "levers" is a group of parameters: name one value inside it (e.g. levers.<key>)',
    ]);
    expect(problems({ policies: [{ at: 1, set: {} }] })).toEqual([
      'f.yaml: policies[0].set: a policy must set at least one parameter',
    ]);
  });

  it("checks a policy's value against the parameter's own range and options", () => {
    expect(problems({ policies: [{ at: 1, set: { 'budget.subsidyLevel': -1 } }] })).toEqual([
      'f.yaml: policies[0].set.budget.subsidyLevel: expected a number >= 0, got -1',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'trust.gain': 2 } }] })).toEqual([
      'f.yaml: policies[0].set.trust.gain: expected a number <= 1, got 2',
    ]);
    expect(problems({ policies: [{ at: 1, set: { 'levers.scope': 'regoin' } }] })).toEqual([
      'f.yaml: policies[0].set.levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?',
    ]);
  });

  it('rejects a ramp over a value that is not a number', () => {
    expect(problems({ policies: [{ at: 1, rampSteps: 3, set: { 'levers.scope': 'region' } }] })).toEqual([
      'f.yaml: policies[0].set.levers.scope: rampSteps needs numeric values, but "levers.scope" is not a number',
    ]);
  });

  it('rejects a ramp over a parameter that takes whole numbers', () => {
    expect(problems({ policies: [{ at: 1, rampSteps: 3, set: { 'levers.exitEvery': 6 } }] })).toEqual([
      'f.yaml: policies[0].set.levers.exitEvery: rampSteps cannot ramp "levers.exitEvery": it takes whole numbers; set it at once (rampSteps: 0)',
    ]);
  });

  it('rejects unknown keys of a policy', () => {
    expect(problems({ policies: [{ at: 1, set: { 'levers.scope': 'region' }, extra: 1 }] })).toEqual([
      'f.yaml: policies[0].extra: unknown key "extra"',
    ]);
  });
});

describe('validateScenario on inconsistent values', () => {
  it('rejects trustMin above trustMax and strengthMin above strengthMax', () => {
    expect(problems({ initialNetwork: { trustMin: 0.8, trustMax: 0.2 } })).toEqual([
      'f.yaml: initialNetwork.trustMin: trustMin must not exceed trustMax',
    ]);
    expect(problems({ initialNetwork: { strengthMin: 0.9 } })).toEqual([
      'f.yaml: initialNetwork.strengthMin: strengthMin must not exceed strengthMax',
    ]);
  });

  it('rejects firm size shares above 1', () => {
    expect(problems({ population: { largeFirmShare: 0.8, mediumFirmShare: 0.3 } })).toEqual([
      'f.yaml: population.mediumFirmShare: largeFirmShare and mediumFirmShare add up to 1.1, more than 1',
    ]);
  });

  it('rejects a region listed twice, at its second place', () => {
    expect(problems({ population: { regions: ['capital', 'honam', 'capital'] } })).toEqual([
      'f.yaml: population.regions[2]: region "capital" is listed twice',
    ]);
  });
});

describe('validateScenario on several problems', () => {
  it('reports every problem of the schema at once', () => {
    expect(problems({ steps: 0, sed: 1, levers: { scope: 'xyz' } })).toEqual([
      'f.yaml: steps: expected an integer >= 1, got 0',
      'f.yaml: levers.scope: expected one of "park", "region", "national", got "xyz"',
      'f.yaml: sed: unknown key "sed": did you mean "seed"?',
    ]);
  });

  it('reports every policy and consistency problem at once', () => {
    expect(
      problems({
        steps: 5,
        initialNetwork: { trustMin: 0.9 },
        policies: [
          { at: 6, set: { 'levers.scope': 'region' } },
          { at: 1, set: {} },
        ],
      }),
    ).toEqual([
      'f.yaml: policies[0].at: policy step 6 is beyond the horizon: the scenario runs 5 steps',
      'f.yaml: policies[1].set: a policy must set at least one parameter',
      'f.yaml: initialNetwork.trustMin: trustMin must not exceed trustMax',
    ]);
  });
});

describe('validateScenario on valid input', () => {
  it('fills every default for an empty mapping', () => {
    const result = validateScenario({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toMatchObject({ name: 'default', seed: 1, steps: 120, startYear: 2005, policies: [] });
    expect(result.scenario.population.regions).toHaveLength(6);
    expect(result.scenario.levers.scope).toBe('park');
  });

  it('keeps the values given, policies included, with rampSteps defaulting to 0', () => {
    const result = validateScenario({
      name: 'x',
      steps: 24,
      levers: { scope: 'region' },
      policies: [{ at: 12, set: { 'budget.subsidyLevel': 0.5 } }],
    });
    expect(result.ok && result.scenario).toMatchObject({
      name: 'x',
      steps: 24,
      levers: { scope: 'region' },
      policies: [{ at: 12, rampSteps: 0, set: { 'budget.subsidyLevel': 0.5 } }],
    });
  });
});

describe('validateParameter: one value against its own schema', () => {
  it('words a problem as a scenario file would, at the path, with the value', () => {
    const at = (path: string, value: unknown) => validateParameter(path, value, 'f.csv').map(formatProblem);
    expect(at('decay.ratePerMonth', 2)).toEqual(['f.csv: decay.ratePerMonth: expected a number <= 1, got 2']);
    expect(at('decay.ratePerMonth', 'x')).toEqual(['f.csv: decay.ratePerMonth: expected a number, got "x"']);
    expect(at('metrics.costlyEvery', 1.5)).toEqual(['f.csv: metrics.costlyEvery: expected an integer, got 1.5']);
    expect(at('levers.scope', 'everywhere')).toEqual([
      'f.csv: levers.scope: expected one of "park", "region", "national", got "everywhere"',
    ]);
    expect(at('decay.nothing', 1)).toEqual(['f.csv: decay.nothing: unknown parameter "decay.nothing"']);
    expect(at('constructor.x', 1)).toEqual(['f.csv: constructor.x: unknown parameter "constructor.x"']);
  });

  it('accepts a valid value, and does not judge it against other parameters', () => {
    expect(validateParameter('decay.ratePerMonth', 0.5, 'f')).toEqual([]);
    expect(validateParameter('initialNetwork.trustMin', 0.9, 'f')).toEqual([]);
  });
});
