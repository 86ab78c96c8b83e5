// `check --knockouts`: the targets checked on the scenario as it is and once with each core mechanism switched off
// (src/experiments/knockouts.ts), every variant on the same seeds (common random numbers), in one batch of the pool.
// The table says, for each knock-out, which fitted and held-out targets fail and which pass that failed intact; it is
// printed as text and written as knockouts.md (Markdown, for docs/calibration.md), knockouts.csv (tidy: one row per
// variant and target) and knockouts.json.
import type { Job, JobResult } from '../ensemble/job.js';
import { runJobs } from '../ensemble/pool.js';
import { toCsv } from '../output/csv.js';
import { alignTable } from '../output/text-table.js';
import type { Scenario } from '../scenario/schema.js';
import {
  checkJobs,
  checkResultOf,
  checkRuns,
  type Batch,
  type CheckOptions,
  type CheckResult,
  type CheckRow,
} from './check.js';
import { jsonText } from './check-output.js';
import { KNOCKOUTS, knockOut, knockoutText, knockoutValues, type Knockout } from './knockouts.js';
import type { ParamValue } from './params.js';
import type { ResolvedTargets } from './targets/resolve.js';

export const KNOCKOUT_FILES = ['knockouts.csv', 'knockouts.json', 'knockouts.md'] as const;

/**
 * What became of a knock-out: `ran`; `skipped`, no parameter can switch the mechanism off; `unchanged`, the scenario
 * already has the knock-out's values, so there was nothing to run.
 */
export type KnockoutStatus = 'ran' | 'skipped' | 'unchanged';

export interface KnockoutVariant {
  knockout: Knockout;
  status: KnockoutStatus;
  /** The values set in this scenario (sameAs resolved). */
  values: Record<string, ParamValue>;
  /** The check of the knocked-out scenario (status ran). */
  result?: CheckResult;
  /** Every run measured every target exactly as intact: the mechanism does nothing in this scenario (status ran). */
  identical?: boolean;
}

export interface KnockoutResult {
  intact: CheckResult;
  variants: KnockoutVariant[];
}

export interface KnockoutOptions extends CheckOptions {
  /** The knock-outs to run (default: the registry). */
  knockouts?: readonly Knockout[];
}

/** Whether two runs' measures are the same, NaN equal to NaN. */
const sameValues = (a: readonly number[][], b: readonly number[][]) =>
  a.length === b.length &&
  a.every((row, k) => row.length === b[k].length && row.every((x, i) => Object.is(x, b[k][i])));

/**
 * Runs the intact scenario and each knock-out over the same seeds (and, with a posterior, the same draws: a knock-out
 * is applied on top of each run's draw), all in one batch; results in registry order.
 */
export function knockoutBatch(
  scenario: Scenario,
  targets: ResolvedTargets,
  options: KnockoutOptions = {},
): Batch<KnockoutResult> {
  const { seeds, perRun, use } = checkRuns(scenario, options);
  const jobs: Job[] = checkJobs(scenario, targets, seeds, 0, perRun);
  const bases = perRun ?? seeds.map(() => scenario);
  const plans = (options.knockouts ?? KNOCKOUTS).map((knockout) => {
    if (!knockout.set) return { knockout, status: 'skipped' as const, values: {} };
    const values = knockoutValues(scenario, knockout);
    const made = new Map<Scenario, Scenario>();
    const variants = bases.map((base) => made.get(base) ?? made.set(base, knockOut(base, knockout)).get(base)!);
    if ([...made].every(([base, variant]) => JSON.stringify(variant) === JSON.stringify(base)))
      return { knockout, status: 'unchanged' as const, values };
    const first = jobs.length;
    jobs.push(...checkJobs(variants[0], targets, seeds, first, perRun ? variants : undefined));
    return { knockout, status: 'ran' as const, values, variant: variants[0], first };
  });
  const finish = (results: readonly JobResult[]): KnockoutResult => {
    const extras = { label: options.label, posterior: use };
    const intact = checkResultOf(scenario, targets, seeds, results.slice(0, seeds.length), extras);
    const variants = plans.map((plan): KnockoutVariant => {
      if (plan.status !== 'ran') return { knockout: plan.knockout, status: plan.status, values: plan.values };
      const result = checkResultOf(
        plan.variant,
        targets,
        seeds,
        results.slice(plan.first, plan.first + seeds.length),
        extras,
      );
      return {
        knockout: plan.knockout,
        status: 'ran',
        values: plan.values,
        result,
        identical: sameValues(result.perRun, intact.perRun),
      };
    });
    return { intact, variants };
  };
  return { jobs, finish };
}

export async function runKnockouts(
  scenario: Scenario,
  targets: ResolvedTargets,
  options: KnockoutOptions = {},
): Promise<KnockoutResult> {
  const batch = knockoutBatch(scenario, targets, options);
  return batch.finish(await runJobs(batch.jobs, options));
}

/** A role's tests in a check: how many, and the ids that fail. */
function failing(rows: readonly CheckRow[], role: 'fitted' | 'heldout') {
  const of = rows.filter((r) => r.role === role);
  return { total: of.length, failing: of.filter((r) => !r.pass).map((r) => r.id) };
}

/**
 * The fitted and held-out targets that fail, those that pass where the intact model failed them, and the one whose
 * mean moved furthest from the intact mean, in tolerances ((knocked-out mean - intact mean) / tolerance).
 */
