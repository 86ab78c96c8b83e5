// Phase 3b: search. Member firms with spare attention look for partners: through the initiative, by referral along
// trusted ties (a weighted walk i -> j -> k, Kumpula et al. 2007), or at random in their MC or scope (Jackson & Rogers
// 2007).
import { drawMember, scopeRange } from '../model/pools.js';
import { findTie } from '../model/ties.js';
import { FIRM, ORIGIN_BROKERED, ORIGIN_REFERRAL, ORIGIN_SEARCH, isExpert, type Model } from '../model/types.js';
import { addCandidate } from '../model/candidates.js';
import { ANY_KIND, drawTie } from './draw-tie.js';

/**
 * A friend of a friend: j drawn from i's ties, then k from j's; expected trust is the geometric mean along the path.
 */
function referral(model: Model, i: number): void {
  const { ties } = model;
  const first = drawTie(model, i, ANY_KIND);
  if (first < 0) return;
  const j = ties.partner[first];
  const second = drawTie(model, j, ANY_KIND, i);
  if (second < 0) return;
  const k = ties.partner[second];
  if (findTie(ties, i, k) >= 0) return;
  const trust = Math.sqrt(ties.trust[ties.tieAt[first]] * ties.trust[ties.tieAt[second]]);
  addCandidate(model, i, k, ORIGIN_REFERRAL, trust);
}

/** The initiative brokers a member of another MC anywhere in the nation. */
function initiativeSearch(model: Model, i: number): void {
  const { params: p, agents, rng } = model;
  const c = agents.mc[i];
  const j = drawMember(
    model,
    rng,
    { start: 0, end: agents.count },
    i,
    p.search.maxTries,
    (j) => agents.mc[j] !== c && untied(model, i, j),
  );
  if (j >= 0) addCandidate(model, i, j, ORIGIN_BROKERED, p.trust.initial);
}

/**
 * Random search: through the expert pool for a professor or institute in the scope, else a member of the own MC or of
 * the scope.
 */
function randomSearch(model: Model, i: number): void {
  const { params: p, agents, mcs, rng } = model;
  const c = agents.mc[i];
  let j: number;
  if (p.levers.expertPool && rng() < p.levers.expertPoolSearchShare) {
    j = drawMember(
      model,
      rng,
      scopeRange(model, c, p.levers.scope),
      i,
      p.search.maxTries,
      (j) => isExpert(agents.kind[j]) && untied(model, i, j),
    );
  } else {
    const range =
      rng() < p.search.ownMcShare ? { start: mcs.start[c], end: mcs.end[c] } : scopeRange(model, c, p.levers.scope);
    j = drawMember(model, rng, range, i, p.search.maxTries, (j) => untied(model, i, j));
  }
  if (j >= 0) addCandidate(model, i, j, ORIGIN_SEARCH, p.trust.initial);
}

const untied = (model: Model, i: number, j: number) => findTie(model.ties, i, j) < 0;

/**
 * Every member firm under its tie capacity searches with probPerMonth: initiative, random search or referral, in that
 * order of draws.
 */
export function search(model: Model): void {
  const { params: p, rng, agents, ties } = model;
  const capacity = p.tieFormation.capacity.firm;
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] !== 1 || agents.kind[i] !== FIRM) continue;
    if (ties.degree[i] >= capacity || rng() >= p.search.probPerMonth) continue;
    if (p.levers.initiative && rng() < p.levers.initiativeBrokerShare) initiativeSearch(model, i);
    else if (ties.degree[i] === 0 || rng() < p.search.randomShare) randomSearch(model, i);
    else referral(model, i);
  }
}
