// The shapes chart builders read and write: Vega-Lite specs keyed by file name, ensemble rows, the compare contract,
// network snapshots. Pure types, shared by run charts, compare charts, the renderer and the report.
import type { TopLevelSpec } from 'vega-lite';

/** A Vega-Lite spec with its data inlined as values. */
export type ChartSpec = TopLevelSpec;

/** Specs by file name, e.g. { 'outcome-density.vl.json': spec }. */
export type ChartSpecs = Record<string, ChartSpec>;

/** One row of a compare folder's timeseries.csv: the ensemble mean and 95% interval of one metric at one step. */
export interface EnsembleRow {
  scenario: string;
  step: number;
  date: string;
  metric: string;
  mean: number | null;
  lo: number | null;
  hi: number | null;
}

/** One outcome of one scenario in compare.json: mean and 95% interval, and the difference from the first scenario. */
export type CompareOutcome = OutcomeRow;

/** A compare folder's compare.json; the first scenario is the baseline. */
export interface CompareJson {
  scenarios: string[];
  runs: number;
  seeds: (number | string)[];
  outcomes: CompareOutcome[];
}

export interface SnapshotNode {
  id: string;
  kind: string;
  mc: string;
  region: string;
}

/** The member network at one step, as plain data: what the degree and network charts need. */
export interface NetworkSnapshot {
  step: number;
  /** Calendar month, e.g. "2006-12"; filled from the run's rows when missing. */
  date?: string;
  nodes: SnapshotNode[];
  /** Edges as pairs of node ids. */
  edges: [string, string][];
}

/** One outcome of one scenario in a comparison: mean and 95% interval, and the paired difference to the reference. */
export interface OutcomeRow {
  outcome: string;
  scenario: string;
  mean: number;
  lo: number;
  hi: number;
  diff: number;
  diffLo: number;
  diffHi: number;
}
