// The order of charts in a report: the comparison first, then outcomes over time (in CHARTED_OUTCOMES order), members,
// tasks, degrees and network drawings by step; anything else after, by name.
import { chartFileName } from '../charts/common.js';
import { CHARTED_OUTCOMES } from '../charts/outcomes.js';

const FIRST = [
  'policy-comparison.vl.json',
  'policy-differences.vl.json',
  ...CHARTED_OUTCOMES.map((o) => chartFileName('outcome', o.metric)),
];
const MIDDLE = ['members-by-kind.vl.json', 'tasks-per-year.vl.json', 'degree-distribution.vl.json'];

function rank(name: string): [number, number, string] {
  const first = FIRST.indexOf(name);
  if (first >= 0) return [0, first, name];
  if (name.startsWith('outcome-')) return [1, 0, name];
  const middle = MIDDLE.indexOf(name);
  if (middle >= 0) return [2, middle, name];
  const network = /^network-(\d+)/.exec(name);
  if (network) return [3, Number(network[1]), name];
  return [4, 0, name];
}

export function orderCharts(names: readonly string[]): string[] {
  return [...names].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}
