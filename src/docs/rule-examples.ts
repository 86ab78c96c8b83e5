// The ODD's worked examples of the monthly rules at the defaults: the chance a task succeeds (7.7, collaborate's
// successChance), how fast unused ties weaken and are dropped (7.8, the decay phase itself run on one tie), and the
// monthly chance that a member firm leaves (7.10, updateMembership's leaveLogit).
import { emptyCounts } from '../model/create-model.js';
import { addTie, createTies } from '../model/ties.js';
import { FIRM, ORIGIN_INITIAL, SMALL, type Model } from '../model/types.js';
import { MAX_STEPS } from '../scenario/schema.js';
import { logistic } from '../random/rng.js';
import { successChance } from '../phases/collaborate.js';
import { decay } from '../phases/decay.js';
import { feeBurden, leaveLogit } from '../phases/update-membership.js';
import { fixed, listing, ordinal, percent, short } from './format.js';
import type { OddSource } from './odd-source.js';

/** Section 7.7: the success chance of a task between two agents of the model's mean capability, at trust.initial. */
export function successText(source: OddSource): string {
  const { model } = source;
  const { capability, count } = model.agents;
  let total = 0;
  for (let i = 0; i < count; i++) total += capability[i];
  const mean = count > 0 ? total / count : 0;
  const trust = model.params.trust.initial;
  const chance = successChance(model, mean, mean, trust);
  const tie = `a tie of trust \`trust.initial\` = ${short(trust)}`;
  const ends = `two agents of the mean capability of the default model's agents (${fixed(mean, 2)})`;
  return `With the defaults, a task worked through ${tie} between ${ends} succeeds with chance ${fixed(chance, 3)}.`;
}

/** A copy of the model with no ties but a and b's, tied at the given strength, unused since step 0. */
function oneTie(model: Model, a: number, b: number, strength: number, dropBelow: number): Model {
  const params = { ...model.params, decay: { ...model.params.decay, dropBelow } };
  const ties = createTies(model.agents.count, 4, 4);
  addTie(ties, a, b, { trust: 0, strength, step: 0, origin: ORIGIN_INITIAL });
  return { ...model, params, ties, counts: emptyCounts(), step: 0 };
}

/**
 * Runs the decay phase month by month on one unused tie, for at most `months` months or until it is dropped: its
 * strength after each month, and the month it was dropped in (undefined if it was not).
 */
function decayed(
  model: Model,
  pair: readonly [number, number],
  strength: number,
  dropBelow: number,
  months: number,
): { strengths: number[]; droppedIn?: number } {
  const copy = oneTie(model, pair[0], pair[1], strength, dropBelow);
  const strengths: number[] = [];
  for (let month = 1; month <= months; month++) {
    copy.step = month - 1;
    decay(copy);
    if (copy.ties.count === 0) return { strengths, droppedIn: month };
    strengths.push(copy.ties.strength[0]);
  }
  return { strengths };
}

/** Two agents of one MC, and two of different MCs (the first of MC 0 and of MC 1), where the model has them. */
function pairs(model: Model): { inside?: [number, number]; across?: [number, number] } {
  const { start, end, count } = model.mcs;
  return {
    inside: count > 0 && end[0] - start[0] >= 2 ? [start[0], start[0] + 1] : undefined,
    across: count > 1 && end[0] > start[0] && end[1] > start[1] ? [start[0], start[1]] : undefined,
  };
}

