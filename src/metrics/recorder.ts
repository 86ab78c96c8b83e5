// The recorder's columns: each maps a name to a pure measure of the model after a step (Mesa's DataCollector, as a table).
// Costly columns are measured every metrics.costlyEvery steps and at the last step; elsewhere they are empty (NA).
import { FACTORS, type Model } from '../model/types.js';
import { TASK_KINDS } from '../scenario/schema.js';
import { averageClustering } from './clustering.js';
import { communities, type Communities } from './communities.js';
import { memberCsr, type Csr } from './member-network.js';
import { crossMcTieShare, crossRegionTieShare, density, firmTiesPerFirm, giantComponentShare, iurTiesPerFirm, meanDegree, meanTrust } from './network.js';
import { tallyNetwork, type NetworkTally } from './tally.js';
import { meanFactor, meanSatisfaction } from './satisfaction.js';

export type Row = Record<string, number | string | null>;

/** What columns share within a step: one tally of the network, one Louvain run for communities and modularity. */
export interface MeasureContext {
  tally: NetworkTally;
  csr: () => Csr;
  communities: () => Communities;
}

export interface Column {
  name: string;
  description: string;
  costly?: boolean;
  measure: (model: Model, context: MeasureContext) => number;
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

export const COLUMNS: readonly Column[] = [
  { name: 'members', description: 'members of all kinds', measure: (_, c) => c.tally.members },
  ...(['firm', 'professor', 'institute', 'agency'] as const).map((kind, k) => ({
    name: `members${capitalise(kind)}`,
    description: `${kind} members`,
    measure: (_: Model, c: MeasureContext) => c.tally.membersByKind[k],
  })),
  { name: 'ties', description: 'ties among members', measure: (_, c) => c.tally.ties },
  { name: 'density', description: 'density of the member network, 2E / (n(n-1))', measure: (_, c) => density(c.tally) },
  { name: 'meanDegree', description: 'mean ties per member', measure: (_, c) => meanDegree(c.tally) },
  { name: 'giantComponentShare', description: 'share of members in the largest connected component', measure: (_, c) => giantComponentShare(c.tally) },
  { name: 'crossMcTieShare', description: 'share of ties across MCs', measure: (_, c) => crossMcTieShare(c.tally) },
  { name: 'crossRegionTieShare', description: 'share of ties across regions', measure: (_, c) => crossRegionTieShare(c.tally) },
  { name: 'iurTiesPerFirm', description: 'industry-university-research ties per member firm (Table 3)', measure: (_, c) => iurTiesPerFirm(c.tally) },
  { name: 'firmTiesPerFirm', description: 'firm-firm ties per member firm (Table 3)', measure: (_, c) => firmTiesPerFirm(c.tally) },
  { name: 'meanTrust', description: 'mean trust of member ties', measure: (_, c) => meanTrust(c.tally) },
  { name: 'meanSatisfaction', description: 'mean satisfaction of members, 0-1', measure: (m, c) => meanSatisfaction(m, c.tally) },
  ...FACTORS.map((factor, k) => ({
    name: `factor${capitalise(factor)}`,
    description: `mean ${factor} factor of members, 0-1 (Table 6)`,
    measure: (m: Model, c: MeasureContext) => meanFactor(m, k, c.tally),
  })),
  { name: 'events', description: 'events held this month', measure: (m) => m.counts.events },
  { name: 'attendances', description: 'attendances at this month\'s events', measure: (m) => m.counts.attendances },
  { name: 'tiesFormed', description: 'ties formed this month', measure: (m) => m.counts.tiesFormed },
  { name: 'tiesDropped', description: 'ties dropped this month', measure: (m) => m.counts.tiesDropped },
  { name: 'tasksFound', description: 'tasks found this month', measure: (m) => m.counts.tasksFound },
  { name: 'tasksSolved', description: 'tasks solved this month', measure: (m) => m.counts.tasksSolved.reduce((a, b) => a + b, 0) },
  ...TASK_KINDS.map((kind, k) => ({
    name: `tasksSolved${kind === 'rnd' ? 'Rnd' : kind === 'hr' ? 'Hr' : capitalise(kind)}`,
    description: `${kind} tasks solved this month (Table 2)`,
    measure: (m: Model) => m.counts.tasksSolved[k],
  })),
  { name: 'tasksSolvedByAgency', description: 'tasks the agency solved itself this month', measure: (m) => m.counts.tasksSolvedByAgency },
  { name: 'joined', description: 'firms that joined this month', measure: (m) => m.counts.joined },
  { name: 'left', description: 'firms that left this month', measure: (m) => m.counts.left },
  { name: 'supportedMcs', description: 'MCs with government support', measure: (m) => m.mcs.supported.reduce((a, b) => a + b, 0) },
  { name: 'clustering', description: 'average local clustering coefficient', costly: true, measure: (_, c) => averageClustering(c.csr()) },
  { name: 'communities', description: 'Louvain communities of the member network', costly: true, measure: (_, c) => c.communities().count },
  { name: 'modularity', description: 'modularity of the Louvain partition', costly: true, measure: (_, c) => c.communities().modularity },
];

/** Calendar month of a step: step 0 is the month before the start, step t is month t of the run. */
export function stepDate(startYear: number, step: number): string {
  const index = startYear * 12 + step - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Measures every column; costly ones only when `costly` is true (null otherwise). */
export function record(model: Model, costly: boolean): Row {
  let csr: Csr | undefined;
  let found: Communities | undefined;
  const context: MeasureContext = {
    tally: tallyNetwork(model),
    csr: () => (csr ??= memberCsr(model)),
    communities: () => (found ??= communities(model, context.csr())),
  };
  const row: Row = { step: model.step, date: stepDate(model.params.startYear, model.step) };
  for (const column of COLUMNS) row[column.name] = column.costly && !costly ? null : column.measure(model, context);
  return row;
}
