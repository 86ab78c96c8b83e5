// Who an agent can reach: agent id ranges of its MC, park, region or the nation, and draws of members from them.
import type { Rng } from '../random/rng.js';
import { randomInt } from '../random/rng.js';
import type { Scope } from '../scenario/schema.js';
import type { Model } from './types.js';

export interface Range {
  start: number;
  end: number;
}

/** The agent ids an agent of MC mc reaches at a scope. */
export function scopeRange(model: Model, mc: number, scope: Scope): Range {
  const { mcs, ranges } = model;
  if (scope === 'park') return { start: ranges.parkStart[mcs.park[mc]], end: ranges.parkEnd[mcs.park[mc]] };
  if (scope === 'region') return { start: ranges.regionStart[mcs.region[mc]], end: ranges.regionEnd[mcs.region[mc]] };
  return { start: 0, end: model.agents.count };
}

/** The agent ids of an MC's agents of kinds firstKind..lastKind (contiguous by construction). */
export function kindRange(model: Model, mc: number, firstKind: number, lastKind: number): Range {
  return { start: model.mcs.kindStart[mc * 5 + firstKind], end: model.mcs.kindStart[mc * 5 + lastKind + 1] };
}

/**
 * A uniform draw in [start, end) other than `exclude`, a member when `member` is given, accepted by `accept` when
 * given; up to maxTries rejections, then -1.
 */
function drawFrom(
  rng: Rng,
  range: Range,
  exclude: number,
  maxTries: number,
  member: Uint8Array | undefined,
  accept: ((j: number) => boolean) | undefined,
): number {
  const span = range.end - range.start;
  if (span <= 0) return -1;
  for (let t = 0; t < maxTries; t++) {
    const j = range.start + randomInt(rng, span);
    if (j !== exclude && (member === undefined || member[j] === 1) && (!accept || accept(j))) return j;
  }
  return -1;
}

/**
 * A uniform draw of a member in [start, end) other than `exclude`, accepted by `accept` when given;
 * up to maxTries rejections, then -1.
 */
export function drawMember(
  model: Model,
  rng: Rng,
  range: Range,
  exclude: number,
  maxTries: number,
  accept?: (j: number) => boolean,
): number {
  return drawFrom(rng, range, exclude, maxTries, model.agents.member, accept);
}

/**
 * A uniform draw of any agent in [start, end) other than `exclude`, member or not, accepted by `accept` when given;
 * up to maxTries rejections, then -1 (the pre-programme network, which exists before any MC).
 */
export function drawAgent(
  rng: Rng,
  range: Range,
  exclude: number,
  maxTries: number,
  accept?: (j: number) => boolean,
): number {
  return drawFrom(rng, range, exclude, maxTries, undefined, accept);
}
