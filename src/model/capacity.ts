// Whether two agents may be tied: each under the tie capacity of its kind, distinct and not tied yet. Read when the
// network is seeded (create-model) and by the phases that make ties.
import { findTie } from './ties.js';
import { FIRM, INSTITUTE, PROFESSOR, type Model } from './types.js';

/** The most ties agent i keeps (tieFormation.capacity of its kind). */
export function capacityOf(model: Model, i: number): number {
  const capacity = model.params.tieFormation.capacity;
  switch (model.agents.kind[i]) {
    case FIRM:
      return capacity.firm;
    case PROFESSOR:
      return capacity.professor;
    case INSTITUTE:
      return capacity.institute;
    default:
      return capacity.agency;
  }
}

/** True when i and j may be tied now: distinct, untied, both under capacity. */
export function canTie(model: Model, i: number, j: number): boolean {
  const { ties } = model;
  return (
    i !== j && ties.degree[i] < capacityOf(model, i) && ties.degree[j] < capacityOf(model, j) && findTie(ties, i, j) < 0
  );
}
