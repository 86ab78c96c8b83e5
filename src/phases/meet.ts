// Phase 3: meeting at events. Each attendee meets a few others; a meeting uses an existing tie or makes a candidate.
import { randomInt } from '../random/rng.js';
import { findTie, useTie } from '../model/ties.js';
import { ORIGIN_EVENT, type Model } from '../model/types.js';
import { addCandidate } from './candidates.js';

/** For every event (in order) and attendee (in order): meetingsPerAttendee uniform draws among the other attendees. */
export function meet(model: Model): void {
  const { params: p, rng, ties } = model;
  const month = model.step + 1;
  for (const event of model.events) {
    const people = event.attendees;
    if (people.length < 2) continue;
    for (const i of people) {
      for (let k = 0; k < p.events.meetingsPerAttendee; k++) {
        const j = people[randomInt(rng, people.length)];
        if (j === i) continue;
        model.counts.meetings++;
        const slot = findTie(ties, i, j);
        if (slot >= 0) useTie(ties, slot, month, p.decay.reinforcement);
        else addCandidate(model, i, j, ORIGIN_EVENT, p.trust.initial);
      }
    }
  }
}
