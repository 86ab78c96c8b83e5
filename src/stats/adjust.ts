// Adjusting p-values for multiple comparisons: Holm's step-down (family-wise error), Benjamini-Hochberg's step-up
// (false discovery rate), or none; as R's p.adjust(p, "holm" | "BH" | "none").

export const ADJUSTMENTS = ['holm', 'bh', 'none'] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** How each adjustment is named in tables and what it controls. */
export const ADJUSTMENT_TEXT: Record<Adjustment, { name: string; controls: string }> = {
  holm: { name: 'Holm', controls: 'family-wise error' },
  bh: { name: 'Benjamini-Hochberg', controls: 'false discovery rate' },
  none: { name: 'no', controls: 'nothing' },
};

/**
 * The adjusted p-values, in the order given. NaN p-values are not tests: they stay NaN and do not count in the family
 * size m.
 */
export function adjustPValues(p: readonly number[], method: Adjustment): number[] {
  const out = p.map(() => NaN);
  const order = p
    .map((value, k) => ({ value, k }))
    .filter((e) => !Number.isNaN(e.value))
    .sort((a, b) => a.value - b.value || a.k - b.k);
  const m = order.length;
  if (method === 'none') {
    for (const e of order) out[e.k] = e.value;
  } else if (method === 'holm') {
    let running = 0;
    order.forEach((e, i) => {
      running = Math.max(running, Math.min(1, (m - i) * e.value));
      out[e.k] = running;
    });
  } else {
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
      running = Math.min(running, (m / (i + 1)) * order[i].value);
      out[order[i].k] = Math.min(1, running);
    }
  }
  return out;
}
