// The scheduled policies of the picked scenario, listed with their months, and the months to mark on the charts:
// each policy of the timeline, each timed lever set, each lever the teacher moved, and a lesson's moment.
import { stepDate } from '../../scenario/dates.js';
import type { Policy } from '../../scenario/schema.js';
import { fill, type Lang, type Messages } from '../i18n/index.js';
import type { Lesson } from '../lessons/schema.js';
import { LEVERS, type LeverKey, type LeverSettings } from '../lever-registry.js';
import type { Marker } from './line-chart.js';
import { make } from './dom.js';

/** Policies the page's own timed levers add: shown by their levers, not in the list. */
const PAGE_POLICIES: ReadonlySet<string> = new Set(
  LEVERS.flatMap((l) => (l.control.kind === 'timed' ? [l.control.policyLabel] : [])),
);

/** The scenario's own policies, in the order they act. */
export const scheduledPolicies = (policies: readonly Policy[]) =>
  policies.filter((p) => !PAGE_POLICIES.has(p.label ?? '')).sort((a, b) => a.at - b.at);

export function showPolicies(list: HTMLElement, t: Messages, policies: readonly Policy[], startYear: number): void {
  const items = scheduledPolicies(policies).map((p) =>
    make(
      'li',
      {},
      fill(t.policies.item, {
        date: stepDate(startYear, p.at),
        label: p.label ?? fill(t.policies.unnamed, { params: Object.keys(p.set).join(', ') }),
      }),
    ),
  );
  list.replaceChildren(...(items.length ? items : [make('li', { className: 'none' }, t.policies.none)]));
}

export interface MarkerSources {
  policies: readonly Policy[];
  /** The levers as the teacher has set them: each timed lever set marks its month. */
  levers: LeverSettings;
  /** Months where the teacher moved a lever. */
  moves: readonly { step: number; key: LeverKey }[];
  lesson?: Lesson;
  t: Messages;
  lang: Lang;
}

/** The months to mark on the charts: the scenario's policies, the timed levers set, the levers moved, a lesson's moment. */
export function chartMarkers({ policies, levers, moves, lesson, t, lang }: MarkerSources): Marker[] {
  const found: Marker[] = scheduledPolicies(policies).map((p) => ({ step: p.at, label: p.label ?? '' }));
  for (const lever of LEVERS) {
    const at = lever.control.kind === 'timed' ? levers[lever.key] : null;
    if (typeof at === 'number') found.push({ step: at, label: t.levers.words[lever.key].label });
  }
  for (const move of moves) found.push({ step: move.step, label: t.levers.words[move.key].label });
  if (lesson) found.push({ step: lesson.look.at, label: lesson.title[lang], strong: true });
  return found;
}
