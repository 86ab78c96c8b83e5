// One pass over agents and ties that counts what the whole-network metrics need; each metric is then a ratio of its
// counts.
import { FACTOR_COUNT, FIRM, isExpert, type Model } from '../model/types.js';
import { uniteBySize } from './components.js';

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
 * What the tie pass reads of an agent, packed in one integer so that a tie's two ends cost two reads of one array
 * (instead of eight of four): 0 for an agent that is not a member; else the member bit, the kind, the region and the
 * MC; the tie pass adds the CROSS_REGION bit to both ends of a tie across regions.
 */
const MEMBER_BIT = 1;
const KIND_SHIFT = 1;
const REGION_SHIFT = 3;
const REGION_MASK = 0xff << REGION_SHIFT;
const MC_SHIFT = 11;
const MC_MASK = 0xffff << MC_SHIFT;
const CROSS_REGION = 1 << 27;

/** The tally's buffers, one set per agent store, reused from step to step (a tally runs every step). */
interface TallyWork {
  code: Int32Array;
  components: Int32Array;
  componentSize: Int32Array;
  byKind: Int32Array;
  sums: Float64Array;
  counts: Float64Array;
}

const works = new WeakMap<object, TallyWork>();

function tallyWork(agents: Model['agents']): TallyWork {
  let work = works.get(agents);
  if (work === undefined || work.code.length !== agents.count) {
    work = {
      code: new Int32Array(agents.count),
      components: new Int32Array(agents.count),
      componentSize: new Int32Array(agents.count),
      byKind: new Int32Array(4),
      sums: new Float64Array(1 + FACTOR_COUNT),
      counts: new Float64Array(7),
    };
    works.set(agents, work);
  }
  return work;
}

/**
 * Members by kind (in `byKind`), the sums of satisfaction and of each factor (in `sums`: satisfaction, then FACTORS),
 * each agent's packed code (in `code`), and each agent alone in its component (of size 1 for a member, 0 otherwise).
 */
function sumMembers(
  model: Model,
  byKind: Int32Array,
  sums: Float64Array,
  code: Int32Array,
  components: Int32Array,
  componentSize: Int32Array,
): void {
  const { member, kind, mc, region, satisfaction, factors, count } = model.agents;
  byKind.fill(0);
  sums.fill(0);
  for (let i = 0; i < count; i++) {
    components[i] = i;
    componentSize[i] = member[i] === 1 ? 1 : 0;
    if (member[i] !== 1) {
      code[i] = 0;
      continue;
    }
    code[i] = MEMBER_BIT | (kind[i] << KIND_SHIFT) | (region[i] << REGION_SHIFT) | (mc[i] << MC_SHIFT);
    byKind[kind[i]]++;
    sums[0] += satisfaction[i];
    for (let k = 0; k < FACTOR_COUNT; k++) sums[1 + k] += factors[i * FACTOR_COUNT + k];
  }
}

/**
 * Counts the ties between members (into `counts`: ties, trust sum, across MCs, across regions, IUR, firm-firm; the sums
 * in slot order, then the members of the largest component), marks both ends of a tie across regions (CROSS_REGION in
 * `code`) and unites their ends' components.
 * The hot loops live in these two small functions, away from the result's object literal: a literal after an
 * on-stack-replaced loop sent tallyNetwork into a deoptimisation loop (Node 20).
 */
function countMemberTies(
  model: Model,
  components: Int32Array,
  componentSize: Int32Array,
  code: Int32Array,
  counts: Float64Array,
): void {
  const { alive, a: ends0, b: ends1, trust, size } = model.ties;
  let count = 0;
  let trustSum = 0;
  let crossMcTies = 0;
  let crossRegionTies = 0;
  let iurTies = 0;
  let firmFirmTies = 0;
  let largest = 0;
  for (let s = 0; s < size; s++) {
    if (alive[s] !== 1) continue;
    const a = ends0[s];
    const b = ends1[s];
    const codeA = code[a];
    const codeB = code[b];
    if ((codeA & codeB & MEMBER_BIT) === 0) continue;
    count++;
    trustSum += trust[s];
    const differ = codeA ^ codeB;
    crossMcTies += (differ & MC_MASK) !== 0 ? 1 : 0;
    if ((differ & REGION_MASK) !== 0) {
      crossRegionTies++;
      code[a] = codeA | CROSS_REGION;
      code[b] = code[b] | CROSS_REGION;
    }
    const pair = ((codeA >> KIND_SHIFT) & 3) * 4 + ((codeB >> KIND_SHIFT) & 3);
    iurTies += IUR_PAIR[pair];
    firmFirmTies += FIRM_FIRM_PAIR[pair];
    largest = Math.max(largest, uniteBySize(components, componentSize, a, b));
  }
  counts[0] = count;
  counts[1] = trustSum;
  counts[2] = crossMcTies;
  counts[3] = crossRegionTies;
  counts[4] = iurTies;
  counts[5] = firmFirmTies;
  counts[6] = largest;
}

/** How many agents carry the CROSS_REGION mark in `code`. */
function countCrossRegion(code: Int32Array): number {
  let marked = 0;
  for (let i = 0; i < code.length; i++) marked += (code[i] & CROSS_REGION) !== 0 ? 1 : 0;
  return marked;
}

export function tallyNetwork(model: Model): NetworkTally {
  const { code, components, componentSize, byKind, sums, counts } = tallyWork(model.agents);
  sumMembers(model, byKind, sums, code, components, componentSize);
  countMemberTies(model, components, componentSize, code, counts);
  const members = byKind[0] + byKind[1] + byKind[2] + byKind[3];
  const membersByKind: [number, number, number, number] = [byKind[0], byKind[1], byKind[2], byKind[3]];
  return {
    membersByKind,
    members,
    ties: counts[0],
    crossMcTies: counts[2],
    crossRegionTies: counts[3],
    membersWithCrossRegionTie: countCrossRegion(code),
    iurTies: counts[4],
    firmFirmTies: counts[5],
    trustSum: counts[1],
    // A member without member ties is a component of one.
    largestComponent: Math.max(counts[6], members > 0 ? 1 : 0),
    satisfactionSum: sums[0],
    factorSums: Array.from(sums.subarray(1)),
  };
}
