// The core mechanisms of the model and how to switch each off with parameters, for `check --knockouts`: every entry
// names the parameter values (the paths of --set) that disable the mechanism, read off the phase that uses them
// (src/phases/, docs/ODD.md 7). A mechanism no parameter can switch off is listed with the reason and skipped, never
// faked. tests/experiments/knockouts.test.ts checks every path against the schema and that each knock-out changes what
// its mechanism does.
import { getPath, setPath } from '../scenario/params-path.js';
import { ScenarioError } from '../scenario/problems.js';
import { ACTIVITY_CHANNELS, ACTIVITY_TYPES, MAX_FEE, MAX_LOGIT, type Scenario } from '../scenario/schema.js';
import { validateScenario } from '../scenario/validate.js';
import { parameterPaths, type ParamValue } from './params.js';

/** A value to set, or the value another parameter has in the scenario being knocked out. */
export type KnockoutValue = ParamValue | { sameAs: string };

export interface Knockout {
  /** Short name, in tables and files. */
  id: string;
  /** The mechanism switched off, in plain words. */
  label: string;
  /** The parameter values that switch it off, by path; absent when no parameter can (see `cannot`). */
  set?: Readonly<Record<string, KnockoutValue>>;
  /** Why no parameter can switch the mechanism off: the knock-out is skipped with this note. */
  cannot?: string;
  /** What the knock-out leaves on, or where it has nothing to switch off: printed under the table. */
  note?: string;
}

export const KNOCKOUTS: readonly Knockout[] = [
  {
    id: 'random-search',
    label: 'random search (firms with ties)',
    set: { 'search.randomShare': 0 },
    note: 'a firm with ties searches by referral only; a firm with no tie still searches at random (docs/ODD.md 7.5), which no parameter stops without also stopping brokering (search.maxTries serves both)',
  },
  { id: 'referrals', label: 'referrals', set: { 'search.randomShare': 1 } },
  {
    id: 'trust-learning',
    label: 'trust learning',
    set: { 'trust.gain': 0 },
    note: 'a tie keeps the trust it was made with: a success adds gain (1 - T) and a failure takes lossRatio gain T, both 0',
  },
  { id: 'brokering', label: 'coordinator brokering', set: { 'tasks.brokerProb': 0 } },
  {
    id: 'meetings',
    label: 'meetings at events',
    set: { 'events.meetingsPerAttendee': 0 },
    note: 'events are still held and attended (self-reliance, company visits); nobody meets, so events make no candidate and use no tie',
  },
  {
    id: 'satisfaction-weights',
    label: "satisfaction weights (all five equal, not Table 6's)",
    set: {
      'satisfaction.weights.openness': 0.2,
      'satisfaction.weights.skilledPeople': 0.2,
      'satisfaction.weights.selfReliance': 0.2,
      'satisfaction.weights.communityCooperation': 0.2,
      'satisfaction.weights.jointIur': 0.2,
    },
    note: "the weights are Table 6's correlations normalised (0.177-0.217 at the defaults), near equal already: equal weights are the only honest 'off', and the factors still drive satisfaction",
  },
  {
    id: 'satisfaction-dynamics',
    label: 'satisfaction dynamics (frozen at its initial value)',
    set: { 'satisfaction.smoothing': 0 },
    note: 'satisfaction stays at satisfaction.initial for every member: the five factors no longer move it',
  },
  {
    id: 'tie-decay',
    label: 'tie decay',
    set: { 'decay.ratePerMonth': 0, 'decay.crossMcRatePerMonth': 0, 'decay.dropBelow': 0 },
  },
  {
    id: 'cross-mc-decay',
    label: 'faster decay across MCs (same rate as within)',
    set: { 'decay.crossMcRatePerMonth': { sameAs: 'decay.ratePerMonth' } },
  },
  {
    id: 'leaving',
    label: 'leaving on dissatisfaction',
    set: { 'membership.leaveSatisfactionWeight': 0 },
    note: 'members still leave at the base rate of membership.leaveIntercept (and the fee burden, if any)',
  },
  {
    id: 'fee-burden',
    label: 'fee burden',
    set: { 'membership.leaveFeeWeight': 0, 'membership.feeTolerance': MAX_FEE },
    note: `leaving ignores the fee; joining keeps a brake of fee / (${MAX_FEE} x ability to pay), feeTolerance at its cap, which no parameter removes; with no fee (budget.feePerFirmMonth 0, as in 2005-2010) there is no burden to switch off`,
  },
  {
    id: 'guests',
    label: 'guests at events',
    set: { 'levers.guestsPerOpenEvent': 0 },
    note: 'guests come only to open events (levers.openEventShare) or when the scope is wider than the park; at the defaults there are none',
  },
  { id: 'contacts', label: 'joining by contacts', set: { 'membership.contactBonus': 0 } },
  {
    id: 'self-organised',
    label: 'self-organised activity',
    set: { 'events.selfOrganisedShare': 0 },
    note: "an MC's events follow its budget alone: none without one; with the full subsidy (2005-2010) the budget's rate is above the floor, so the runs are identical",
  },
  {
    id: 'dissolution',
    label: 'dissolution of idle MCs',
    set: { 'events.dissolveAfterMonths': 0 },
    note: 'every MC holds events in 2005-2010, so none dissolves and the runs are identical',
  },
  {
    id: 'fee-refusal',
    label: 'refusing a new fee',
    set: { 'membership.refuseIntercept': -MAX_LOGIT },
    note: `the refusal logit starts at -${MAX_LOGIT}: nobody refuses; no fee appeared in 2005-2010, so the runs are identical`,
  },
  {
    id: 'activity-participation',
    label: "participation following the MC's activity",
    set: { 'membership.leaveIdleWeight': 0, 'membership.joinActivityWeight': 0 },
    note: "members leave and outsiders join whatever their MC's recent activity; in 2005-2010 every MC is active after its first months, so only those months differ",
  },
  {
    id: 'activity-mix',
    label: 'effects of the activity mix',
    set: Object.fromEntries(
      ACTIVITY_TYPES.flatMap((type) => ACTIVITY_CHANNELS.map((ch) => [`events.activityEffects.${type}.${ch}`, 1])),
    ),
    note: 'every activity type acts alike, so any mix acts as the default one; the default mix (2005-2010) has effect 1 on every channel already, so the runs are identical',
  },
  {
    id: 'exit-effort',
    label: 'effort of MCs at risk of exit',
    set: { 'levers.exitEffort': 0 },
    note: 'there was no exit rule in 2005-2010, so the runs are identical',
  },
  {
    id: 'sub-mc-meetings',
    label: "sub-MCs' own meetings",
    cannot:
      'sub-MCs hold no meetings by default (subGroups.subMcMeetingsPerMonth 0: not identified, left out of the calibrated default), so there is nothing to switch off; the scenarios that turn them on compare with and without',
  },
];

