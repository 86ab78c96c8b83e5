// The policy comparison: per outcome, each scenario's ensemble mean with its 95% interval; and the forest plot of each
// policy's difference from the baseline (the first scenario): a point and its 95% interval per scenario and outcome, a
// rule at zero, coloured by significance and by whether the change is good or bad for the cluster (the registry's
// `better`). Scenario names are shown whole; outcomes with no difference at all are left out and named in the subtitle.
import { monthWords } from '../scenario/describe.js';
import { VL_SCHEMA, round } from './common.js';
import { scenarioColorScale, wrapLabel, wrappedLabelExpr } from './labels.js';
import { comparedUnit, comparisonTitle } from './outcomes.js';
import type { ChartSpec, CompareJson } from './types.js';
import { relativeDifference, VERDICTS, verdictOf, verdictTitle, type CompareRow } from './verdict.js';

/** When the compared values are measured: the horizon's month (YYYY-MM) and the first month of the run. */
export interface ComparisonDates {
  horizon?: string;
  start?: string;
}

const PANEL_WIDTH = 150;

/** Panels per row: three, so that twenty outcomes fit an A4 page; panels have their own axes, so none floats. */
const COLUMNS = 3;

/** Outcomes whose every value in `rows` is zero (no variation at all): a panel of them would be empty. */
function allZero(rows: readonly CompareRow[], fields: readonly (keyof CompareRow)[]): boolean {
  return rows.every((r) => fields.every((f) => r[f] === 0));
}

/** When the compared values are measured, said once in the subtitle: values at the horizon, totals over the run. */
export function datesSubtitle(dates: ComparisonDates): string {
  const finals = dates.horizon ? `values in ${monthWords(dates.horizon)}` : 'values at the end of the run';
  const totals =
    dates.start && dates.horizon
      ? `totals from ${monthWords(dates.start)} to ${monthWords(dates.horizon)}`
      : 'totals over the run';
  return `${finals}; ${totals}`;
}

/** The facet of a panel per outcome, its header in lines: the outcome, then its unit, each wrapped to the panel. */
function outcomeFacet(outcomes: readonly string[]) {
  const titles = outcomes.map(comparisonTitle);
  const lines = new Map(outcomes.map((o) => [comparisonTitle(o), wrapLabel(comparisonTitle(o), 30)]));
  // The unit on a line of its own, unless the title ends with it ("Subsidy paid over the run, million KRW").
  const units = new Map(
    outcomes.map((o) => {
      const unit = comparedUnit(o);
      return [comparisonTitle(o), comparisonTitle(o).endsWith(unit) ? [] : wrapLabel(unit, 30)];
    }),
  );
  return {
    field: 'outcomeTitle',
    type: 'nominal' as const,
    title: null,
    sort: titles,
    header: {
      labelFontSize: 11,
      labelFontWeight: 'bold' as const,
      labelLimit: 0,
      labelExpr: wrappedLabelExpr(titles, (t) => [...(lines.get(t) ?? [t]), ...(units.get(t) ?? [])]),
    },
  };
}

interface PanelOptions {
  values: Record<string, unknown>[];
  outcomes: string[];
  scenarios: string[];
  color: Record<string, unknown>;
  x: { estimate: string; lo: string; hi: string; title: string };
  zeroRule: boolean;
  dates: ComparisonDates;
}

/** A panel per outcome (its own x scale) of scenarios on y: a rule from lo to hi and a point at the estimate. */
function intervalPanels(title: { text: string; subtitle: string | string[] }, description: string, o: PanelOptions) {
  const y = {
    field: 'scenario',
    type: 'nominal' as const,
    title: null,
    sort: o.scenarios,
    axis: { labelLimit: 0 },
  };
  const layers: Record<string, unknown>[] = [];
  if (o.zeroRule)
    layers.push({
      name: 'zero',
      data: { values: [{ zero: 0 }] },
      mark: { type: 'rule', color: '#222222', strokeDash: [4, 3], strokeWidth: 1 },
      encoding: { x: { field: 'zero', type: 'quantitative' } },
    });
  layers.push(
    {
      name: 'interval',
      mark: { type: 'rule', strokeWidth: 2.5 },
      encoding: {
        y,
        color: o.color,
        x: { field: o.x.lo, type: 'quantitative', title: o.x.title, scale: { zero: o.zeroRule, nice: true } },
        x2: { field: o.x.hi },
      },
    },
    {
      name: 'estimate',
      mark: { type: 'point', filled: true, size: 60, opacity: 1, tooltip: { content: 'data' } },
      encoding: { y, color: o.color, x: { field: o.x.estimate, type: 'quantitative' } },
    },
  );
  return {
    $schema: VL_SCHEMA,
    title: { ...title, anchor: 'start' },
    description,
    data: { values: o.values },
    facet: outcomeFacet(o.outcomes),
    columns: Math.min(COLUMNS, o.outcomes.length),
    resolve: { scale: { x: 'independent' } },
    spec: { width: PANEL_WIDTH, height: { step: 16 }, layer: layers },
  } as unknown as ChartSpec;
}

