// The outcomes charted over time and their labels; the colours of member kinds and task kinds, fixed so every chart agrees.
import { KIND_NAMES, TASK_KINDS } from '../scenario/schema.js';

export interface Outcome {
  /** Column of timeseries.csv (run) or metric of an ensemble row (compare). */
  metric: string;
  /** Chart title. */
  title: string;
  /** Y axis title, with the unit. */
  axis: string;
  /** Measured only every few steps: drawn with points. */
  sparse?: boolean;
  /** For monthly counts: the title of their total over a run, which is what a comparison compares. */
  total?: string;
}

export const OUTCOMES: readonly Outcome[] = [
  { metric: 'members', title: 'Members', axis: 'members (persons and firms)' },
  { metric: 'ties', title: 'Ties among members', axis: 'ties' },
  { metric: 'density', title: 'Network density', axis: 'density, 2E / (n(n-1))' },
  { metric: 'meanDegree', title: 'Mean degree', axis: 'ties per member' },
  { metric: 'giantComponentShare', title: 'Largest connected component', axis: 'share of members' },
  { metric: 'crossMcTieShare', title: 'Ties across mini-clusters', axis: 'share of ties' },
  { metric: 'crossRegionTieShare', title: 'Ties across regions', axis: 'share of ties' },
  { metric: 'iurTiesPerFirm', title: 'Industry-university-research ties per firm', axis: 'IUR ties per member firm' },
  { metric: 'firmTiesPerFirm', title: 'Firm-firm ties per firm', axis: 'firm-firm ties per member firm' },
  { metric: 'meanTrust', title: 'Mean trust of ties', axis: 'trust, 0-1' },
  { metric: 'meanSatisfaction', title: 'Mean satisfaction of members', axis: 'satisfaction, 0-1' },
  { metric: 'tasksSolved', title: 'Tasks solved per month', axis: 'tasks solved per month', total: 'Tasks solved over the run' },
  { metric: 'clustering', title: 'Average clustering', axis: 'clustering coefficient', sparse: true },
  { metric: 'modularity', title: 'Modularity of Louvain communities', axis: 'modularity', sparse: true },
];

/** Labels of other columns a comparison may name; not charted over time unless asked. */
const OTHER_OUTCOMES: readonly Outcome[] = [
  { metric: 'membersFirm', title: 'Member firms', axis: 'firms' },
  { metric: 'membersProfessor', title: 'Professor members', axis: 'professors' },
  { metric: 'membersInstitute', title: 'Research-institute members', axis: 'research-institute members' },
  { metric: 'membersAgency', title: 'Support-agency members', axis: 'support-agency members' },
  { metric: 'communities', title: 'Louvain communities', axis: 'communities', sparse: true },
  { metric: 'supportedMcs', title: 'Supported mini-clusters', axis: 'MCs with support' },
  { metric: 'events', title: 'Events per month', axis: 'events per month', total: 'Events over the run' },
  { metric: 'attendances', title: 'Attendances per month', axis: 'attendances per month', total: 'Attendances over the run' },
  { metric: 'tiesFormed', title: 'Ties formed per month', axis: 'ties formed per month', total: 'Ties formed over the run' },
  { metric: 'tiesDropped', title: 'Ties dropped per month', axis: 'ties dropped per month', total: 'Ties dropped over the run' },
  { metric: 'tasksFound', title: 'Tasks found per month', axis: 'tasks found per month', total: 'Tasks found over the run' },
  { metric: 'joined', title: 'Firms joining per month', axis: 'firms joining per month', total: 'Firms that joined over the run' },
  { metric: 'left', title: 'Firms leaving per month', axis: 'firms leaving per month', total: 'Firms that left over the run' },
];

/** The outcome of a metric, or a plain one named after it. */
export function outcomeOf(metric: string): Outcome {
  return OUTCOMES.find((o) => o.metric === metric) ?? OTHER_OUTCOMES.find((o) => o.metric === metric) ?? { metric, title: metric, axis: metric };
}

/** The title of an outcome in a comparison: the final value, or for monthly counts the total over the run. */
export function comparisonTitle(metric: string): string {
  const outcome = outcomeOf(metric);
  return outcome.total ?? outcome.title;
}

/** Member kinds and the timeseries column of each. */
export const MEMBER_KINDS = KIND_NAMES.map((kind) => ({ kind, column: `members${kind[0].toUpperCase()}${kind.slice(1)}` }));

/** Task kinds (Table 2), their labels and the timeseries column of each. */
export const TASK_KIND_LABELS: Record<(typeof TASK_KINDS)[number], string> = {
  rnd: 'R&D',
  management: 'management',
  marketing: 'marketing',
  hr: 'human resources',
  other: 'other',
};
export const TASK_COLUMNS = TASK_KINDS.map((kind) => ({
  kind,
  label: TASK_KIND_LABELS[kind],
  column: `tasksSolved${kind === 'rnd' ? 'Rnd' : kind === 'hr' ? 'Hr' : kind[0].toUpperCase() + kind.slice(1)}`,
}));

export const KIND_COLORS = { domain: [...KIND_NAMES], range: ['#4c78a8', '#f58518', '#54a24b', '#e45756'] };
export const TASK_COLORS = {
  domain: TASK_COLUMNS.map((t) => t.label),
  range: ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#9d755d'],
};
