// Informal sub-groups inside the MCs (paper, section 3.2.5; ODD 7.13): dense groups of strongly tied members, found at
// the end of every period; one that lasts becomes a sub-MC, which holds its own small meetings from its members' time.
import { poisson } from '../random/rng.js';
import type { HeldEvent, Model, SubGroup } from '../model/types.js';

/**
 * The strong partners of MC c's current members: current members of c tied to them with trust at least
 * subGroups.tieTrust, in the order of each member's block. Members are numbered from the MC's first agent (i - start);
 * member x's partners are partners[first[x]..first[x + 1]) (none for agents of c that are not members).
 */
interface StrongPartners {
  start: number;
  first: Int32Array;
  partners: Int32Array;
}

function strongPartners(model: Model, c: number): StrongPartners {
  const { agents, ties, mcs } = model;
  const threshold = model.params.subGroups.tieTrust;
  const start = mcs.start[c];
  const size = mcs.end[c] - start;
  let room = 0;
  for (let i = start; i < start + size; i++) room += agents.member[i] === 1 ? ties.degree[i] : 0;
  const first = new Int32Array(size + 1);
  const partners = new Int32Array(room);
  let at = 0;
  for (let x = 0; x < size; x++) {
    first[x] = at;
    const i = start + x;
    if (agents.member[i] !== 1) continue;
    for (let k = ties.first[i], end = k + ties.degree[i]; k < end; k++) {
      const j = ties.partner[k];
      if (agents.member[j] === 1 && agents.mc[j] === c && ties.trust[ties.tieAt[k]] >= threshold) partners[at++] = j;
    }
  }
  first[size] = at;
  return { start, first, partners };
}

/** The share of the pairs of `group` (agent ids of the MC) joined by a strong tie; `inside` is all 0 and left so. */
function strongDensity(group: Int32Array, strong: StrongPartners, inside: Uint8Array): number {
  const { start, first, partners } = strong;
  for (const i of group) inside[i - start] = 1;
  let ends = 0;
  for (const i of group) {
    for (let k = first[i - start]; k < first[i - start + 1]; k++) ends += inside[partners[k] - start];
  }
  for (const i of group) inside[i - start] = 0;
  const pairs = (group.length * (group.length - 1)) / 2;
  return pairs > 0 ? ends / 2 / pairs : 0;
}

/**
 * The dense groups of MC c now: members taken by falling number of strong partners (ties broken by id); a member not
 * yet in a group, with its strong partners not yet in one, is a sub-group when they are at least minSize and at least
 * minDensity of their pairs are strong ties. Groups are disjoint; each is sorted by id. Typed arrays over the MC's
 * agents rather than maps and sets: the phase took 30% less CPU time at scale 10.
 */
export function findSubGroups(model: Model, c: number): number[][] {
  const { minSize, minDensity } = model.params.subGroups;
  const strong = strongPartners(model, c);
  const { start, first, partners } = strong;
  const size = first.length - 1;
  const { member } = model.agents;
  const order: number[] = [];
  for (let x = 0; x < size; x++) if (member[start + x] === 1) order.push(start + x);
  const count = (i: number) => first[i - start + 1] - first[i - start];
  order.sort((x, y) => count(y) - count(x) || x - y);
  const taken = new Uint8Array(size);
  const inside = new Uint8Array(size);
  const candidate = new Int32Array(partners.length + 1);
  const groups: number[][] = [];
  for (const i of order) {
    if (taken[i - start] === 1) continue;
    let length = 0;
    candidate[length++] = i;
    for (let k = first[i - start]; k < first[i - start + 1]; k++) {
      if (taken[partners[k] - start] === 0) candidate[length++] = partners[k];
    }
    const group = candidate.subarray(0, length).sort();
    if (length < Math.max(2, minSize) || strongDensity(group, strong, inside) < minDensity) continue;
    for (const j of group) taken[j - start] = 1;
    groups.push(Array.from(group));
  }
  return groups;
}

/** Members in common over the size of the larger group (both sorted by id). */
export function overlap(a: readonly number[], b: readonly number[]): number {
  let common = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) {
      common++;
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  return common / Math.max(a.length, b.length, 1);
}

/**
 * Phase 10, at the end of every subGroups.everyMonths months: finds each MC's sub-groups; a group overlapping one of
 * the last detection (at least overlapShare, the best unmatched one) keeps its `since`, else starts now; a group found
 * since monthsToSubMc months or more is a sub-MC. Writes mcs.subGroups; draws nothing.
 */
export function trackSubGroups(model: Model): void {
  const { everyMonths, overlapShare, monthsToSubMc } = model.params.subGroups;
  const month = model.step + 1;
  if (everyMonths <= 0 || month % everyMonths !== 0) return;
  const { mcs } = model;
  const before = mcs.subGroups;
  const next: SubGroup[] = [];
  for (let c = 0; c < mcs.count; c++) {
    if (mcs.dissolved[c] === 1) continue;
    const previous = before.filter((g) => g.mc === c);
    const matched = new Set<SubGroup>();
    for (const members of findSubGroups(model, c)) {
      let best: SubGroup | undefined;
      let bestShare = overlapShare;
      for (const old of previous) {
        const share = overlap(old.members, members);
        if (!matched.has(old) && share >= bestShare && (best === undefined || share > bestShare)) {
          best = old;
          bestShare = share;
        }
      }
      if (best) matched.add(best);
      const since = best ? best.since : month;
      next.push({ mc: c, members, since, subMc: month - since >= monthsToSubMc });
    }
  }
  mcs.subGroups = next;
}

/**
 * Phase 2b: every sub-MC of an MC that has not dissolved holds Poisson(subMcMeetingsPerMonth) meetings; each of its
 * current members attends each with probability subGroups.attendProb (one draw per member). Meetings join
 * model.events (met in phase 3) and count in subMcEvents, not in events; attendees' recentEvents rise; a meeting
 * resets its MC's idle months (7.3). Draws nothing while there is no sub-MC.
 */
export function holdSubMcMeetings(model: Model): void {
  const { subMcMeetingsPerMonth: rate, attendProb } = model.params.subGroups;
  const { agents, mcs, rng } = model;
  if (rate <= 0) return;
  for (const group of mcs.subGroups) {
    if (!group.subMc || mcs.dissolved[group.mc] === 1) continue;
    const n = poisson(rng, rate);
    for (let e = 0; e < n; e++) {
      const event: HeldEvent = { mc: group.mc, visit: false, attendees: [] };
      for (const i of group.members) if (agents.member[i] === 1 && rng() < attendProb) event.attendees.push(i);
      for (const i of event.attendees) agents.recentEvents[i] += 1;
      model.events.push(event);
    }
    model.counts.subMcEvents += n;
    if (n > 0) mcs.idleMonths[group.mc] = 0;
  }
}
