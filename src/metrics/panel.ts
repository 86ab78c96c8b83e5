// Table 3 as the paper measured it: a panel of the firms that are members at one step (the 2010 analysis), each
// read at earlier steps (2004, 2009) with all its ties, to members or not. Recorded during a run, per firm.
import { FIRM, isExpert, type Model } from '../model/types.js';

/** What a firm's ties are counted as: to professors and institutes (IUR), or to other firms. */
export const PANEL_COLUMNS = ['iurTies', 'firmTies'] as const;
export type PanelColumn = (typeof PANEL_COLUMNS)[number];

/** The steps a run must record for a set of panel measures. */
export interface PanelPlan {
  /** Steps at which every firm's ties are counted. */
  tieSteps: readonly number[];
  /** Steps at which the member flags are kept (who is in the panel). */
  memberSteps: readonly number[];
}

/** What a run recorded for its panels, by step. */
export interface PanelRecord {
  /** Per step: ties of each agent to experts, and to firms (0 for agents that are not firms). */
  ties: Map<number, { iurTies: Uint16Array; firmTies: Uint16Array }>;
  /** Per step: 1 for the firms that are members then. */
  members: Map<number, Uint8Array>;
}

export function emptyPanelRecord(): PanelRecord {
  return { ties: new Map(), members: new Map() };
}

/** Counts every firm's live ties to experts and to firms (partners in or out of the MCs alike). */
function countFirmTies(model: Model): { iurTies: Uint16Array; firmTies: Uint16Array } {
  const { kind, count } = model.agents;
  const { first, degree, partner } = model.ties;
  const iurTies = new Uint16Array(count);
  const firmTies = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    if (kind[i] !== FIRM) continue;
    for (let k = first[i], end = k + degree[i]; k < end; k++) {
      const other = kind[partner[k]];
      if (isExpert(other)) iurTies[i]++;
      else if (other === FIRM) firmTies[i]++;
    }
  }
  return { iurTies, firmTies };
}

/** Keeps what the plan asks of the model's current step. */
export function recordPanel(model: Model, plan: PanelPlan, record: PanelRecord): void {
  if (plan.tieSteps.includes(model.step)) record.ties.set(model.step, countFirmTies(model));
  if (plan.memberSteps.includes(model.step)) {
    const { member, kind } = model.agents;
    record.members.set(
      model.step,
      Uint8Array.from(member, (m, i) => (m === 1 && kind[i] === FIRM ? 1 : 0)),
    );
  }
}

/**
 * Mean of a column at `step` over the firms that are members at `panelStep`; NaN when the steps were not recorded or
 * the panel is empty.
 */
export function panelMean(record: PanelRecord, column: PanelColumn, step: number, panelStep: number): number {
  const ties = record.ties.get(step)?.[column];
  const members = record.members.get(panelStep);
  if (!ties || !members) return NaN;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < members.length; i++) {
    if (members[i] !== 1) continue;
    sum += ties[i];
    n++;
  }
  return n > 0 ? sum / n : NaN;
}
