// Phase 3: meeting at events. Each attendee meets a few others; a meeting uses an existing tie or makes a candidate.
import { findTie, useTie } from '../model/ties.js';
import { ORIGIN_EVENT, type Model } from '../model/types.js';
import { addCandidate } from '../model/candidates.js';

/** For every event (in order) and attendee (in order): meetingsPerAttendee uniform draws among the other attendees. */
export function meet(model: Model): void {
  const { params: p, rng, ties } = model;
  const month = model.step + 1;
  const perAttendee = p.events.meetingsPerAttendee;
  const reinforcement = p.decay.reinforcement;
  const initialTrust = p.trust.initial;
  let meetings = 0;
  for (const event of model.events) {
    const people = event.attendees;
    const n = people.length;
    if (n < 2) continue;
    for (let a = 0; a < n; a++) {
      const i = people[a];
      for (let k = 0; k < perAttendee; k++) {
        const j = people[Math.floor(rng() * n)];
        if (j === i) continue;
        meetings++;
        const slot = findTie(ties, i, j);
        if (slot >= 0) useTie(ties, slot, month, reinforcement);
        else addCandidate(model, i, j, ORIGIN_EVENT, initialTrust);
      }
    }
  }
  model.counts.meetings += meetings;
}
