// Share of members in the largest connected component, by union-find over the member ties.
// Hand-written: it runs every step, and union-find on typed arrays needs no graph to be built.
import type { Model } from '../model/types.js';

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

export function giantComponentShare(model: Model): number {
  const { agents, ties } = model;
  const { member } = agents;
  const { alive, a: ends0, b: ends1 } = ties;
  const parent = new Int32Array(agents.count);
  for (let i = 0; i < agents.count; i++) parent[i] = i;
  for (let s = 0; s < ties.size; s++) {
    if (alive[s] !== 1) continue;
    const a = ends0[s];
    const b = ends1[s];
    if (member[a] !== 1 || member[b] !== 1) continue;
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const size = new Int32Array(agents.count);
  let members = 0;
  let largest = 0;
  for (let i = 0; i < agents.count; i++) {
    if (agents.member[i] !== 1) continue;
    members++;
    const r = find(parent, i);
    largest = Math.max(largest, ++size[r]);
  }
  return members > 0 ? largest / members : 0;
}
