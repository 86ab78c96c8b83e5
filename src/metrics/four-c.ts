// The 4C of a mini-cluster (paper, section 4: Contents, Connection, Community, Creation), measured per MC on the
// model's state: what it offers, how its members are linked, how much they trust each other, and what they make
// together. Read at the end of a run into mcs.csv.
import { FIRM, type Model } from '../model/types.js';

export interface McRow {
  mc: string;
  region: number;
  members: number;
  memberFirms: number;
  supported: number;
  dissolved: number;
  /** Contents: the MC's activity (events a month, A_c) over events.ratePerMcMonth, at most 1. */
  contents: number;
  /** Connection: mean number of ties of its members to other current members (anywhere). */
  connection: number;
  /** Community: mean trust of the ties between two of its current members; 0 without such ties. */
  community: number;
  /** Creation: mean recent joint projects with professors and institutes (recentIur) of its member firms. */
  creation: number;
  /** Informal sub-groups found inside the MC at the last detection, sub-MCs included (7.13). */
  subGroups: number;
  /** Its sub-groups that are sub-MCs. */
  subMcs: number;
}

/** One row per MC, in list order. */
export function fourC(model: Model): McRow[] {
  const { agents, mcs, ties, params } = model;
  const { member, kind, mc } = agents;
  const rows: McRow[] = [];
  for (let c = 0; c < mcs.count; c++) {
    let members = 0;
    let firms = 0;
    let degree = 0;
    let inside = 0;
    let trust = 0;
    let iur = 0;
    for (let i = mcs.start[c]; i < mcs.end[c]; i++) {
      if (member[i] !== 1) continue;
      members++;
      if (kind[i] === FIRM) {
        firms++;
        iur += agents.recentIur[i];
      }
      for (let k = ties.first[i], end = k + ties.degree[i]; k < end; k++) {
        const j = ties.partner[k];
        if (member[j] !== 1) continue;
        degree++;
        if (mc[j] === c && j > i) {
          inside++;
          trust += ties.trust[ties.tieAt[k]];
        }
      }
    }
    const rate = params.events.ratePerMcMonth;
    rows.push({
      mc: mcs.names[c],
      region: mcs.region[c],
      members,
      memberFirms: firms,
      supported: mcs.supported[c],
      dissolved: mcs.dissolved[c],
      contents: rate > 0 ? Math.min(1, mcs.activity[c] / rate) : 0,
      connection: members > 0 ? degree / members : 0,
      community: inside > 0 ? trust / inside : 0,
      creation: firms > 0 ? iur / firms : 0,
      subGroups: mcs.subGroups.filter((g) => g.mc === c).length,
      subMcs: mcs.subGroups.filter((g) => g.mc === c && g.subMc).length,
    });
  }
  return rows;
}
