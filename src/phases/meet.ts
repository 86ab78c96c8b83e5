// Phase 3: meeting at events. Each attendee meets a few others; a meeting uses an existing tie or makes a candidate.
import { findTie, useTie } from '../model/ties.js';
import { ORIGIN_EVENT, type Model } from '../model/types.js';
import { addCandidate } from '../model/candidates.js';
import { mixEffect, TIES } from './activity-mix.js';

/**
 * For every event (in order) and attendee (in order): meetingsPerAttendee x the event MC's mix effect on ties uniform
 * draws among the other attendees; a fractional part f gives one more meeting with chance f (a draw only when f > 0).
 */
export function meet(model: Model): void {
  const { params: p, rng, ties } = model;
  const month = model.step + 1;
  const reinforcement = p.decay.reinforcement;
  const initialTrust = p.trust.initial;
  let meetings = 0;
  for (const event of model.events) {
    const people = event.attendees;
    const n = people.length;
    if (n < 2) continue;
    const expected = p.events.meetingsPerAttendee * mixEffect(model, event.mc, TIES);
    const whole = Math.floor(expected);
    const fraction = expected - whole;
    for (let a = 0; a < n; a++) {
      const i = people[a];
      const perAttendee = fraction > 0 && rng() < fraction ? whole + 1 : whole;
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
