// Sobol indices per outcome: first order (S1, the share of variance a parameter explains alone) and total order (ST,
// with all its interactions), each a dot on its 95% bootstrap interval; a panel per outcome, its parameters on y named
// in words from the schema with their path.
import { VL_SCHEMA, round, seedsText } from './common.js';
import { parameterLines, wholeLabelsAxis } from './labels.js';
import { outcomePanelTitle } from './morris.js';
import type { ChartSpec } from './types.js';

/** One parameter's indices on one outcome (a row of sobol.csv); measure 'effect' for a policy's effect. */
export interface SobolChartRow {
  outcome: string;
  measure?: string;
  parameter: string;
  S1: number;
  S1Lo: number;
  S1Hi: number;
  ST: number;
  STLo: number;
  STHi: number;
}

const S1 = 'S1 (alone)';
const ST = 'ST (with interactions)';

/**
 * The subtitle of a Sobol chart, as sensitivity and plot write it: its design, and for a policy's effect the names of
 * the base and policy scenarios.
 */
export function sobolSubtitle(samples: number, runs: unknown, effect?: { base: string; policy: string }): string {
  const design = `${samples} base samples x ${seedsText(runs)}`;
  return effect ? `${effect.base}, and the effect of ${effect.policy} on it; ${design}` : design;
}

export function sobolChartSpec(rows: readonly SobolChartRow[], subtitle?: string): ChartSpec {
  const panel = (r: SobolChartRow) => outcomePanelTitle(r.outcome, r.measure === 'effect');
  const values = rows.flatMap((r) => [
    { outcome: panel(r), parameter: r.parameter, index: S1, value: round(r.S1), lo: round(r.S1Lo), hi: round(r.S1Hi) },
    { outcome: panel(r), parameter: r.parameter, index: ST, value: round(r.ST), lo: round(r.STLo), hi: round(r.STHi) },
  ]);
  const parameters = [...new Set(rows.map((r) => r.parameter))];
  const lines = new Map(parameters.map((p) => [p, parameterLines(p)]));
  const longest = Math.max(1, ...[...lines.values()].map((l) => l.length));
  return {
    $schema: VL_SCHEMA,
    title: {
      text: "Sobol indices: the share of each outcome's variance a parameter explains",
      anchor: 'start',
      subtitle: ['dot: the index; line: its 95% bootstrap interval (clipped to 0-1)', ...(subtitle ? [subtitle] : [])],
    },
    description:
      "Sobol indices of every parameter for each outcome: the share of the outcome's variance it explains alone (S1) and with its interactions (ST), with 95% bootstrap intervals.",
    data: { values },
    facet: {
      field: 'outcome',
      type: 'nominal',
      title: null,
      sort: [...new Set(rows.map(panel))],
      header: { labelFontWeight: 'bold', labelLimit: 0 },
    },
    columns: 1,
    spec: {
      width: 300,
      height: { step: Math.max(28, 8 * longest + 12) },
      encoding: {
        y: {
          field: 'parameter',
          type: 'nominal',
          title: null,
          sort: parameters,
          axis: wholeLabelsAxis(parameters, (p) => lines.get(p) ?? [p]),
        },
        yOffset: { field: 'index', type: 'nominal', sort: [S1, ST] },
        color: {
          field: 'index',
          type: 'nominal',
          title: 'index',
          scale: { domain: [S1, ST], range: ['#4c78a8', '#f58518'] },
          legend: { orient: 'top', labelLimit: 0 },
        },
      },
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            x: {
              field: 'lo',
              type: 'quantitative',
              title: 'share of variance',
              scale: { domain: [0, 1], clamp: true },
            },
            x2: { field: 'hi' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 50, opacity: 1, tooltip: { content: 'data' } },
          encoding: { x: { field: 'value', type: 'quantitative' } },
        },
      ],
    },
  } as unknown as ChartSpec;
}
