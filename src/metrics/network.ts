// Whole-network metrics of the member network, from its tally: density, mean degree, the giant component, cross-MC and
// cross-region tie shares, the share of members tied across regions, mean trust, and Table 3's two measures per member
// firm (IUR ties and firm-firm ties).
import type { NetworkTally } from './tally.js';

const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y);

/** 2E / (n (n - 1)); 0 below two members. */
export const density = (t: NetworkTally) => (t.members < 2 ? 0 : (2 * t.ties) / (t.members * (t.members - 1)));

/** 2E / n. */
export const meanDegree = (t: NetworkTally) => ratio(2 * t.ties, t.members);

/** Share of members in the largest connected component. */
export const giantComponentShare = (t: NetworkTally) => ratio(t.largestComponent, t.members);

/** Share of member ties whose ends belong to different MCs. */
export const crossMcTieShare = (t: NetworkTally) => ratio(t.crossMcTies, t.ties);

/** Share of member ties whose ends are in different regions. */
export const crossRegionTieShare = (t: NetworkTally) => ratio(t.crossRegionTies, t.ties);

/** Share of members with at least one tie to a member in another region. */
export const crossRegionMemberShare = (t: NetworkTally) => ratio(t.membersWithCrossRegionTie, t.members);

/** Mean trust over member ties. */
export const meanTrust = (t: NetworkTally) => ratio(t.trustSum, t.ties);

/** Ties between member firms and member professors or institutes, per member firm. */
export const iurTiesPerFirm = (t: NetworkTally) => ratio(t.iurTies, t.membersByKind[0]);

/** Firm-firm ties per member firm (each tie counts for both firms). */
export const firmTiesPerFirm = (t: NetworkTally) => ratio(2 * t.firmFirmTies, t.membersByKind[0]);