/** Section 7.8: when an unused tie of a new tie's strength is dropped, and how much strength survives a year unused. */
export function decayText(source: OddSource): string {
  const { model } = source;
  const { inside, across } = pairs(model);
  const strength = model.params.tieFormation.initialStrength;
  const when = (pair: [number, number] | undefined, where: string) => {
    if (!pair) return undefined;
    const { droppedIn } = decayed(model, pair, strength, model.params.decay.dropBelow, MAX_STEPS);
    return droppedIn === undefined
      ? `never ${where} (not within ${MAX_STEPS} months)`
      : `in its ${ordinal(droppedIn)} unused month ${where}`;
  };
  const drops = [when(inside, 'within an MC'), when(across, 'across MCs')].filter((s) => s !== undefined);
  /** The share of its strength a tie keeps over an unused month and an unused year (nothing dropped). */
  const kept = (pair: [number, number]) => {
    const { strengths } = decayed(model, pair, 1, 0, 12);
    return { month: short(strengths[0]), year: short(strengths[11]) };
  };
  const sentences: string[] = [];
  if (drops.length > 0) {
    const tie = `an unused tie of a new tie's strength (\`tieFormation.initialStrength\` = ${short(strength)})`;
    sentences.push(`At the defaults, ${tie} is dropped ${listing(drops)}.`);
  }
  if (across) {
    const { month, year } = kept(across);
    const inMc = inside ? `; within an MC, ${kept(inside).month} and ${kept(inside).year}` : '';
    sentences.push(
      `Across MCs, ${month} of a tie's strength survives an unused month and ${year} an unused year (Burt 2002: ` +
        `about 9 in 10 bridges gone within a year)${inMc}.`,
    );
  }
  return sentences.join(' ');
}

/**
 * The monthly chance that member firm i leaves, leaveMaxPerMonth x logistic(leaveLogit): updateMembership draws U and
 * the firm leaves when U < chance (tests/docs/rule-examples.test.ts checks the two agree).
 */
export function leaveChance(model: Model, i: number): { logit: number; chance: number } {
  const logit = leaveLogit(model, i);
  return { logit, chance: model.params.membership.leaveMaxPerMonth * logistic(logit) };
}

/**
 * Section 7.10: a member firm's monthly chance of leaving at the defaults, at initial and reference satisfaction, in an
 * MC holding events at the programme's rate, and at reference satisfaction in an MC that holds none.
 */
export function leavingText(source: OddSource): string {
  const { model } = source;
  const { kind, member, size, count } = model.agents;
  let firm = -1;
  for (let i = 0; i < count && firm < 0; i++) if (kind[i] === FIRM && member[i] === 1 && size[i] === SMALL) firm = i;
  if (firm < 0) return 'The model has no small member firm at step 0 to give an example.';
  const m = model.params.membership;
  const burden = feeBurden(model, firm);
  const at = (satisfaction: number, activity = model.params.events.ratePerMcMonth) => {
    const values = Float64Array.from(model.agents.satisfaction);
    values[firm] = satisfaction;
    const activities = Float64Array.from(model.mcs.activity);
    activities[model.agents.mc[firm]] = activity;
    const view = { ...model, agents: { ...model.agents, satisfaction: values } };
    const { logit, chance } = leaveChance({ ...view, mcs: { ...model.mcs, activity: activities } }, firm);
    return `${short(m.leaveMaxPerMonth)} × logistic(${fixed(logit, 2)}) = ${percent(chance, 2)}`;
  };
  const fee = short(model.params.budget.feePerFirmMonth);
  const feeText =
    burden === 0 ? 'no fee' : `\`budget.feePerFirmMonth\` = ${fee}, a small firm's burden ${short(burden)}`;
  const initial = model.params.satisfaction.initial;
  const reference = m.satisfactionReference;
  const points =
    initial === reference
      ? `${at(initial)} a month at the initial and reference satisfaction \`S\` = ${short(initial)}`
      : `${at(initial)} a month at the initial satisfaction \`S\` = ${short(initial)} (\`satisfaction.initial\`), ` +
        `and ${at(reference)} at the reference \`S\` = ${short(reference)}`;
  const who = burden === 0 ? 'a member firm' : 'a small member firm';
  return (
    `At the defaults (${feeText}) ${who} of an MC holding events at the programme's rate leaves with chance ` +
    `\`leaveMaxPerMonth × logistic(x)\` = ${points}; in an MC that holds none (\`δ_c\` = 1), ${at(reference, 0)} at ` +
    'the reference satisfaction.'
  );
}
