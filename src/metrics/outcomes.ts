// The one registry of outcomes: per column of timeseries.csv, its measure, labels, unit, good direction, how often it
// is measured, whether it is charted over time and how an ensemble compares it. Everything else derives its lists from
// here.
//
// To add an outcome: compute it (a count in tally.ts and a ratio in network.ts, say), add one row below where it
// belongs in timeseries.csv, give it a `compare` order if ensembles should compare it, and describe it in docs/ODD.md
// (`npm run docs:params` regenerates the column table from this registry).
import { FACTORS, type Model } from '../model/types.js';
import { KIND_NAMES, TASK_KINDS } from '../scenario/schema.js';
import { averageClustering } from './clustering.js';
import type { MeasureContext } from './context.js';
import { mcsWithFirmMembers, subsidisedMcs } from './mcs.js';
import {
  crossMcTieShare,
  crossRegionMemberShare,
  crossRegionTieShare,
  density,
  firmTiesPerFirm,
  giantComponentShare,
  iurTiesPerFirm,
  meanDegree,
  meanTrust,
} from './network.js';
import { meanFactor, meanSatisfaction } from './satisfaction.js';

export type Better = 'higher' | 'lower' | 'neither';

export interface OutcomeSpec {
  /** Column of timeseries.csv, key of summary.json's final row and of an ensemble's outcomes. */
  name: string;
  /** Title of its chart and of its row in a report. */
  label: string;
  /** What it counts, with the unit: the axis title of its chart. */
  unit: string;
  /** What the column holds (the ODD's column table). */
  description: string;
  /** Which direction is good for the cluster. */
  better: Better;
  /**
   * Measured only at step 0, every metrics.costlyEvery steps and at the last step (NA otherwise); charts draw points.
   */
  costly?: boolean;
  /** Charted over time in every run and compare folder. */
  charted?: boolean;
  /**
   * A monthly count: the title of its total over a run, and its place among summary.json's totals if it is summed
   * there.
   */
  total?: { title: string; summary?: number };
  /** Compared by ensembles: the value at the horizon ('final') or the total over the run ('total'), at place `order`
   * among the compared outcomes (runs.csv, compare.json, table.txt). Orders are spaced by 10 so new ones fit between.
   * */
  compare?: { as: 'final' | 'total'; order: number };
  /**
   * A key outcome of a comparison (compared too): the one-page summary of a comparison's report states its differences
   * and a sentence per significant effect, unless the comparison declares its own outcomes of interest.
   */
  key?: true;
  measure: (model: Model, context: MeasureContext) => number;
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const final = (order: number) => ({ as: 'final' as const, order });
const totalOver = (order: number) => ({ as: 'total' as const, order });

/** The timeseries column of the members of a kind (membersFirm, ...). */
export const memberColumn = (kind: (typeof KIND_NAMES)[number]) => `members${capitalise(kind)}`;

/** The timeseries column of the tasks of a kind solved this month (tasksSolvedRnd, ...). */
export const taskColumn = (kind: (typeof TASK_KINDS)[number]) =>
  `tasksSolved${kind === 'rnd' ? 'Rnd' : kind === 'hr' ? 'Hr' : capitalise(kind)}`;

/** Task kinds (Table 2) as a reader names them. */
export const TASK_KIND_LABELS: Record<(typeof TASK_KINDS)[number], string> = {
  rnd: 'R&D',
  management: 'management',
  marketing: 'marketing',
  hr: 'human resources',
  other: 'other',
};

/** Per member kind: chart title, axis and whether more is better. */
const MEMBER_KIND_OUTCOMES = {
  firm: { label: 'Member firms', unit: 'firms', better: 'higher', compare: final(20), key: true },
  professor: { label: 'Professor members', unit: 'professors', better: 'higher' },
  institute: { label: 'Research-institute members', unit: 'research-institute members', better: 'higher' },
  agency: { label: 'Support-agency members', unit: 'support-agency members', better: 'neither' },
} as const;

type MonthlyCount = {
  [K in keyof Model['counts']]: Model['counts'][K] extends number ? K : never;
}[keyof Model['counts']];

/** An outcome that is one of the step's counts (model.counts), as recorded this month. */
const count = (name: MonthlyCount, label: string, unit: string, description: string, better: Better): OutcomeSpec => ({
  name,
  label,
  unit,
  description,
  better,
  measure: (m) => m.counts[name],
});

/** Every outcome, in the order of timeseries.csv's columns. */
export const OUTCOMES: readonly OutcomeSpec[] = [
  {
    name: 'members',
    label: 'Members',
    unit: 'members (persons and firms)',
    description: 'members of all kinds',
    better: 'higher',
    charted: true,
    compare: final(10),
    measure: (_, c) => c.tally.members,
  },
  ...KIND_NAMES.map(
    (kind, k): OutcomeSpec => ({
      name: memberColumn(kind),
      description: `${kind} members`,
      ...MEMBER_KIND_OUTCOMES[kind],
      measure: (_, c) => c.tally.membersByKind[k],
    }),
  ),
  {
    name: 'ties',
    label: 'Ties among members',
    unit: 'ties',
    description: 'ties among members',
    better: 'higher',
    charted: true,
    measure: (_, c) => c.tally.ties,
  },
  {
    name: 'density',
    label: 'Network density',
    unit: 'density, 2E / (n(n-1))',
    description: 'density of the member network, 2E / (n(n-1))',
    better: 'higher',
    charted: true,
    compare: final(30),
    key: true,
    measure: (_, c) => density(c.tally),
  },
  {
    name: 'meanDegree',
    label: 'Mean degree',
    unit: 'ties per member',
    description: 'mean ties per member',
    better: 'higher',
    charted: true,
    compare: final(40),
    measure: (_, c) => meanDegree(c.tally),
  },
  {
    name: 'giantComponentShare',
    label: 'Largest connected component',
    unit: 'share of members',
    description: 'share of members in the largest connected component',
    better: 'higher',
    charted: true,
    compare: final(110),
    measure: (_, c) => giantComponentShare(c.tally),
  },
  {
    name: 'crossMcTieShare',
    label: 'Ties across mini-clusters',
    unit: 'share of ties',
    description: 'share of ties across MCs',
    better: 'higher',
    charted: true,
    compare: final(80),
    measure: (_, c) => crossMcTieShare(c.tally),
  },
  {
    name: 'crossRegionTieShare',
    label: 'Ties across regions',
    unit: 'share of ties',
    description: 'share of ties across regions',
    better: 'higher',
    charted: true,
    compare: final(90),
    measure: (_, c) => crossRegionTieShare(c.tally),
  },
  {
    name: 'membersWithCrossRegionTie',
    label: 'Members tied across regions',
    unit: 'share of members',
    description: 'share of members with a tie to a member in another region',
    better: 'higher',
    charted: true,
    compare: final(95),
    measure: (_, c) => crossRegionMemberShare(c.tally),
  },
  {
    name: 'iurTiesPerFirm',
    label: 'Industry-university-research ties per firm',
    unit: 'IUR ties per member firm',
    description: 'industry-university-research ties per member firm, member network (Table 3 is the panel, 4.11)',
    better: 'higher',
    charted: true,
    compare: final(60),
    measure: (_, c) => iurTiesPerFirm(c.tally),
  },
  {
    name: 'firmTiesPerFirm',
    label: 'Firm-firm ties per firm',
    unit: 'firm-firm ties per member firm',
    description: 'firm-firm ties per member firm, member network (Table 3 is the panel, 4.11)',
    better: 'higher',
    charted: true,
    compare: final(70),
    measure: (_, c) => firmTiesPerFirm(c.tally),
  },
  {
    name: 'meanTrust',
    label: 'Mean trust of ties',
    unit: 'trust, 0-1',
    description: 'mean trust of member ties',
    better: 'higher',
    charted: true,
    compare: final(100),
    measure: (_, c) => meanTrust(c.tally),
  },
  {
    name: 'meanSatisfaction',
    label: 'Mean satisfaction of members',
    unit: 'satisfaction, 0-1',
    description: 'mean satisfaction of members, 0-1',
    better: 'higher',
    charted: true,
    compare: final(50),
    key: true,
    measure: (m, c) => meanSatisfaction(m, c.tally),
  },
  ...FACTORS.map(
    (factor, k): OutcomeSpec => ({
      name: `factor${capitalise(factor)}`,
      label: `Mean ${factor} factor of members`,
      unit: `${factor} factor, 0-1`,
      description: `mean ${factor} factor of members, 0-1 (Table 6)`,
      better: 'higher',
      measure: (m, c) => meanFactor(m, k, c.tally),
    }),
  ),
  {
    ...count('events', 'Events per month', 'events per month', 'events held this month', 'neither'),
    total: { title: 'Events over the run', summary: 1 },
    compare: totalOver(160),
  },
  {
    ...count(
      'attendances',
      'Attendances per month',
      'attendances per month',
      "attendances at this month's events",
      'higher',
    ),
    total: { title: 'Attendances over the run' },
  },
  {
    ...count('tiesFormed', 'Ties formed per month', 'ties formed per month', 'ties formed this month', 'higher'),
    total: { title: 'Ties formed over the run', summary: 4 },
    compare: totalOver(170),
  },
  {
    ...count('tiesDropped', 'Ties dropped per month', 'ties dropped per month', 'ties dropped this month', 'lower'),
    total: { title: 'Ties dropped over the run', summary: 5 },
  },
  {
    ...count('tasksFound', 'Tasks found per month', 'tasks found per month', 'tasks found this month', 'neither'),
    total: { title: 'Tasks found over the run', summary: 2 },
  },
  {
    name: 'tasksSolved',
    label: 'Tasks solved per month',
    unit: 'tasks solved per month',
    description: 'tasks solved this month',
    better: 'higher',
    charted: true,
    total: { title: 'Tasks solved over the run', summary: 3 },
    compare: totalOver(150),
    key: true,
    measure: (m) => m.counts.tasksSolved.reduce((a, b) => a + b, 0),
  },
  ...TASK_KINDS.map(
    (kind, k): OutcomeSpec => ({
      name: taskColumn(kind),
      label: `${capitalise(TASK_KIND_LABELS[kind])} tasks solved per month`,
      unit: `${TASK_KIND_LABELS[kind]} tasks solved per month`,
      description: `${kind} tasks solved this month (Table 2)`,
      better: 'higher',
      measure: (m) => m.counts.tasksSolved[k],
    }),
  ),
  count(
    'tasksSolvedByAgency',
    'Tasks the agency solved per month',
    'tasks solved by the agency per month',
    'tasks the agency solved itself this month',
    'neither',
  ),
  {
    ...count('joined', 'Firms joining per month', 'firms joining per month', 'firms that joined this month', 'higher'),
    total: { title: 'Firms that joined over the run', summary: 6 },
    compare: totalOver(180),
  },
  {
    ...count('left', 'Firms leaving per month', 'firms leaving per month', 'firms that left this month', 'lower'),
    total: { title: 'Firms that left over the run', summary: 7 },
    compare: totalOver(190),
  },
  {
    ...count(
      'subsidyPaid',
      'Subsidy paid per month',
      'million KRW per month',
      "government subsidy paid into the MCs' budgets this month, million KRW",
      'neither',
    ),
    total: { title: 'Subsidy paid over the run, million KRW', summary: 8 },
    compare: totalOver(200),
    key: true,
  },
  {
    ...count(
      'feesPaid',
      'Fees paid per month',
      'million KRW per month',
      "members' fees paid into the MCs' budgets this month, million KRW",
      'neither',
    ),
    total: { title: 'Fees paid over the run, million KRW', summary: 9 },
    compare: totalOver(210),
    key: true,
  },
  {
    ...count(
      'feeRefusals',
      'Firms refusing a fee per month',
      'firms refusing to pay per month',
      'member firms that refused to pay a new or higher fee this month, and left (7.10)',
      'lower',
    ),
    total: { title: 'Firms that refused to pay over the run', summary: 10 },
    compare: totalOver(215),
  },
  {
    ...count(
      'mcsDissolved',
      'MCs dissolved per month',
      'MCs dissolved per month',
      'MCs that dissolved this month (7.3)',
      'lower',
    ),
    total: { title: 'MCs dissolved over the run', summary: 11 },
    compare: totalOver(218),
  },
  {
    name: 'subGroups',
    label: 'Informal sub-groups',
    unit: 'sub-groups',
    description:
      'informal sub-groups (dense groups of strongly tied members) found inside the MCs at the last detection, sub-MCs included (7.13)',
    better: 'higher',
    compare: final(219),
    measure: (m) => m.mcs.subGroups.length,
  },
  {
    name: 'subMcs',
    label: 'Sub-MCs',
    unit: 'sub-MCs',
    description: 'sub-groups that have lasted subGroups.monthsToSubMc months and hold their own meetings (7.13)',
    better: 'higher',
    compare: final(220),
    measure: (m) => m.mcs.subGroups.filter((g) => g.subMc).length,
  },
  {
    ...count(
      'subMcEvents',
      'Sub-MC meetings per month',
      'meetings per month',
      "meetings sub-MCs held this month from their members' own time, not among events (7.13)",
      'higher',
    ),
    total: { title: 'Sub-MC meetings over the run', summary: 12 },
    compare: totalOver(221),
  },
  {
    name: 'supportedMcs',
    label: 'Supported mini-clusters',
    unit: 'MCs with support',
    description: 'MCs with government support',
    better: 'neither',
    measure: (m) => m.mcs.supported.reduce((a, b) => a + b, 0),
  },
  {
    name: 'subsidisedMcs',
    label: 'Subsidised mini-clusters',
    unit: 'MCs with a subsidy',
    description: 'MCs paid a subsidy above 0 this month (supported, subsidy level above 0 in the MC)',
    better: 'neither',
    measure: (m) => subsidisedMcs(m),
  },
  {
    name: 'mcsWithFirmMembers',
    label: 'Mini-clusters with member firms',
    unit: 'MCs with at least one member firm',
    description: 'MCs with at least one member firm',
    better: 'higher',
    measure: (m) => mcsWithFirmMembers(m),
  },
  {
    name: 'clustering',
    label: 'Average clustering',
    unit: 'clustering coefficient',
    description: 'average local clustering coefficient',
    better: 'neither',
    costly: true,
    charted: true,
    compare: final(120),
    measure: (_, c) => averageClustering(c.csr()),
  },
  {
    name: 'communities',
    label: 'Louvain communities',
    unit: 'communities',
    description: 'Louvain communities of the member network',
    better: 'neither',
    costly: true,
    compare: final(140),
    measure: (_, c) => c.communities().count,
  },
  {
    name: 'modularity',
    label: 'Modularity of Louvain communities',
    unit: 'modularity',
    description: 'modularity of the Louvain partition',
    better: 'neither',
    costly: true,
    charted: true,
    compare: final(130),
    measure: (_, c) => c.communities().modularity,
  },
];

/** The outcome of a column, if the registry has it. */
export const outcomeSpec = (name: string): OutcomeSpec | undefined => OUTCOMES.find((o) => o.name === name);

/** The outcomes an ensemble compares, in their compare order. */
export const COMPARED_OUTCOMES: readonly OutcomeSpec[] = OUTCOMES.filter((o) => o.compare).sort(
  (a, b) => a.compare!.order - b.compare!.order,
);

/** The key outcomes of a comparison's summary, in their compare order. */
export const KEY_OUTCOMES: readonly OutcomeSpec[] = COMPARED_OUTCOMES.filter((o) => o.key);

/** The monthly counts summed in summary.json's totals, in their order there. */
export const SUMMED_OUTCOMES: readonly OutcomeSpec[] = OUTCOMES.filter((o) => o.total?.summary).sort(
  (a, b) => a.total!.summary! - b.total!.summary!,
);
