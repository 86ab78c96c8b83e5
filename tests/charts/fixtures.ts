// Fixtures for chart tests: a short seeded run of a tenth of the population with snapshots, and a synthetic comparison
// that follows the compare folder contract (compare.json, ensemble timeseries rows).
import { simulate, type RunResult } from '../../src/engine/run.js';
import { snapshotFromGraph } from '../../src/charts/snapshot.js';
import { toGraph } from '../../src/model/to-graph.js';
import type { CompareJson, EnsembleRow, NetworkSnapshot } from '../../src/charts/types.js';

export const SNAPSHOT_STEPS = [0, 6, 12];

let cached: { result: RunResult; snapshots: NetworkSnapshot[] } | undefined;

/** 12 months of the default scenario at population.scale 0.1, with snapshots at steps 0, 6 and 12. */
export function shortRun(): { result: RunResult; snapshots: NetworkSnapshot[] } {
  if (cached) return cached;
  const snapshots: NetworkSnapshot[] = [];
  const result = simulate(
    { population: { scale: 0.1 } },
    {
      steps: 12,
      onStep: (model) => SNAPSHOT_STEPS.includes(model.step) && void snapshots.push(snapshotFromGraph(toGraph(model))),
    },
  );
  return (cached = { result, snapshots });
}

export const SCENARIOS = ['baseline', 'withdrawal', 'national-scope'];
export const COMPARE_OUTCOMES = ['density', 'iurTiesPerFirm', 'meanSatisfaction', 'giantComponentShare'];
export const ENSEMBLE_METRICS = [
  ...COMPARE_OUTCOMES,
  'membersFirm',
  'membersProfessor',
  'membersInstitute',
  'membersAgency',
  'tasksSolvedRnd',
  'tasksSolvedManagement',
  'tasksSolvedMarketing',
  'tasksSolvedHr',
  'tasksSolvedOther',
];

const dateOf = (step: number) => {
  const index = 2005 * 12 + step - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** 3 scenarios x 4 outcomes; the policies differ from the baseline by +-0.3 per scenario index, intervals +-0.2. */
export function syntheticCompare(): CompareJson {
  const outcomes = COMPARE_OUTCOMES.flatMap((outcome, i) =>
    SCENARIOS.map((scenario, j) => {
      const diff = j * 0.3 * (i % 2 === 0 ? 1 : -1);
      return {
        outcome,
        scenario,
        mean: 1 + i + diff,
        lo: 0.8 + i + diff,
        hi: 1.2 + i + diff,
        diff,
        diffLo: diff - 0.25,
        diffHi: diff + 0.25,
      };
    }),
  );
  return { scenarios: SCENARIOS, runs: 30, seeds: [1, 2, 3], outcomes };
}

/** Steps 0..24 of every scenario and metric; tasks solved are 1 per month per kind (2 for the last scenario). */
export function syntheticEnsembleRows(): EnsembleRow[] {
  const rows: EnsembleRow[] = [];
  SCENARIOS.forEach((scenario, j) => {
    for (let step = 0; step <= 24; step++) {
      for (const metric of ENSEMBLE_METRICS) {
        const mean = metric.startsWith('tasksSolved') ? (j === 2 ? 2 : 1) : 1 + step / 24 + j / 5;
        rows.push({ scenario, step, date: dateOf(step), metric, mean, lo: mean - 0.1, hi: mean + 0.1 });
      }
    }
  });
  return rows;
}

/** The ensemble rows as a compare's timeseries.csv holds them. */
export function ensembleCsv(rows: readonly EnsembleRow[]): string {
  const lines = [
    'scenario,step,date,metric,mean,lo,hi',
    ...rows.map((r) => [r.scenario, r.step, r.date, r.metric, r.mean ?? '', r.lo ?? '', r.hi ?? ''].join(',')),
  ];
  return lines.join('\n') + '\n';
}
