// Phase 9: the exit rule. At the end of each evaluation period, government support ends for MCs that reached their goal
// or are least efficient, judged on the tasks solved in the period.
import type { Model } from '../model/types.js';

function membersOf(model: Model, c: number): number {
  let n = 0;
  for (let i = model.mcs.start[c]; i < model.mcs.end[c]; i++) n += model.agents.member[i];
  return n;
}

/**
 * At the end of every levers.exitEvery-th month: the exit rule on the period's tasks solved per member-year, then the
 * tally restarts.
 */
export function evaluateSupport(model: Model): void {
  const month = model.step + 1;
  const { levers } = model.params;
  const { mcs } = model;
  const every = levers.exitRule === 'none' ? 12 : levers.exitEvery;
  if (month % every !== 0) return;
  if (levers.exitRule !== 'none') {
    const efficiency = new Float64Array(mcs.count);
    const supported: number[] = [];
    for (let c = 0; c < mcs.count; c++) {
      const members = membersOf(model, c);
      efficiency[c] = members > 0 ? (mcs.tasksSolvedThisYear[c] / members) * (12 / every) : 0;
      if (mcs.supported[c] === 1 && members > 0) supported.push(c);
    }
    let ending: number[];
    if (levers.exitRule === 'goal-reached') {
      ending = supported.filter((c) => efficiency[c] >= levers.exitGoalTasksPerMember);
    } else {
      supported.sort((x, y) => efficiency[x] - efficiency[y] || x - y);
      ending = supported.slice(0, Math.ceil(levers.exitShare * supported.length));
    }
    for (const c of ending) mcs.supported[c] = 0;
    model.counts.supportEnded += ending.length;
  }
  mcs.tasksSolvedThisYear.fill(0);
}
