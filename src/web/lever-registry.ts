// The one table of the page's levers: for each, the scenario parameter it sets, the box it sits in, and its control and
// range. Its words (label and one-line explanation, in every language) are in the catalogues, i18n/en.ts and
// i18n/ko.ts, keyed by the lever's key: a lever without words there is a type error. The page's controls are
// generated from this table (page/lever-controls.ts), the messages to the worker are typed by it (protocol.ts), and
// levers.ts and the worker read and write scenarios by it. To add a lever, add an entry here and its words to each
// catalogue; tests/web/lever-registry.test.ts checks it against the scenario schema. Plain data and types only: the
// page, the worker and Node all import it.
import type { RegionId } from '../scenario/schema.js';

/** An activity mix (levers.activityMix): the shares of the six kinds of activity, as the scenarios of scenarios/ set. */
const activityMix = (
  projectTeams: number,
  seminars: number,
  companyVisits: number,
  crossRegion: number,
  online: number,
  communities: number,
) => ({
  'levers.activityMix.projectTeams': projectTeams,
  'levers.activityMix.seminars': seminars,
  'levers.activityMix.companyVisits': companyVisits,
  'levers.activityMix.crossRegion': crossRegion,
  'levers.activityMix.online': online,
  'levers.activityMix.communities': communities,
});

/** How a slider's value is written: a share in %, a multiple (1.5x), million KRW, or a bare number. */
export type ShownUnit = 'percent' | 'times' | 'krw' | 'none';

/** A slider over a number; the value is shown next to it as value * scale, with digits decimals, then its unit. */
export interface SliderControl {
  kind: 'slider';
  min: number;
  max: number;
  step: number;
  shown: { scale?: number; digits: number; unit: ShownUnit };
}

/** A switch (checkbox) for a true/false parameter; the label follows the box. */
export interface SwitchControl {
  kind: 'switch';
}

/** A choice among the values of a parameter; the label comes before the list, the options' words are in the catalogues. */
export interface ChoiceControl {
  kind: 'choice';
  options: readonly { value: string }[];
}

/**
 * A switch with a step: when on, a policy of the scenario sets the parameter to `sets` at that step (a month); when
 * off, no such policy. The page owns the policies that carry `policyLabel`.
 */
export interface TimedControl {
  kind: 'timed';
  sets: number;
  policyLabel: string;
  /** The step shown before the teacher picks one. */
  firstAt: number;
}

/**
 * A choice among named sets of values: each option sets several parameters at once (`sets`: parameter path -> value,
 * the lever's path being their common group). null, shown as the scenario's own, sets nothing: the scenario's values
 * match no option.
 */
export interface PresetControl {
  kind: 'preset';
  options: readonly { value: string; sets: Readonly<Record<string, number>> }[];
}

/**
 * Where the policy of a timed lever (`timed`, its key) applies: 'all' regions, or one region (the policy's `regions`).
 * It sets no parameter of its own; its path is the parameter of the timed lever.
 */
export interface WhereControl {
  kind: 'where';
  timed: string;
  options: readonly { value: 'all' | RegionId }[];
}

export type LeverControl = SliderControl | SwitchControl | ChoiceControl | TimedControl | PresetControl | WhereControl;

/** The boxes of the lever panel, in the order they first appear. */
export type LeverGroup = 'openness' | 'scope' | 'money' | 'activity' | 'national';

export interface LeverSpec {
  /** The lever's name in messages and settings, and in the ids of its controls (lever-<key>). */
  key: string;
  /** The scenario parameter it sets, as a dotted path (params-path.ts). */
  path: string;
  /** The box of the lever panel it sits in (its title is levers.groups[group] of the catalogues). */
  group: LeverGroup;
  control: LeverControl;
}

