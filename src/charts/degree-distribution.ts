// The degree distribution of the member network at each snapshot: how many members have k ties, on a log scale.
import { PANEL, VL_SCHEMA } from './common.js';
import type { ChartSpec, NetworkSnapshot } from './types.js';

/** Members by degree, one row per degree that occurs; members without ties have degree 0. */
export function degreeCounts(snapshot: NetworkSnapshot): { degree: number; members: number }[] {
  const degree = new Map<string, number>(snapshot.nodes.map((n) => [n.id, 0]));
  for (const [a, b] of snapshot.edges) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const counts = new Map<number, number>();
  for (const k of degree.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => x[0] - y[0]).map(([k, members]) => ({ degree: k, members }));
}

export function snapshotLabel(snapshot: NetworkSnapshot): string {
  return snapshot.date ? `step ${snapshot.step} (${snapshot.date})` : `step ${snapshot.step}`;
}

/** One line with a point per occurring degree for each snapshot, labelled by its step (or by the labels given). */
export function degreeDistributionSpec(
  snapshots: readonly NetworkSnapshot[],
  labels: readonly string[] = snapshots.map(snapshotLabel),
): ChartSpec {
  const values = snapshots.flatMap((s, i) => degreeCounts(s).map((c) => ({ snapshot: labels[i], ...c })));
  return {
    $schema: VL_SCHEMA,
    title: 'Degree distribution of the member network',
    description: 'members by number of ties, per snapshot',
    ...PANEL,
    data: { values },
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x: { field: 'degree', type: 'quantitative', title: 'degree (ties per member)' },
      y: { field: 'members', type: 'quantitative', title: 'members (log scale)', scale: { type: 'log' } },
      color: { field: 'snapshot', type: 'nominal', title: 'snapshot', sort: [...labels] },
    },
  };
}
