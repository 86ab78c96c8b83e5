// The ODD's examples of the tie decision (section 7.6): the logit and probability of typical candidates, computed by
// phases/form-ties.ts's own tieLogit and tieProbability on pairs of agents of the model, with the attention used set
// to nothing or to an example's degrees.
import { tieLogit, tieProbability, tieRules } from '../phases/form-ties.js';
import {
  AGENCY,
  FIRM,
  ORIGIN_BROKERED,
  ORIGIN_EVENT,
  ORIGIN_REFERRAL,
  ORIGIN_SEARCH,
  PROFESSOR,
  type Model,
} from '../model/types.js';
import { fixed, short } from './format.js';
import type { OddSource } from './odd-source.js';

const KIND_LABELS = ['firm', 'professor', 'institute', 'agency'];
const ORIGIN_LABELS: Record<number, string> = {
  [ORIGIN_EVENT]: 'event',
  [ORIGIN_SEARCH]: 'random search',
  [ORIGIN_REFERRAL]: 'referral',
  [ORIGIN_BROKERED]: 'initiative',
};

/** Where the two ends of a candidate are, relative to each other. */
export type Relation = 'same MC' | 'other MC in the same park and sector' | 'other region';

export interface TieExample {
  origin: number;
  kinds: readonly [number, number];
  relation: Relation;
  /** The expected trust T̂; trust.initial when not given. */
  trust?: number;
}

/** The candidates of the ODD's table, in its order. */
export const TIE_EXAMPLES: readonly TieExample[] = [
  { origin: ORIGIN_EVENT, kinds: [FIRM, FIRM], relation: 'same MC' },
  { origin: ORIGIN_EVENT, kinds: [FIRM, PROFESSOR], relation: 'same MC' },
  { origin: ORIGIN_EVENT, kinds: [FIRM, AGENCY], relation: 'same MC' },
  { origin: ORIGIN_SEARCH, kinds: [FIRM, FIRM], relation: 'same MC' },
  { origin: ORIGIN_SEARCH, kinds: [FIRM, PROFESSOR], relation: 'same MC' },
  { origin: ORIGIN_SEARCH, kinds: [FIRM, FIRM], relation: 'other MC in the same park and sector' },
  { origin: ORIGIN_REFERRAL, kinds: [FIRM, PROFESSOR], relation: 'same MC', trust: 0.5 },
  { origin: ORIGIN_BROKERED, kinds: [FIRM, PROFESSOR], relation: 'other region' },
];

function related(model: Model, i: number, j: number, relation: Relation): boolean {
  const a = model.agents;
  const sameSector = a.kind[i] !== FIRM || a.kind[j] !== FIRM || a.sector[i] === a.sector[j];
  switch (relation) {
    case 'same MC':
      return a.mc[i] === a.mc[j] && sameSector;
    case 'other MC in the same park and sector':
      return a.park[i] === a.park[j] && a.mc[i] !== a.mc[j] && sameSector;
    case 'other region':
      return a.region[i] !== a.region[j];
  }
}

/** The first pair of members (lowest ids) of the given kinds in the given relation; undefined if the model has none. */
export function findPair(
  model: Model,
  kinds: readonly [number, number],
  relation: Relation,
): [number, number] | undefined {
  const { kind, member, count } = model.agents;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== kinds[0] || member[i] !== 1) continue;
    for (let j = 0; j < count; j++) {
      if (j !== i && kind[j] === kinds[1] && member[j] === 1 && related(model, i, j, relation)) return [i, j];
    }
  }
  return undefined;
}

/** The model seen with the given degrees (all others 0): the logit's attention term reads nothing else of the ties. */
function withDegrees(model: Model, degrees: Record<number, number> = {}): Model {
  const degree = new Int32Array(model.agents.count);
  for (const [i, d] of Object.entries(degrees)) degree[Number(i)] = d;
  return { ...model, ties: { ...model.ties, degree } };
}

function label(example: TieExample): string {
  const [ki, kj] = example.kinds;
  const trust = example.trust === undefined ? '' : ` (\`T̂\` = ${short(example.trust)})`;
  return `${ORIGIN_LABELS[example.origin]}${trust}, ${KIND_LABELS[ki]}-${KIND_LABELS[kj]}, ${example.relation}`;
}

/** Section 7.6: the table of logits and probabilities of the example candidates, with no attention used. */
export function tieProbabilityTable(source: OddSource, examples: readonly TieExample[] = TIE_EXAMPLES): string {
  const view = withDegrees(source.model);
  const rules = tieRules(view);
  const initial = view.params.trust.initial;
  const lines = [
    `Probabilities at the defaults with no attention used (\`deg = 0\`) and \`T̂\` = \`trust.initial\` = ` +
      `${short(initial)} unless stated, from \`tieLogit\` and \`tieProbability\` (\`phases/form-ties.ts\`) on ` +
      'members of the default model:',
    '',
    '| candidate | logit | `P` |',
    '|---|---|---|',
  ];
  for (const example of examples) {
    const pair = findPair(view, example.kinds, example.relation);
    if (!pair) continue;
    const trust = example.trust ?? initial;
    const logit = tieLogit(view, rules, pair[0], pair[1], example.origin, trust);
    const p = tieProbability(view, pair[0], pair[1], example.origin, trust);
    lines.push(`| ${label(example)} | ${fixed(logit, 2)} | ${fixed(p, 3)} |`);
  }
  return lines.join('\n');
}

/**
 * Section 7.6's example of attention: an event candidate firm-professor in the same MC, the firm at 40% of its capacity
 * and the professor at half of theirs, against the same candidate with no attention used.
 */
export function attentionText(source: OddSource): string {
  const { model } = source;
  const pair = findPair(model, [FIRM, PROFESSOR], 'same MC');
  if (!pair) return 'The model has no firm and professor in one MC to give an example.';
  const [i, j] = pair;
  const capacity = model.params.tieFormation.capacity;
  const degrees = { [i]: Math.round(0.4 * capacity.firm), [j]: Math.round(0.5 * capacity.professor) };
  const trust = model.params.trust.initial;
  const free = withDegrees(model);
  const busy = withDegrees(model, degrees);
  const loss =
    tieLogit(free, tieRules(free), i, j, ORIGIN_EVENT, trust) -
    tieLogit(busy, tieRules(busy), i, j, ORIGIN_EVENT, trust);
  const before = tieProbability(free, i, j, ORIGIN_EVENT, trust);
  const after = tieProbability(busy, i, j, ORIGIN_EVENT, trust);
  const firm = `a firm at ${degrees[i]} of its ${short(capacity.firm)} ties`;
  const professor = `a professor at ${degrees[j]} of ${short(capacity.professor)}`;
  return (
    `For example, at the defaults ${firm} and ${professor} lose ${fixed(loss, 2)} logit units: an event candidate ` +
    `between them in the same MC becomes a tie with \`P\` = ${fixed(after, 3)} instead of ${fixed(before, 3)}.`
  );
}