/** The outcomes of a comparison in order, and those left out because every value is zero. */
function splitOutcomes(compare: CompareJson, rows: readonly CompareRow[], fields: (keyof CompareRow)[]) {
  const outcomes = [...new Set(compare.outcomes.map((o) => o.outcome))];
  const empty = outcomes.filter((o) =>
    allZero(
      rows.filter((r) => r.outcome === o),
      fields,
    ),
  );
  return { shown: outcomes.filter((o) => !empty.includes(o)), empty };
}

const leftOut = (empty: readonly string[], what: string) =>
  empty.length > 0 ? [`not shown, ${what} in every run: ${empty.map(comparisonTitle).join(', ')}`] : [];

/** One interval (rule) and one point per scenario and outcome; a panel per outcome with its own x scale. */
export function policyComparisonSpec(compare: CompareJson, dates: ComparisonDates = {}): ChartSpec {
  const { shown, empty } = splitOutcomes(compare, compare.outcomes, ['mean', 'lo', 'hi']);
  const values = compare.outcomes
    .filter((o) => shown.includes(o.outcome))
    .map((o) => ({
      outcome: o.outcome,
      outcomeTitle: comparisonTitle(o.outcome),
      scenario: o.scenario,
      mean: round(o.mean),
      lo: round(o.lo),
      hi: round(o.hi),
    }));
  const color = {
    field: 'scenario',
    type: 'nominal' as const,
    legend: null,
    scale: scenarioColorScale(compare.scenarios),
  };
  return intervalPanels(
    {
      text: 'Policy comparison',
      subtitle: [
        `ensemble mean (point) and its 95% interval (line) per scenario, ${compare.runs} runs each`,
        datesSubtitle(dates),
        ...leftOut(empty, 'zero'),
      ],
    },
    `Each scenario's ensemble mean and its 95% interval for every compared outcome, over ${compare.runs} runs per scenario.`,
    {
      values,
      outcomes: shown,
      scenarios: [...compare.scenarios],
      color,
      x: { estimate: 'mean', lo: 'lo', hi: 'hi', title: 'mean and 95% interval' },
      zeroRule: false,
      dates,
    },
  );
}

/** Whether a comparison decided significance itself (after its adjustment for multiple comparisons). */
export function adjustedSignificance(compare: CompareJson): boolean {
  return compare.outcomes.some((o) => typeof (o as CompareRow).significant === 'boolean');
}

/**
 * The forest plot of each policy scenario's difference from the baseline, per outcome: the mean paired difference and
 * its 95% interval, a dashed rule at zero, coloured green (significant and better for the cluster), red (significant
 * and worse), dark grey (significant, no better direction) or light grey (not significant).
 */
export function policyDifferenceSpec(compare: CompareJson, dates: ComparisonDates = {}): ChartSpec {
  const baseline = compare.scenarios[0];
  const policies = compare.scenarios.slice(1);
  const rows = compare.outcomes.filter((o) => o.scenario !== baseline) as CompareRow[];
  const { shown, empty } = splitOutcomes(compare, rows, ['diff', 'diffLo', 'diffHi']);
  const values = rows
    .filter((o) => shown.includes(o.outcome))
    .map((o) => {
      const relative = relativeDifference(compare, o);
      return {
        outcome: o.outcome,
        outcomeTitle: comparisonTitle(o.outcome),
        scenario: o.scenario,
        diff: round(o.diff),
        diffLo: round(o.diffLo),
        diffHi: round(o.diffHi),
        ...(Number.isFinite(relative) ? { relativeDiffPercent: round(100 * relative, 3) } : {}),
        ...(typeof o.p === 'number' ? { p: round(o.p, 3) } : {}),
        ...(typeof o.pAdjusted === 'number' ? { pAdjusted: round(o.pAdjusted, 3) } : {}),
        effect: verdictTitle(verdictOf(o)),
      };
    });
  const color = {
    field: 'effect',
    type: 'nominal' as const,
    title: `difference from ${baseline}`,
    scale: { domain: VERDICTS.map((v) => v.title), range: VERDICTS.map((v) => v.color) },
    legend: { orient: 'top', direction: 'vertical', columns: 2, labelLimit: 0, titleLimit: 0, symbolOpacity: 1 },
  };
  const significance = adjustedSignificance(compare)
    ? 'significant: as the comparison decided after adjusting for multiple comparisons'
    : 'significant: the 95% interval of the difference excludes 0';
  return intervalPanels(
    {
      text: `Difference from ${baseline}`,
      subtitle: [
        `policy minus ${baseline}, paired by seed: mean difference (point) and its 95% interval (line), ${compare.runs} runs per scenario`,
        `dashed line: no difference; ${significance}`,
        `better or worse for the cluster as the outcome's better direction says; ${datesSubtitle(dates)}`,
        ...leftOut(empty, 'no difference'),
      ],
    },
    `Forest plot of each policy's difference from ${baseline} per outcome, with its 95% interval; green is a significant change for the better, red for the worse, grey not significant or neither better nor worse.`,
    {
      values,
      outcomes: shown,
      scenarios: policies,
      color,
      x: { estimate: 'diff', lo: 'diffLo', hi: 'diffHi', title: 'difference' },
      zeroRule: true,
      dates,
    },
  );
}
