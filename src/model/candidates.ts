// The candidate list that meeting and search fill and tie formation empties: growable typed columns, reused every step.
import type { Candidates, Model } from './types.js';

export function createCandidates(capacity: number): Candidates {
  return {
    length: 0,
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    origin: new Uint8Array(capacity),
    expectedTrust: new Float64Array(capacity),
  };
}

function grow(c: Candidates): void {
  const bigger = createCandidates(c.from.length * 2);
  bigger.from.set(c.from);
  bigger.to.set(c.to);
  bigger.origin.set(c.origin);
  bigger.expectedTrust.set(c.expectedTrust);
  c.from = bigger.from;
  c.to = bigger.to;
  c.origin = bigger.origin;
  c.expectedTrust = bigger.expectedTrust;
}

/** Adds a candidate tie; callers add only pairs that are not tied now (formTies relies on it). */
export function addCandidate(model: Model, from: number, to: number, origin: number, expectedTrust: number): void {
  const c = model.candidates;
  if (c.length === c.from.length) grow(c);
  c.from[c.length] = from;
  c.to[c.length] = to;
  c.origin[c.length] = origin;
  c.expectedTrust[c.length] = expectedTrust;
  c.length++;
  model.counts.candidates++;
}

export function clearCandidates(model: Model): void {
  model.candidates.length = 0;
}
