// A robustness folder (robustness.csv of `clustersim robustness`): per assumed parameter, a grid with a panel per
// outcome, the difference of each policy to the reference at every value of the parameter with its 95% interval, a
// rule at 0 and the reference's own value marked, so a reader sees at once where a difference's sign holds.
import { VL_SCHEMA, CHART_CONFIG, chartFileName, round } from './common.js';
import { gridColumns } from './labels.js';
import { comparisonTitle } from './outcomes.js';
import type { ChartSpec, ChartSpecs } from './types.js';

/** One row of robustness.csv, as the chart reads it. */
export interface RobustnessChartRow {
  assumption: string;
  value: number;
  isDefault: boolean | string;
  scenario: string;
  outcome: string;
  diff: number;
  diffLo: number;
  diffHi: number;
}

const numeric = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** robustness-<parameter>.vl.json per assumed parameter; none without rows. */
export function robustnessChartSpecs(rows: readonly RobustnessChartRow[], subtitle?: string): ChartSpecs {
  const specs: ChartSpecs = {};
  const assumptions = [...new Set(rows.map((r) => r.assumption))];
  for (const assumption of assumptions) {
    const own = rows.filter((r) => r.assumption === assumption);
    const outcomes = [...new Set(own.map((r) => r.outcome))];
    const values = own.map((r) => ({
      outcome: comparisonTitle(r.outcome),
      scenario: r.scenario,
      value: round(numeric(r.value)),
      diff: round(numeric(r.diff)),
      lo: round(numeric(r.diffLo)),
      hi: round(numeric(r.diffHi)),
      assumed: r.isDefault === true || r.isDefault === 'true' ? 'the scenarios\u2019 value' : 'varied',
    }));
    const x = { field: 'value', type: 'quantitative' as const, title: assumption, scale: { zero: false } };
    const colour = { field: 'scenario', type: 'nominal' as const, title: 'policy' };
    const spec = {
      $schema: VL_SCHEMA,
      title: {
        text: `Do the differences hold across ${assumption}?`,
        subtitle: [
          'policy minus reference, mean and 95% interval at each value; the line at 0 marks no difference',
          ...(subtitle ? [subtitle] : []),
        ],
      },
      data: { values },
      columns: gridColumns(outcomes.length),
      facet: { field: 'outcome', type: 'nominal', title: null, sort: outcomes.map(comparisonTitle) },
      spec: {
        width: 220,
        height: 160,
        layer: [
          { mark: { type: 'rule', color: '#888' }, encoding: { y: { datum: 0 } } },
          {
            mark: { type: 'rule' },
            encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color: colour },
          },
          {
            mark: { type: 'line' },
            encoding: { x, y: { field: 'diff', type: 'quantitative', title: 'difference' }, color: colour },
          },
          {
            mark: { type: 'point', filled: true },
            encoding: {
              x,
              y: { field: 'diff', type: 'quantitative' },
              color: colour,
              shape: { field: 'assumed', type: 'nominal', title: 'value' },
            },
          },
        ],
      },
      resolve: { scale: { y: 'independent' } },
      config: CHART_CONFIG,
    };
    specs[chartFileName('robustness', assumption)] = spec as unknown as ChartSpec;
  }
  return specs;
}
