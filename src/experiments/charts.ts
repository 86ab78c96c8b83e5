// Vega-Lite specs of experiments, data inline (`clustersim plot DIR` renders them): the check against targets, Morris's
// mu* and sigma, and the calibration's fit.
import type { CheckRow } from './check.js';
import type { MorrisRow } from './sensitivity.js';
import type { SobolRow } from './sobol.js';

const VL_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
type Spec = Record<string, unknown>;

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : null);

/** The panels of the check chart, in order, and their titles. */
const ROLE_TITLES: Record<string, string> = {
  fitted: 'fitted (used by calibrate)',
  heldout: 'held out (never used by calibrate)',
  input: 'inputs (not tests)',
};

/**
 * Each target's simulated mean and 95% interval in units of its tolerance from the observed figure, one panel per role
 * (fitted, held out, inputs, on one x scale); the band is a pass. Inputs are grey: a parameter is set to them, they are not tests.
 */
export function checkChartSpec(rows: readonly CheckRow[], title: string): Spec {
  const values = rows.map((r) => ({
    target: r.id,
    role: ROLE_TITLES[r.role] ?? r.role,
    source: r.source,
    observed: r.observed,
    simulated: round(r.mean),
    deviation: round(r.deviation),
    lo: round(r.tolerance > 0 ? (r.lo - r.observed) / r.tolerance : 0),
    hi: round(r.tolerance > 0 ? (r.hi - r.observed) / r.tolerance : 0),
    result: r.role === 'input' ? 'input, not a test' : r.pass ? 'pass' : 'fail',
  }));
  const roles = Object.values(ROLE_TITLES).filter((t) => values.some((v) => v.role === t));
  const y = { field: 'target', type: 'nominal', sort: rows.map((r) => r.id), title: null, axis: { labelLimit: 320 } };
  const panel = (role: string) => ({
    title: { text: role, anchor: 'start', fontSize: 12 },
    transform: [{ filter: { field: 'role', equal: role } }],
    width: 420,
    height: { step: 16 },
    encoding: { y },
    layer: [
      {
        mark: { type: 'rect', color: '#e8e8e8' },
        encoding: { x: { datum: -1, type: 'quantitative' }, x2: { datum: 1 } },
      },
      {
        mark: { type: 'rule', color: '#888' },
        encoding: { x: { datum: 0, type: 'quantitative' } },
      },
      {
        mark: 'rule',
        encoding: {
          x: { field: 'lo', type: 'quantitative', title: 'deviation in tolerances' },
          x2: { field: 'hi' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
        encoding: {
          x: { field: 'deviation', type: 'quantitative' },
          color: {
            field: 'result',
            type: 'nominal',
            scale: { domain: ['pass', 'fail', 'input, not a test'], range: ['#2a7f3f', '#c0392b', '#999999'] },
            title: null,
          },
        },
      },
    ],
  });
  return {
    $schema: VL_SCHEMA,
    title: {
      text: title,
      subtitle: '(simulated - observed) / tolerance: mean and 95% interval of the runs; the grey band passes',
    },
    data: { values },
    vconcat: roles.map(panel),
    resolve: { scale: { x: 'shared' } },
  };
}

/** mu* against sigma for each parameter, a panel per outcome (Morris 1991; Campolongo et al. 2007). */
export function morrisChartSpec(rows: readonly MorrisRow[]): Spec {
  const values = rows.map((r) => ({
    outcome: r.outcome,
    parameter: r.parameter,
    muStar: round(r.muStar),
    sigma: round(r.sigma),
    mu: round(r.mu),
    rank: r.rank,
  }));
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Morris elementary effects',
      subtitle:
        'mu* = importance, sigma = interactions and non-linearity, per unit of each range; the six largest mu* are named',
    },
    data: { values },
    facet: { field: 'outcome', type: 'nominal', title: null, sort: [...new Set(rows.map((r) => r.outcome))] },
    columns: 2,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 300,
      height: 240,
      layer: [
        {
          mark: { type: 'point', filled: true, tooltip: { content: 'data' } },
          encoding: {
            x: { field: 'muStar', type: 'quantitative', title: 'mu*' },
            y: { field: 'sigma', type: 'quantitative', title: 'sigma' },
          },
        },
        {
          transform: [{ filter: 'datum.rank <= 6' }],
          mark: { type: 'text', align: 'left', dx: 5, fontSize: 9 },
          encoding: {
            x: { field: 'muStar', type: 'quantitative' },
            y: { field: 'sigma', type: 'quantitative' },
            text: { field: 'parameter' },
          },
        },
      ],
    },
  };
}

/** The distance of every design point against one parameter at a time: where the good fits lie. */
export function calibrationChartSpec(
  points: readonly Record<string, number | string>[],
  paths: readonly string[],
): Spec {
  const values = points.flatMap((p) =>
    paths.map((path) => ({ parameter: path, value: p[path], distance: p.distance, accepted: p.accepted })),
  );
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Calibration: distance to the targets over each parameter',
      subtitle: 'each dot a design point (mean over its seeds); accepted points in colour',
    },
    data: { values },
    facet: { field: 'parameter', type: 'nominal', title: null, sort: [...paths] },
    columns: 3,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 220,
      height: 180,
      mark: { type: 'point', filled: true, size: 20, tooltip: { content: 'data' } },
      encoding: {
        x: { field: 'value', type: 'quantitative', scale: { zero: false } },
        y: { field: 'distance', type: 'quantitative', scale: { type: 'log' } },
        color: { field: 'accepted', type: 'nominal', scale: { domain: ['yes', 'no'], range: ['#c0392b', '#bbbbbb'] } },
      },
    },
  };
}

/**
 * Sobol indices per outcome: first order (S1, the share of variance a parameter explains alone) and total order (ST,
 * with all its interactions) side by side, each a dot on its 95% bootstrap interval, parameters on the y axis.
 */
export function sobolChartSpec(rows: readonly SobolRow[], subtitle: string): Spec {
  const values = rows.flatMap((r) => [
    {
      outcome: facetTitle(r),
      parameter: r.parameter,
      index: 'S1 (alone)',
      value: round(r.S1),
      lo: round(r.S1Lo),
      hi: round(r.S1Hi),
    },
    {
      outcome: facetTitle(r),
      parameter: r.parameter,
      index: 'ST (with interactions)',
      value: round(r.ST),
      lo: round(r.STLo),
      hi: round(r.STHi),
    },
  ]);
  return {
    $schema: VL_SCHEMA,
    title: { text: "Sobol indices: the share of each outcome's variance a parameter explains", subtitle },
    data: { values },
    facet: { field: 'outcome', type: 'nominal', title: null, sort: [...new Set(rows.map(facetTitle))] },
    columns: 2,
    spec: {
      width: 300,
      height: { step: 28 },
      encoding: {
        y: { field: 'parameter', type: 'nominal', title: null, axis: { labelLimit: 260 } },
        yOffset: { field: 'index', type: 'nominal' },
        color: { field: 'index', type: 'nominal', title: 'index', scale: { range: ['#4c78a8', '#f58518'] } },
      },
      layer: [
        {
          mark: { type: 'rule' },
          encoding: {
            x: {
              field: 'lo',
              type: 'quantitative',
              title: 'share of variance (95% bootstrap interval)',
              scale: { domain: [0, 1], clamp: true },
            },
            x2: { field: 'hi' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 50, tooltip: { content: 'data' } },
          encoding: { x: { field: 'value', type: 'quantitative' } },
        },
      ],
    },
  };
}

const facetTitle = (r: SobolRow) => (r.measure === 'effect' ? `${r.outcome} (policy effect)` : r.outcome);
