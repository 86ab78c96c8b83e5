// The candidate list that meeting and search fill and tie formation empties.
import type { Model } from '../model/types.js';

export function addCandidate(model: Model, from: number, to: number, origin: number, expectedTrust: number): void {
  const c = model.candidates;
  c.from.push(from);
  c.to.push(to);
  c.origin.push(origin);
  c.expectedTrust.push(expectedTrust);
  model.counts.candidates++;
}

export function clearCandidates(model: Model): void {
  const c = model.candidates;
  c.from.length = 0;
  c.to.length = 0;
  c.origin.length = 0;
  c.expectedTrust.length = 0;
}
