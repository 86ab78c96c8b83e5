// Morris elementary effects (Morris 1991; Campolongo et al. 2007) as a ranked dot chart: a panel per outcome, its
// parameters on y from the most important down, named in words from the schema with their path, mu* as a bar and sigma
// as a point on one axis.
import { VL_SCHEMA, round, seedsText } from './common.js';
import { parameterLines, wholeLabelsAxis } from './labels.js';
import { comparisonTitle } from './outcomes.js';
import type { ChartSpec } from './types.js';

/** One parameter's effects on one outcome (a row of morris.csv). */
export interface MorrisChartRow {
  outcome: string;
  parameter: string;
  muStar: number;
  sigma: number;
  mu?: number;
  rank?: number;
}

const MU_STAR = 'mu* (mean absolute effect: importance)';
const SIGMA = 'sigma (spread of the effects: interactions, non-linearity)';

/** Pixels per line of a parameter's label, and the height of its row. */
const rowStep = (lines: number) => Math.max(22, 13 * lines + 6);

/** The outcome of a row as its panel names it: the registry's title, or " (policy effect)" for an effect. */
export const outcomePanelTitle = (outcome: string, effect = false) =>
  `${comparisonTitle(outcome)}${effect ? ' (policy effect)' : ''}`;

/** The subtitle of a Morris chart: "<trajectories> trajectories x <runs> seeds", as sensitivity and plot write it. */
export const morrisSubtitle = (trajectories: number, runs: unknown) =>
  `${trajectories} trajectories x ${seedsText(runs)}`;

export function morrisChartSpec(rows: readonly MorrisChartRow[], subtitle?: string): ChartSpec {
  const parameters = [...new Set(rows.map((r) => r.parameter))];
  const lines = new Map(parameters.map((p) => [p, parameterLines(p)]));
  const values = rows.map((r) => ({
    outcome: outcomePanelTitle(r.outcome),
    parameter: r.parameter,
    muStar: round(r.muStar),
    sigma: round(r.sigma),
    ...(r.mu !== undefined ? { mu: round(r.mu) } : {}),
    ...(r.rank !== undefined ? { rank: r.rank } : {}),
  }));
  const outcomes = [...new Set(values.map((v) => v.outcome))];
  const color = {
    type: 'nominal' as const,
    title: null,
    scale: { domain: [MU_STAR, SIGMA], range: ['#9ecae9', '#c0392b'] },
    legend: { orient: 'top', direction: 'vertical', labelLimit: 0 },
  };
  const step = rowStep(Math.max(1, ...[...lines.values()].map((l) => l.length)));
  /** One panel per outcome, its parameters ranked by its own mu*. */
  const panel = (outcome: string) => {
    const ranked = values
      .filter((v) => v.outcome === outcome)
      .sort((a, b) => (b.muStar ?? 0) - (a.muStar ?? 0))
      .map((v) => v.parameter);
    const y = {
      field: 'parameter',
      type: 'nominal' as const,
      title: null,
      sort: ranked,
      axis: wholeLabelsAxis(ranked, (p) => lines.get(p) ?? [p]),
    };
    return {
      title: { text: outcome, fontSize: 12 },
      transform: [{ filter: { field: 'outcome', equal: outcome } }],
      width: 300,
      height: { step },
      encoding: { y },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.6 }, tooltip: { content: 'data' } },
          encoding: {
            x: { field: 'muStar', type: 'quantitative', title: 'effect per unit of range' },
            color: { ...color, datum: MU_STAR },
          },
        },
        {
          mark: { type: 'point', shape: 'diamond', filled: true, size: 70, opacity: 1, tooltip: { content: 'data' } },
          encoding: { x: { field: 'sigma', type: 'quantitative' }, color: { ...color, datum: SIGMA } },
        },
      ],
    };
  };
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Morris elementary effects',
      anchor: 'start',
      subtitle: [
        "per unit of each parameter's range; parameters ranked by mu* in each panel",
        ...(subtitle ? [subtitle] : []),
      ],
    },
    description:
      'Morris screening: for each outcome, the mean absolute elementary effect (mu*) and the spread of the effects (sigma) of every parameter, most important first.',
    data: { values },
    vconcat: outcomes.map(panel),
    resolve: { scale: { x: 'independent', y: 'independent' } },
  } as unknown as ChartSpec;
}