export function knockoutSummary(rows: readonly CheckRow[], intact: readonly CheckRow[]) {
  const failedIntact = new Set(intact.filter((r) => r.role !== 'input' && !r.pass).map((r) => r.id));
  let largestMove: { target: string; tolerances: number } | undefined;
  rows.forEach((r, i) => {
    if (r.role === 'input') return;
    const move = (r.mean - intact[i].mean) / (r.tolerance > 0 ? r.tolerance : 1);
    if (Number.isFinite(move) && move !== 0 && Math.abs(move) > Math.abs(largestMove?.tolerances ?? 0))
      largestMove = { target: r.id, tolerances: move };
  });
  return {
    fitted: failing(rows, 'fitted'),
    heldout: failing(rows, 'heldout'),
    newlyPassing: rows.filter((r) => r.role !== 'input' && r.pass && failedIntact.has(r.id)).map((r) => r.id),
    ...(largestMove ? { largestMove } : {}),
  };
}

const list = (ids: readonly string[]) => (ids.length ? ids.join(', ') : 'none');
const failCell = (f: { total: number; failing: string[] }) =>
  `${f.failing.length} of ${f.total}${f.failing.length ? `: ${f.failing.join(', ')}` : ''}`;

/** The table's rows: the intact model, then every knock-out (a skipped or unchanged one says so). */
function tableRows(result: KnockoutResult): string[][] {
  const head = [
    'knock-out',
    'switched off by',
    'fitted failing',
    'held out failing',
    'passing, failed intact',
    'largest move (tolerances)',
  ];
  const intact = knockoutSummary(result.intact.rows, result.intact.rows);
  const rows = [head, ['intact model', '', failCell(intact.fitted), failCell(intact.heldout), '', '']];
  for (const v of result.variants) {
    const name = v.knockout.label;
    if (v.status === 'skipped') rows.push([name, 'no parameter', 'skipped', 'skipped', '', '']);
    else if (v.status === 'unchanged') rows.push([name, knockoutText(v.knockout), 'as intact', 'as intact', '', '']);
    else {
      const s = knockoutSummary(v.result!.rows, result.intact.rows);
      const move = s.largestMove;
      rows.push([
        name + (v.identical ? ' (identical runs)' : ''),
        knockoutText(v.knockout),
        failCell(s.fitted),
        failCell(s.heldout),
        list(s.newlyPassing),
        move ? `${move.target} ${move.tolerances > 0 ? '+' : ''}${move.tolerances.toFixed(2)}` : 'none',
      ]);
    }
  }
  return rows;
}

/** The notes under the table: what each knock-out leaves on, and the ones that did nothing or were skipped. */
function notes(result: KnockoutResult): string[] {
  const lines: string[] = [];
  for (const v of result.variants) {
    const id = v.knockout.label;
    if (v.status === 'skipped') lines.push(`${id}: skipped, no parameter switches it off: ${v.knockout.cannot}`);
    if (v.status === 'unchanged') lines.push(`${id}: not run, the scenario already has these values`);
    if (v.identical)
      lines.push(`${id}: every run measured every target as intact: the mechanism does nothing in this scenario`);
    if (v.knockout.note) lines.push(`${id}: ${v.knockout.note}`);
  }
  return lines;
}

function title(result: KnockoutResult): string {
  const c = result.intact;
  return `knock-outs of ${c.scenario} against ${c.targets}: each mechanism switched off in turn, ${c.runs} runs per variant on the same seeds; a fitted or held-out target fails when the mean of the runs lies outside its tolerance`;
}

/** The knock-out table as aligned text, with its notes. */
export function formatKnockoutTable(result: KnockoutResult): string {
  return `${title(result)}\n${alignTable(tableRows(result))}${notes(result)
    .map((n) => `  - ${n}\n`)
    .join('')}`;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|');

/** The knock-out table in Markdown (knockouts.md), with its notes as a list. */
export function knockoutMarkdown(result: KnockoutResult): string {
  const [head, ...rows] = tableRows(result);
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  const settings = (cells: string[]) => cells.map((c, i) => (i === 1 && c && c !== 'no parameter' ? `\`${c}\`` : c));
  return [
    title(result),
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map((r) => line(settings(r))),
    '',
    ...notes(result).map((n) => `- ${n}`),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}

/** knockouts.csv: one tidy row per variant (intact first) and target. */
export function knockoutRows(result: KnockoutResult): Record<string, unknown>[] {
  const rows = (mechanism: string, check: CheckResult) =>
    check.rows.map((r) => ({
      mechanism,
      target: r.id,
      role: r.role,
      mean: r.mean,
      observed: r.observed,
      tolerance: r.tolerance,
      pass: r.pass,
    }));
  return [
    ...rows('intact', result.intact),
    ...result.variants.flatMap((v) => (v.result ? rows(v.knockout.id, v.result) : [])),
  ];
}

/** The knock-out files (KNOCKOUT_FILES) by name, to write into the check's folder. */
export function knockoutFiles(result: KnockoutResult): Record<string, string> {
  const c = result.intact;
  const mechanisms = result.variants.map((v) => ({
    id: v.knockout.id,
    label: v.knockout.label,
    set: v.values,
    status: v.status,
    ...(v.identical !== undefined ? { identical: v.identical } : {}),
    ...(v.knockout.cannot ? { cannot: v.knockout.cannot } : {}),
    ...(v.knockout.note ? { note: v.knockout.note } : {}),
    ...(v.result ? knockoutSummary(v.result.rows, c.rows) : {}),
  }));
  return {
    'knockouts.csv': toCsv(knockoutRows(result), [
      'mechanism',
      'target',
      'role',
      'mean',
      'observed',
      'tolerance',
      'pass',
    ]),
    'knockouts.json': jsonText({
      scenario: c.scenario,
      targets: c.targets,
      runs: c.runs,
      seeds: c.seeds,
      steps: c.steps,
      intact: knockoutSummary(c.rows, c.rows),
      mechanisms,
      rows: knockoutRows(result),
    }),
    'knockouts.md': knockoutMarkdown(result),
  };
}
