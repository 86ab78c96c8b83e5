// The report of an experiment's folder (sweep, sensitivity, calibrate, check): what was run (command, design, parameters
// in words, seeds, scenario) and its result as tables: Morris effects or Sobol indices, the calibration's fit, the check
// against the targets, the sweep's point means of the key outcomes.
import { parameterLabel } from '../scenario/describe.js';
import { KEY_OUTCOMES } from '../metrics/outcomes.js';
import { comparisonTitle } from '../charts/outcomes.js';
import { escapeHtml } from './escape.js';
import { formatNumber, table } from './key-numbers.js';

type Rows = Record<string, unknown>[];

export interface ExperimentInput {
  kind?: string;
  /** experiment.json (sweep, sensitivity, calibrate) */
  experiment?: Record<string, unknown>;
  /** check.json */
  check?: Record<string, unknown>;
  /** Tables of the folder by file name (morris.csv, sobol.csv, fit.csv, points.csv), parsed. */
  tables: Record<string, Rows>;
}

const TITLES: Record<string, string> = {
  sweep: 'Parameter sweep',
  sensitivity: 'Sensitivity analysis',
  calibrate: 'Calibration',
  check: 'Check against observed targets',
};

/** The title of an experiment's report. */
export function experimentTitle(input: ExperimentInput): string {
  const e = input.experiment ?? {};
  const scenario = (e.scenario as { name?: unknown } | undefined)?.name ?? input.check?.scenario;
  const of = typeof scenario === 'string' ? ` of scenario "${scenario}"` : '';
  const method =
    input.kind === 'sensitivity' ? (e.method === 'sobol' ? ' (Sobol indices)' : ' (Morris screening)') : '';
  return `${TITLES[input.kind ?? ''] ?? 'clustersim experiment'}${method}${of}`;
}

/** A parameter of --param ("path=range") with its words. */
function paramWords(param: string): string {
  const [path, range] = param.split('=');
  const words = parameterLabel(path);
  return `${path}${range !== undefined ? ` = ${range}` : ''}: ${words}`;
}

function facts(input: ExperimentInput): string {
  const e = input.experiment ?? {};
  const scenario = e.scenario as { name?: unknown; description?: unknown } | undefined;
  const check = input.check ?? {};
  const targets = e.targets as { name?: unknown } | string | undefined;
  const list: [string, unknown][] = [
    ['command', e.command ?? (input.check ? 'check' : undefined)],
    ['method', e.method],
    ['design', e.design],
    ['scenario', scenario?.name ?? check.scenario],
    [
      'what it asks',
      typeof scenario?.description === 'string' && scenario.description !== '' ? scenario.description : undefined,
    ],
    ['targets', typeof targets === 'string' ? targets : (targets?.name ?? check.targets)],
    ['design points', e.samples !== undefined && e.method !== 'sobol' && e.design === 'lhs' ? e.samples : undefined],
    ['base samples', e.method === 'sobol' ? e.samples : undefined],
    ['trajectories', e.trajectories],
    ['levels', e.levels],
    ['seeds per point', e.runs ?? check.runs],
    ['base seed', e.seed],
    ['months simulated', check.steps],
    ['clustersim', e.version],
  ];
  const params = Array.isArray(e.params) ? (e.params as unknown[]).map((p) => paramWords(String(p))) : [];
  const dl = list
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd>`);
  if (params.length > 0)
    dl.push(`<dt>parameters</dt><dd><ul>${params.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></dd>`);
  return `<dl>${dl.join('\n')}</dl>`;
}

const num = (v: unknown) => formatNumber(typeof v === 'string' && v.trim() !== '' ? Number(v) : v);
const interval = (mean: unknown, lo: unknown, hi: unknown) => `${num(mean)} [${num(lo)}, ${num(hi)}]`;
const outcomeName = (o: unknown) => comparisonTitle(String(o));

function morrisTable(rows: Rows): string {
  const sorted = [...rows].sort(
    (a, b) => String(a.outcome).localeCompare(String(b.outcome)) || Number(a.rank) - Number(b.rank),
  );
  return table(
    'Morris elementary effects per unit of each range (mu*: importance; sigma: interactions and non-linearity)',
    ['outcome', 'parameter', 'mu*', 'sigma', 'rank'],
    sorted.map((r) => [
      outcomeName(r.outcome),
      `${parameterLabel(String(r.parameter))} (${r.parameter})`,
      num(r.muStar),
      num(r.sigma),
      String(r.rank ?? ''),
    ]),
  );
}

function sobolTable(rows: Rows): string {
  return table(
    "Sobol indices: the share of the outcome's variance a parameter explains alone (S1) and with interactions (ST), [95% bootstrap interval]",
    ['outcome', 'parameter', 'S1', 'ST'],
    rows.map((r) => [
      `${outcomeName(r.outcome)}${r.measure === 'effect' ? ' (policy effect)' : ''}`,
      `${parameterLabel(String(r.parameter))} (${r.parameter})`,
      interval(r.S1, r.S1Lo, r.S1Hi),
      interval(r.ST, r.STLo, r.STHi),
    ]),
  );
}

function fitTable(rows: Rows): string {
  return table(
    "The best point's fit to each fitted target",
    ['target', 'observed', 'simulated', 'tolerance', 'result'],
    rows.map((r) => [
      String(r.target),
      num(r.observed),
      num(r.simulated),
      num(r.tolerance),
      r.pass === true || r.pass === 'true' ? 'pass' : 'fail',
    ]),
  );
}

function checkTable(check: Record<string, unknown>): string {
  const rows = Array.isArray(check.rows) ? (check.rows as Rows) : [];
  if (rows.length === 0) return '';
  return table(
    'Observed against simulated: mean [95% interval] of the runs; inputs are shown, not tested',
    ['target', 'role', 'observed', 'simulated', 'result'],
    rows.map((r) => [
      String(r.id),
      String(r.role),
      num(r.observed),
      interval(r.mean, r.lo, r.hi),
      r.role === 'input' ? 'input' : r.pass ? 'pass' : 'fail',
    ]),
  );
}

function sweepTable(rows: Rows, experiment: Record<string, unknown>): string {
  const paths = Array.isArray(experiment.params)
    ? (experiment.params as unknown[]).map((p) => String(p).split('=')[0])
    : [];
  const key = KEY_OUTCOMES.map((o) => o.name).filter((o) => rows.length > 0 && o in rows[0]);
  if (rows.length === 0 || key.length === 0) return '';
  return table(
    'Mean over the seeds at each design point: the key outcomes (every outcome is in points.csv)',
    ['point', ...paths, ...key.map(outcomeName)],
    rows.map((r) => [String(r.point), ...paths.map((p) => num(r[p])), ...key.map((o) => num(r[o]))]),
  );
}

/** The experiment's section: what was run, and its results as tables. */
export function experimentSection(input: ExperimentInput): string {
  const { tables } = input;
  const parts = [facts(input)];
  if (tables['morris.csv']) parts.push(morrisTable(tables['morris.csv']));
  if (tables['sobol.csv']) parts.push(sobolTable(tables['sobol.csv']));
  if (tables['fit.csv']) parts.push(fitTable(tables['fit.csv']));
  if (input.check) parts.push(checkTable(input.check));
  if (input.kind === 'sweep' && tables['points.csv'] && input.experiment)
    parts.push(sweepTable(tables['points.csv'], input.experiment));
  return `<section id="experiment"><h2>What was run, and the results</h2>\n${parts.filter((p) => p).join('\n')}</section>`;
}
