// Who brokers, by group: the members' centrality and brokerage (centrality.ts) summed up per kind (firm, professor,
// institute, agency, and the MCs' coordinators) and per MC, with every group's share of the whole network's brokerage.
import { KIND_NAMES } from '../scenario/schema.js';
import type { MemberCentrality } from './centrality.js';

export type BrokerageGroup = 'all' | 'kind' | 'mc';

export interface GroupBrokerage {
  group: BrokerageGroup;
  /** The kind ('coordinator': the MCs' coordinators, who are also counted among the agencies) or the MC; 'all'. */
  value: string;
  members: number;
  meanDegree: number | null;
  /** Shares of the group's members' ties whose other end is in another MC, or in another region. */
  crossMcTieShare: number | null;
  crossRegionTieShare: number | null;
  /** The group's members' sum of betweenness over that of all members: its share of the brokerage on shortest paths. */
  betweennessShare: number | null;
  /** The same for the shortest paths between members of different MCs, and of different regions. */
  betweennessAcrossMcsShare: number | null;
  betweennessAcrossRegionsShare: number | null;
  meanBetweenness: number | null;
  maxBetweenness: number | null;
  /** The member of the group with the highest betweenness (the first in node order on a tie). */
  topBroker: string | null;
  /** Sum of PageRank (which sums to 1 over all members). */
  pagerankShare: number | null;
  meanPagerank: number | null;
  gfCoordinator: number;
  gfItinerant: number;
  gfRepresentative: number;
  gfLiaison: number;
}

/** The kinds a table always lists, in order; other kinds found in a file follow in order of first appearance. */
export const SUMMARY_KINDS = [...KIND_NAMES, 'coordinator'] as const;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function summarise(
  group: BrokerageGroup,
  value: string,
  rows: readonly MemberCentrality[],
  all: readonly MemberCentrality[],
): GroupBrokerage {
  const sum = (list: readonly MemberCentrality[], pick: (r: MemberCentrality) => number) =>
    list.reduce((s, r) => s + pick(r), 0);
  const ties = sum(rows, (r) => r.degree);
  let top: MemberCentrality | null = null;
  for (const r of rows) if (top === null || r.betweenness > top.betweenness) top = r;
  const count = rows.length;
  return {
    group,
    value,
    members: count,
    meanDegree: ratio(ties, count),
    crossMcTieShare: ratio(
      sum(rows, (r) => r.crossMcTies),
      ties,
    ),
    crossRegionTieShare: ratio(
      sum(rows, (r) => r.crossRegionTies),
      ties,
    ),
    betweennessShare: ratio(
      sum(rows, (r) => r.betweenness),
      sum(all, (r) => r.betweenness),
    ),
    betweennessAcrossMcsShare: ratio(
      sum(rows, (r) => r.betweennessAcrossMcs),
      sum(all, (r) => r.betweennessAcrossMcs),
    ),
    betweennessAcrossRegionsShare: ratio(
      sum(rows, (r) => r.betweennessAcrossRegions),
      sum(all, (r) => r.betweennessAcrossRegions),
    ),
    meanBetweenness: ratio(
      sum(rows, (r) => r.betweenness),
      count,
    ),
    maxBetweenness: top === null ? null : top.betweenness,
    topBroker: top === null ? null : top.node,
    pagerankShare: count > 0 ? sum(rows, (r) => r.pagerank) : null,
    meanPagerank: ratio(
      sum(rows, (r) => r.pagerank),
      count,
    ),
    gfCoordinator: sum(rows, (r) => r.gfCoordinator),
    gfItinerant: sum(rows, (r) => r.gfItinerant),
    gfRepresentative: sum(rows, (r) => r.gfRepresentative),
    gfLiaison: sum(rows, (r) => r.gfLiaison),
  };
}

/** Strings in code-unit order, the same on every machine. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One row for all members, one per kind (SUMMARY_KINDS, then any other kind found) and one per MC (sorted by name).
 */
export function brokerageSummary(rows: readonly MemberCentrality[]): GroupBrokerage[] {
  const kinds: string[] = [...SUMMARY_KINDS];
  for (const r of rows) if (!kinds.includes(r.kind)) kinds.push(r.kind);
  const mcs = [...new Set(rows.map((r) => r.mc))].sort(byText);
  return [
    summarise('all', 'all', rows, rows),
    ...kinds.map((kind) =>
      summarise(
        'kind',
        kind,
        rows.filter((r) => (kind === 'coordinator' ? r.coordinator : r.kind === kind)),
        rows,
      ),
    ),
    ...mcs.map((mc) =>
      summarise(
        'mc',
        mc,
        rows.filter((r) => r.mc === mc),
        rows,
      ),
    ),
  ];
}
