// One pass over agents and ties that counts what the whole-network metrics need; each metric is then a ratio of its
// counts.
import { FACTOR_COUNT, FIRM, isExpert, type Model } from '../model/types.js';
import { largestComponent, resetComponents, unite } from './components.js';

export interface NetworkTally {
  /** Members by kind: firm, professor, institute, agency. */
  membersByKind: [number, number, number, number];
  members: number;
  /** Ties between two current members, and how many of them are of each sort. */
  ties: number;
  crossMcTies: number;
  crossRegionTies: number;
  /** Members with at least one tie to a member in another region. */
  membersWithCrossRegionTie: number;
  /** Firm-professor and firm-institute ties. */
  iurTies: number;
  firmFirmTies: number;
  trustSum: number;
  /** Members in the largest connected component of the member network. */
  largestComponent: number;
  /** Sums over members of satisfaction and of each of the five factors (FACTORS order). */
  satisfactionSum: number;
  factorSums: number[];
}

/** Per pair of kinds (kind_a * 4 + kind_b): 1 for a firm-professor or firm-institute tie, and 1 for a firm-firm tie. */
const IUR_PAIR = new Uint8Array(16);
const FIRM_FIRM_PAIR = new Uint8Array(16);
for (let x = 0; x < 4; x++)
  for (let y = 0; y < 4; y++) IUR_PAIR[x * 4 + y] = (x === FIRM && isExpert(y)) || (y === FIRM && isExpert(x)) ? 1 : 0;
FIRM_FIRM_PAIR[FIRM * 4 + FIRM] = 1;

/**
 * Members by kind (in `byKind`), and the sums of satisfaction and of each factor (in `sums`: satisfaction, then
 * FACTORS).
 */
function sumMembers(model: Model, byKind: Int32Array, sums: Float64Array): void {
  const { member, kind, satisfaction, factors, count } = model.agents;
  for (let i = 0; i < count; i++) {
    if (member[i] !== 1) continue;
    byKind[kind[i]]++;
    sums[0] += satisfaction[i];
    for (let k = 0; k < FACTOR_COUNT; k++) sums[1 + k] += factors[i * FACTOR_COUNT + k];
  }
}

/**
 * Counts the ties between members (into `counts`: ties, trust sum, across MCs, across regions, IUR, firm-firm; the sums
 * in slot order), marks both ends of a tie across regions (in `crossRegion`) and unites their ends' components. The hot
 * loops live in these two small functions, away from the result's object literal: a literal after an on-stack-replaced
 * loop sent tallyNetwork into a deoptimisation loop (Node 20).
 */
function countMemberTies(model: Model, components: Int32Array, crossRegion: Uint8Array, counts: Float64Array): void {
  const { member, kind, mc, region } = model.agents;
  const { alive, a: ends0, b: ends1, trust, size } = model.ties;
  let count = 0;
  let trustSum = 0;
  let crossMcTies = 0;
  let crossRegionTies = 0;
  let iurTies = 0;
  let firmFirmTies = 0;
  for (let s = 0; s < size; s++) {
    if (alive[s] !== 1) continue;
    const a = ends0[s];
    const b = ends1[s];
    if ((member[a] & member[b]) !== 1) continue;
    count++;
    trustSum += trust[s];
    crossMcTies += mc[a] !== mc[b] ? 1 : 0;
    const across = region[a] !== region[b] ? 1 : 0;
    crossRegionTies += across;
    crossRegion[a] |= across;
    crossRegion[b] |= across;
    const pair = kind[a] * 4 + kind[b];
    iurTies += IUR_PAIR[pair];
    firmFirmTies += FIRM_FIRM_PAIR[pair];
    unite(components, a, b);
  }
  counts[0] = count;
  counts[1] = trustSum;
  counts[2] = crossMcTies;
  counts[3] = crossRegionTies;
  counts[4] = iurTies;
  counts[5] = firmFirmTies;
}

/** How many agents are marked (1) in `marks`. */
function countMarked(marks: Uint8Array): number {
  let marked = 0;
  for (let i = 0; i < marks.length; i++) marked += marks[i];
  return marked;
}

export function tallyNetwork(model: Model): NetworkTally {
  const n = model.agents.count;
  const byKind = new Int32Array(4);
  const sums = new Float64Array(1 + FACTOR_COUNT);
  sumMembers(model, byKind, sums);
  const components = new Int32Array(n);
  resetComponents(components);
  const crossRegion = new Uint8Array(n);
  const counts = new Float64Array(6);
  countMemberTies(model, components, crossRegion, counts);
  const membersByKind: [number, number, number, number] = [byKind[0], byKind[1], byKind[2], byKind[3]];
  return {
    membersByKind,
    members: byKind[0] + byKind[1] + byKind[2] + byKind[3],
    ties: counts[0],
    crossMcTies: counts[2],
    crossRegionTies: counts[3],
    membersWithCrossRegionTie: countMarked(crossRegion),
    iurTies: counts[4],
    firmFirmTies: counts[5],
    trustSum: counts[1],
    largestComponent: largestComponent(components, model.agents.member.subarray(0, n), new Int32Array(n)),
    satisfactionSum: sums[0],
    factorSums: Array.from(sums.subarray(1)),
  };
}
