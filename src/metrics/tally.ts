// One pass over agents and ties that counts what the whole-network metrics need; each metric is then a ratio of its counts.
import { FACTOR_COUNT, FIRM, INSTITUTE, PROFESSOR, type Model } from '../model/types.js';
import { createComponents, largestComponent, unite } from './components.js';

export interface NetworkTally {
  /** Members by kind: firm, professor, institute, agency. */
  membersByKind: [number, number, number, number];
  members: number;
  /** Ties between two current members, and how many of them are of each sort. */
  ties: number;
  crossMcTies: number;
  crossRegionTies: number;
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
for (const [x, y] of [[FIRM, PROFESSOR], [FIRM, INSTITUTE]]) IUR_PAIR[x * 4 + y] = IUR_PAIR[y * 4 + x] = 1;
FIRM_FIRM_PAIR[FIRM * 4 + FIRM] = 1;

export function tallyNetwork(model: Model): NetworkTally {
  const { agents, ties } = model;
  const { member, kind, mc, region, satisfaction, factors } = agents;
  const membersByKind: [number, number, number, number] = [0, 0, 0, 0];
  const factorSums = new Float64Array(FACTOR_COUNT);
  let satisfactionSum = 0;
  for (let i = 0; i < agents.count; i++) {
    if (member[i] !== 1) continue;
    membersByKind[kind[i]]++;
    satisfactionSum += satisfaction[i];
    for (let k = 0; k < FACTOR_COUNT; k++) factorSums[k] += factors[i * FACTOR_COUNT + k];
  }
  // Counted in locals (not the result's fields) so that the loop keeps them in registers; the sums run in slot order.
  let count = 0;
  let trustSum = 0;
  let crossMcTies = 0;
  let crossRegionTies = 0;
  let iurTies = 0;
  let firmFirmTies = 0;
  const { alive, a: ends0, b: ends1, trust } = ties;
  const size = ties.size;
  const components = createComponents(agents.count);
  for (let s = 0; s < size; s++) {
    if (alive[s] !== 1) continue;
    const a = ends0[s];
    const b = ends1[s];
    if ((member[a] & member[b]) !== 1) continue;
    count++;
    trustSum += trust[s];
    crossMcTies += mc[a] !== mc[b] ? 1 : 0;
    crossRegionTies += region[a] !== region[b] ? 1 : 0;
    const pair = kind[a] * 4 + kind[b];
    iurTies += IUR_PAIR[pair];
    firmFirmTies += FIRM_FIRM_PAIR[pair];
    unite(components, a, b);
  }
  return {
    membersByKind,
    members: membersByKind.reduce((x, y) => x + y, 0),
    ties: count,
    crossMcTies,
    crossRegionTies,
    iurTies,
    firmFirmTies,
    trustSum,
    largestComponent: largestComponent(components, member.subarray(0, agents.count)),
    satisfactionSum,
    factorSums: Array.from(factorSums),
  };
}