/** The levers, in the order the page shows them. */
export const LEVERS = [
  {
    key: 'openEventShare',
    path: 'levers.openEventShare',
    group: 'openness',
    control: { kind: 'slider', min: 0, max: 1, step: 0.05, shown: { scale: 100, digits: 0, unit: 'percent' } },
  },
  {
    key: 'nonStrategicFirms',
    path: 'levers.nonStrategicFirms',
    group: 'openness',
    control: { kind: 'switch' },
  },
  {
    key: 'scope',
    path: 'levers.scope',
    group: 'scope',
    control: {
      kind: 'choice',
      options: [{ value: 'park' }, { value: 'region' }, { value: 'national' }],
    },
  },
  {
    key: 'subsidyLevel',
    path: 'budget.subsidyLevel',
    group: 'money',
    control: { kind: 'slider', min: 0, max: 2, step: 0.1, shown: { digits: 1, unit: 'times' } },
  },
  {
    key: 'withdrawalAt',
    path: 'budget.subsidyLevel',
    group: 'money',
    control: { kind: 'timed', sets: 0, policyLabel: 'subsidy withdrawal (page)', firstAt: 60 },
  },
  {
    key: 'withdrawalWhere',
    path: 'budget.subsidyLevel',
    group: 'money',
    control: {
      kind: 'where',
      timed: 'withdrawalAt',
      options: [
        { value: 'all' },
        { value: 'capital' },
        { value: 'daegyeong' },
        { value: 'chungcheong' },
        { value: 'dongnam' },
        { value: 'honam' },
        { value: 'gangwon' },
      ],
    },
  },
  {
    key: 'feePerFirmMonth',
    path: 'budget.feePerFirmMonth',
    group: 'money',
    control: { kind: 'slider', min: 0, max: 2, step: 0.05, shown: { digits: 2, unit: 'krw' } },
  },
  {
    key: 'refuseIntercept',
    path: 'membership.refuseIntercept',
    group: 'money',
    control: { kind: 'slider', min: -6, max: 2, step: 0.5, shown: { digits: 1, unit: 'none' } },
  },
  {
    key: 'selfOrganisedShare',
    path: 'events.selfOrganisedShare',
    group: 'money',
    control: { kind: 'slider', min: 0, max: 1, step: 0.05, shown: { scale: 100, digits: 0, unit: 'percent' } },
  },
  {
    key: 'activityMix',
    path: 'levers.activityMix',
    group: 'activity',
    control: {
      kind: 'preset',
      // The schema's default, then the mixes of scenarios/activity-*.yaml (the last: Table 4's answers over their sum).
      options: [
        { value: 'asRun', sets: activityMix(0.1, 0.5, 0.2, 0.05, 0.05, 0.1) },
        { value: 'projectTeams', sets: activityMix(0.5, 0.2, 0.15, 0.05, 0.05, 0.05) },
        { value: 'online', sets: activityMix(0.05, 0.25, 0.1, 0.05, 0.5, 0.05) },
        { value: 'crossRegion', sets: activityMix(0.05, 0.3, 0.15, 0.4, 0.05, 0.05) },
        { value: 'firmsWant', sets: activityMix(0.3425, 0.2385, 0.171, 0.1155, 0.072, 0.0605) },
      ],
    },
  },
  {
    key: 'leadFirmsRequired',
    path: 'levers.leadFirmsRequired',
    group: 'national',
    control: { kind: 'switch' },
  },
  {
    key: 'initiative',
    path: 'levers.initiative',
    group: 'national',
    control: { kind: 'switch' },
  },
  {
    key: 'expertPool',
    path: 'levers.expertPool',
    group: 'national',
    control: { kind: 'switch' },
  },
] as const satisfies readonly LeverSpec[];

export type Lever = (typeof LEVERS)[number];
export type LeverKey = Lever['key'];

/**
 * The value a control holds: a number, true/false, one of the choices, the step of a timed policy (null: none), one of
 * the presets (null: the scenario's own values), or where a timed policy applies.
 */
export type ValueOf<C extends LeverControl> = C extends SliderControl
  ? number
  : C extends SwitchControl
    ? boolean
    : C extends { kind: 'choice'; options: readonly { value: infer V }[] }
      ? V
      : C extends TimedControl
        ? number | null
        : C extends { kind: 'preset'; options: readonly { value: infer V }[] }
          ? V | null
          : C extends { kind: 'where'; options: readonly { value: infer V }[] }
            ? V
            : never;

/** The teacher's settings of every lever. */
export type LeverSettings = { [L in Lever as L['key']]: ValueOf<L['control']> };

/** A change of one lever, applied to the running model at once. */
export type LeverChange = { [K in LeverKey]: { key: K; value: LeverSettings[K] } }[LeverKey];

/** The lever of a key. */
export function leverOf(key: LeverKey): Lever {
  const found = LEVERS.find((l) => l.key === key);
  if (!found) throw new Error(`clustersim/lever-registry: no lever "${key}"`);
  return found;
}

/** A slider's value as the page shows it (50%, 1.0x, 0.20 M KRW), its number written by `number` (Intl per language). */
export function showValue(
  control: SliderControl,
  value: number,
  number: (value: number, digits: number) => string = (v, d) => v.toFixed(d),
  krw = ' M KRW',
): string {
  const text = number(value * (control.shown.scale ?? 1), control.shown.digits);
  const unit = { percent: '%', times: 'x', krw, none: '' }[control.shown.unit];
  return `${text}${unit}`;
}