/** The values a knock-out sets in this scenario (a sameAs read from it), by path. */
export function knockoutValues(scenario: Scenario, knockout: Knockout): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const [path, value] of Object.entries(knockout.set ?? {})) {
    values[path] = typeof value === 'object' ? (getPath(scenario, value.sameAs) as ParamValue) : value;
  }
  return values;
}

/**
 * The knock-out's settings as --set text, e.g. "search.randomShare=0", "decay.crossMcRatePerMonth=decay.ratePerMonth";
 * every parameter of a group set to one value reads "satisfaction.weights.*=0.2".
 */
export function knockoutText(knockout: Knockout): string {
  const entries = Object.entries(knockout.set ?? {}).map(([path, value]) => ({
    path,
    text: typeof value === 'object' ? value.sameAs : String(value),
  }));
  const group = (path: string) => path.slice(0, path.lastIndexOf('.'));
  const parts: string[] = [];
  for (const { path, text } of entries) {
    const prefix = group(path);
    const whole = parameterPaths(prefix.split('.'));
    const same = entries.filter((e) => group(e.path) === prefix && e.text === text).map((e) => e.path);
    if (whole.length > 1 && whole.every((p) => same.includes(p))) {
      if (!parts.includes(`${prefix}.*=${text}`)) parts.push(`${prefix}.*=${text}`);
    } else parts.push(`${path}=${text}`);
  }
  return parts.join(' ');
}

/**
 * The scenario with the mechanism switched off for the whole run: its values set at step 0, and taken out of every
 * policy, so that no policy switches it back on (a sameAs path follows its source where a policy changes that). Throws
 * a ScenarioError naming the knock-out when a value is not valid; a knock-out that cannot be done throws an Error.
 */
export function knockOut(scenario: Scenario, knockout: Knockout): Scenario {
  if (!knockout.set) throw new Error(`clustersim/knockouts: ${knockout.id} cannot be switched off: ${knockout.cannot}`);
  const data = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(knockoutValues(scenario, knockout))) setPath(data, path, value);
  for (const policy of data.policies as { set: Record<string, unknown> }[]) {
    for (const [path, value] of Object.entries(knockout.set)) {
      if (typeof value === 'object' && Object.hasOwn(policy.set, value.sameAs))
        policy.set[path] = policy.set[value.sameAs];
      else delete policy.set[path];
    }
  }
  const result = validateScenario(data, `knock-out ${knockout.id}`);
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}
