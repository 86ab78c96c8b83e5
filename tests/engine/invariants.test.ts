// Invariants over whole seeded runs, checked after every step: a sound tie store (no self-ties, no duplicates, index
// and per-agent lists in agreement), values in [0, 1], live ties at least decay.dropBelow strong, and the recorder, the
// graphology view and the CSR agreeing with the member flags and the ties.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { memberCsr } from '../../src/metrics/member-network.js';
import type { Row } from '../../src/metrics/recorder.js';
import { createModel } from '../../src/model/create-model.js';
import { toGraph } from '../../src/model/to-graph.js';
import type { Model } from '../../src/model/types.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { capacityViolations, stateViolations, tieStoreViolations } from '../helpers/invariants.js';

/**
 * Everything that must hold after a step, as a list of violations; `before` holds each agent's tie count a step
 * earlier.
 */
function violations(model: Model, row: Row, before?: number[]): string[] {
  const out = [
    ...tieStoreViolations(model.ties),
    ...stateViolations(model),
    ...(before ? capacityViolations(model, before) : []),
  ];
  const members = model.agents.member.reduce((a, b) => a + b, 0);
  const graph = toGraph(model);
  const csr = memberCsr(model);
  const byKind =
    (row.membersFirm as number) +
    (row.membersProfessor as number) +
    (row.membersInstitute as number) +
    (row.membersAgency as number);
  const kinds =
    (row.tasksSolvedRnd as number) +
    (row.tasksSolvedManagement as number) +
    (row.tasksSolvedMarketing as number) +
    (row.tasksSolvedHr as number) +
    (row.tasksSolvedOther as number);
  const checks: [string, unknown, unknown][] = [
    ['members column vs member flags', row.members, members],
    ['members by kind vs members', byKind, members],
    ['graph nodes vs members', graph.order, members],
    ['graph edges vs ties column', graph.size, row.ties],
    ['CSR nodes vs members', csr.n, members],
    ['CSR entries vs twice the ties', csr.adj.length, 2 * (row.ties as number)],
    ['tasks by kind vs tasks solved', kinds, row.tasksSolved],
    ['supported MCs', row.supportedMcs, model.mcs.supported.reduce((a, b) => a + b, 0)],
    ['step column', row.step, model.step],
  ];
  for (const [what, got, want] of checks) if (got !== want) out.push(`${what}: ${String(got)} != ${String(want)}`);
  for (const name of [
    'density',
    'giantComponentShare',
    'crossMcTieShare',
    'crossRegionTieShare',
    'meanTrust',
    'meanSatisfaction',
  ]) {
    const v = row[name] as number;
    if (!(v >= 0 && v <= 1)) out.push(`${name} = ${v}`);
  }
  for (const [name, v] of Object.entries(row))
    if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${name} = ${v}`);
  return out.map((v) => `step ${model.step}: ${v}`);
}

function check(scenario: ScenarioInput, steps: number): { found: string[]; rows: Row[] } {
  const found: string[] = [];
  let before: number[] | undefined;
  const { rows } = run(createModel(scenario), {
    steps,
    onStep: (model, row) => {
      found.push(...violations(model, row, before));
      before = Array.from(model.ties.degree);
    },
  });
  return { found, rows };
}

describe('invariants over seeded runs', () => {
  it('start with no agent above its tie capacity at the default capacities', () => {
    expect(capacityViolations(createModel({ seed: 11, population: { scale: 0.15 } }))).toEqual([]);
  });

  it('hold at every step of the baseline (scale 0.15, 48 months)', () => {
    const { found, rows } = check({ seed: 11, population: { scale: 0.15 } }, 48);
    expect(found).toEqual([]);
    expect(rows.reduce((s, r) => s + (r.step === 0 ? 0 : (r.tiesFormed as number)), 0)).toBeGreaterThan(0);
    expect(rows.reduce((s, r) => s + (r.step === 0 ? 0 : (r.tiesDropped as number)), 0)).toBeGreaterThan(0);
  });

  it('hold with every lever pulled, fees, an exit rule and a ramped withdrawal (scale 0.1, 36 months)', () => {
    const { found, rows } = check(
      {
        seed: 12,
        population: { scale: 0.1 },
        budget: { feePerFirmMonth: 0.3 },
        levers: {
          scope: 'national',
          initiative: true,
          openEventShare: 0.5,
          nonStrategicFirms: true,
          leadFirmsRequired: true,
          expertPool: true,
          exitRule: 'least-efficient',
          exitEvery: 6,
          exitShare: 0.3,
        },
        policies: [{ at: 12, rampSteps: 12, set: { 'budget.subsidyLevel': 0.2 } }],
      },
      36,
    );
    expect(found).toEqual([]);
    expect(rows[36].supportedMcs).toBeLessThan(81);
    expect(rows.some((r) => (r.joined as number) > 0)).toBe(true);
    expect(rows.some((r) => (r.left as number) > 0)).toBe(true);
  });

  it('hold when ties decay fast and are dropped early (scale 0.1, 24 months)', () => {
    const { found } = check(
      { seed: 13, population: { scale: 0.1 }, decay: { ratePerMonth: 0.4, crossMcRatePerMonth: 0.6, dropBelow: 0.3 } },
      24,
    );
    expect(found).toEqual([]);
  });

  it('hold at tight tie capacities, where no agent above its capacity gains a tie (scale 0.1, 24 months)', () => {
    const { found } = check(
      {
        seed: 14,
        population: { scale: 0.1 },
        tieFormation: { capacity: { firm: 3, professor: 4, institute: 4, agency: 5 }, intercept: 2 },
        initialNetwork: { iurTiesPerFirm: 0.5, firmTiesPerFirm: 0.5, agencyTiesPerFirm: 0.3, expertTiesPerExpert: 0.3 },
      },
      24,
    );
    expect(found).toEqual([]);
  });
});
