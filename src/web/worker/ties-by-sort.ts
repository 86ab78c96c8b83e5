// Ties among members counted by the kinds of their two ends (TIE_SORTS order), for the "ties by kind" chart.
import { AGENCY, FIRM, isExpert, type Model } from '../../model/types.js';
import { TIE_SORTS } from '../protocol.js';

/** The index in TIE_SORTS of a tie between agents of kinds a and b. */
export function tieSort(a: number, b: number): number {
  if (a === FIRM && b === FIRM) return 0;
  if ((a === FIRM && isExpert(b)) || (b === FIRM && isExpert(a))) return 1;
  if ((a === FIRM && b === AGENCY) || (b === FIRM && a === AGENCY)) return 2;
  if (isExpert(a) && isExpert(b)) return 3;
  return 4;
}

/** Live ties between two current members, by sort. */
export function tiesBySort(model: Model): number[] {
  const { agents, ties } = model;
  const counts = new Array<number>(TIE_SORTS.length).fill(0);
  for (let s = 0; s < ties.size; s++) {
    if (ties.alive[s] !== 1) continue;
    const a = ties.a[s];
    const b = ties.b[s];
    if (agents.member[a] !== 1 || agents.member[b] !== 1) continue;
    counts[tieSort(agents.kind[a], agents.kind[b])]++;
  }
  return counts;
}
