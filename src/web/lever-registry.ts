// The one table of the page's levers: for each, the scenario parameter it sets, its words on the page, its control and
// range, and a line that explains it to a 16-year-old. The page's controls are generated from it
// (page/lever-controls.ts), the messages to the worker are typed by it (protocol.ts), and levers.ts and the worker read
// and write scenarios by it. To add a lever, add an entry here; tests/web/lever-registry.test.ts checks it against the
// scenario schema. Plain data and types only: the page, the worker and Node all import it.

/** A slider over a number; the value is shown next to it as value * scale, with digits decimals, then suffix. */
export interface SliderControl {
  kind: 'slider';
  min: number;
  max: number;
  step: number;
  shown: { scale?: number; digits: number; suffix: string };
}

/** A switch (checkbox) for a true/false parameter; the label follows the box. */
export interface SwitchControl {
  kind: 'switch';
}

/** A choice among the values of a parameter; the label comes before the list. */
export interface ChoiceControl {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
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

export type LeverControl = SliderControl | SwitchControl | ChoiceControl | TimedControl;

export interface LeverSpec {
  /** The lever's name in messages and settings, and in the ids of its controls (lever-<key>). */
  key: string;
  /** The scenario parameter it sets, as a dotted path (params-path.ts). */
  path: string;
  /** The box of the lever panel it sits in. */
  group: string;
  /** Its words on the page, in plain language. */
  label: string;
  /** One line, shown under the control, that a 16-year-old understands. */
  explain: string;
  control: LeverControl;
}

/** The levers, in the order the page shows them. */
export const LEVERS = [
  {
    key: 'openEventShare',
    path: 'levers.openEventShare',
    group: 'Openness',
    label: 'Events open to outsiders',
    explain:
      "How many of a mini-cluster's meetings anyone may attend, not just its own members: more chances to meet new partners.",
    control: { kind: 'slider', min: 0, max: 1, step: 0.05, shown: { scale: 100, digits: 0, suffix: '%' } },
  },
  {
    key: 'nonStrategicFirms',
    path: 'levers.nonStrategicFirms',
    group: 'Openness',
    label: 'firms outside the strategic sector may join',
    explain: 'Lets firms of any industry join, not only those of the industry the park was built for.',
    control: { kind: 'switch' },
  },
  {
    key: 'scope',
    path: 'levers.scope',
    group: 'Regional scope',
    label: 'Members reach',
    explain:
      'How far members look for partners and travel to meetings: their own park, their region, or the whole country.',
    control: {
      kind: 'choice',
      options: [
        { value: 'park', label: 'their park' },
        { value: 'region', label: 'their region' },
        { value: 'national', label: 'the nation' },
      ],
    },
  },
  {
    key: 'subsidyLevel',
    path: 'budget.subsidyLevel',
    group: 'Subsidy and fees',
    label: 'Subsidy level',
    explain:
      'Government money for each mini-cluster, compared with the real programme: 1.0x is what it paid, 0x nothing, 2.0x double.',
    control: { kind: 'slider', min: 0, max: 2, step: 0.1, shown: { digits: 1, suffix: 'x' } },
  },
  {
    key: 'withdrawalAt',
    path: 'budget.subsidyLevel',
    group: 'Subsidy and fees',
    label: 'withdraw it at step',
    explain:
      'Stops the government money at that step (one step is one month), to see whether the network lives on without it.',
    control: { kind: 'timed', sets: 0, policyLabel: 'subsidy withdrawal (page)', firstAt: 60 },
  },
  {
    key: 'feePerFirmMonth',
    path: 'budget.feePerFirmMonth',
    group: 'Subsidy and fees',
    label: 'Fee per member firm-month',
    explain:
      'What each member firm pays every month to belong, in millions of Korean won (M KRW); a high fee makes firms leave.',
    control: { kind: 'slider', min: 0, max: 2, step: 0.05, shown: { digits: 2, suffix: ' M KRW' } },
  },
  {
    key: 'refuseIntercept',
    path: 'membership.refuseIntercept',
    group: 'Subsidy and fees',
    label: 'Reluctance to pay a new fee',
    explain:
      'When a fee appears or rises, each member firm decides once whether to pay; the higher this is, the more refuse and leave.',
    control: { kind: 'slider', min: -6, max: 2, step: 0.5, shown: { digits: 1, suffix: '' } },
  },
  {
    key: 'selfOrganisedShare',
    path: 'events.selfOrganisedShare',
    group: 'Subsidy and fees',
    label: 'Meetings members run without money',
    explain:
      'How many of its usual meetings a keen mini-cluster still holds on its own time when there is no money at all.',
    control: { kind: 'slider', min: 0, max: 1, step: 0.05, shown: { scale: 100, digits: 0, suffix: '%' } },
  },
  {
    key: 'leadFirmsRequired',
    path: 'levers.leadFirmsRequired',
    group: 'National support',
    label: 'large firms must join as lead firms',
    explain:
      'Requires the big firms of each park to become members, so that smaller firms have strong partners to learn from.',
    control: { kind: 'switch' },
  },
  {
    key: 'initiative',
    path: 'levers.initiative',
    group: 'National support',
    label: 'the national initiative brokers ties across mini-clusters',
    explain:
      'A national office acts as a matchmaker, introducing firms to partners in other mini-clusters and regions.',
    control: { kind: 'switch' },
  },
  {
    key: 'expertPool',
    path: 'levers.expertPool',
    group: 'National support',
    label: 'an expert pool lowers the cost of finding experts',
    explain:
      'A shared list of professors and research institutes makes it cheaper for firms to find an expert to work with.',
    control: { kind: 'switch' },
  },
] as const satisfies readonly LeverSpec[];

export type Lever = (typeof LEVERS)[number];
export type LeverKey = Lever['key'];

/** The value a control holds: a number, true/false, one of the choices, or the step of a timed policy (null: none). */
export type ValueOf<C extends LeverControl> = C extends SliderControl
  ? number
  : C extends SwitchControl
    ? boolean
    : C extends { kind: 'choice'; options: readonly { value: infer V }[] }
      ? V
      : C extends TimedControl
        ? number | null
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

/** A slider's value as the page shows it (50%, 1.0x, 0.20 M KRW). */
export function showValue(control: SliderControl, value: number): string {
  return `${(value * (control.shown.scale ?? 1)).toFixed(control.shown.digits)}${control.shown.suffix}`;
}
