// The scheduled policies of the picked scenario, listed with their months, and the months to mark on the charts:
// each policy of the timeline, each timed lever set, each lever the teacher moved, and a lesson's moment.
import { stepDate } from '../../scenario/dates.js';
import type { Policy } from '../../scenario/schema.js';
import { fill, type Messages } from '../i18n/index.js';
import { LEVERS } from '../lever-registry.js';
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
