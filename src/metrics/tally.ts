// One pass over agents and ties that counts what the whole-network metrics need; each metric is then a ratio of its counts.
import { FACTOR_COUNT, FIRM, INSTITUTE, PROFESSOR, type Model } from '../model/types.js';

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
  /** Sums over members of satisfaction and of each of the five factors (FACTORS order). */
  satisfactionSum: number;
  factorSums: number[];
}

const isExpert = (kind: number) => kind === PROFESSOR || kind === INSTITUTE;

export function tallyNetwork(model: Model): NetworkTally {
  const { agents, ties } = model;
  const { member, kind, mc, region } = agents;
  const t: NetworkTally = {
    membersByKind: [0, 0, 0, 0], members: 0, ties: 0, crossMcTies: 0, crossRegionTies: 0, iurTies: 0, firmFirmTies: 0, trustSum: 0,
    satisfactionSum: 0, factorSums: new Array(FACTOR_COUNT).fill(0),
  };
  for (let i = 0; i < agents.count; i++) {
    if (member[i] !== 1) continue;
    t.membersByKind[kind[i]]++;
    t.satisfactionSum += agents.satisfaction[i];
    for (let k = 0; k < FACTOR_COUNT; k++) t.factorSums[k] += agents.factors[i * FACTOR_COUNT + k];
  }
  t.members = t.membersByKind.reduce((x, y) => x + y, 0);
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    const a = ties.a[s];
    const b = ties.b[s];
    if (member[a] !== 1 || member[b] !== 1) continue;
    t.ties++;
    t.trustSum += ties.trust[s];
    if (mc[a] !== mc[b]) t.crossMcTies++;
    if (region[a] !== region[b]) t.crossRegionTies++;
    if ((kind[a] === FIRM && isExpert(kind[b])) || (kind[b] === FIRM && isExpert(kind[a]))) t.iurTies++;
    if (kind[a] === FIRM && kind[b] === FIRM) t.firmFirmTies++;
  }
  return t;
}
