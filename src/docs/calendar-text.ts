// The ODD's calendar at the defaults (section 2.5: what the horizon covers, the steps of the paper's dates) and its
// example of a policy timeline (section 7.11: a scenario file's policies, their months dated and ramps run through
// phases/apply-policies.ts).
import { createModel } from '../model/create-model.js';
import { stepDate } from '../metrics/recorder.js';
import { applyPolicies } from '../phases/apply-policies.js';
import { getPath } from '../scenario/params-path.js';
import type { Scenario } from '../scenario/schema.js';
import { listing, monthName, short } from './format.js';
import type { OddSource } from './odd-source.js';

/** The paper's dates the ODD ties to steps: Table 3's 2009 figures and the December 2010 members. */
const PAPER_MONTHS = ['2009-12', '2010-12'];

/** The step dated `date` ("YYYY-MM") at this start year. */
export function stepOf(startYear: number, date: string): number {
  const [year, month] = date.split('-').map(Number);
  const step = (year - startYear) * 12 + month;
  if (stepDate(startYear, step) !== date) throw new Error(`clustersim/docs: no step is dated ${date}`);
  return step;
}

/** Section 2.5: the months the default horizon covers and the steps of the paper's dates. */
export function calendarText(source: OddSource): string {
  const { startYear, steps } = source.model.params;
  const paper = PAPER_MONTHS.map((date) => `${monthName(date)} is step ${stepOf(startYear, date)}`);
  return (
    `With the defaults (\`startYear\` = ${startYear}, \`steps\` = ${steps}) a run covers ` +
    `${monthName(stepDate(startYear, 1))} to ${monthName(stepDate(startYear, steps))}; step 0 is dated ` +
    `${monthName(stepDate(startYear, 0))}, ${listing(paper)}.`
  );
}

/** A YAML scalar as the example writes it. */
function scalar(value: unknown): string {
  if (typeof value === 'string') return /^[\w .-]+$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** A line of YAML with a comment aligned at column 32. */
function commented(line: string, comment: string): string {
  return `${line.padEnd(31)} # ${comment}`;
}

/**
 * The values a ramped parameter takes in the months of its ramp, from the timeline run month by month by
 * applyPolicies: "0.958, 0.917, ..., 0".
 */
function rampValues(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'number' ? short(v) : scalar(v)));
  return shown.length <= 4 ? shown.join(', ') : `${shown[0]}, ${shown[1]}, ..., ${shown[shown.length - 1]}`;
}

/**
 * Section 7.11: a scenario's policies as YAML, each `at` dated and each ramp's values as applyPolicies sets them,
 * month by month on a model of the scenario.
 */
export function policyExampleText(scenario: Scenario, file: string): string {
  const model = createModel(scenario);
  const { startYear } = model.params;
  const params = model.params as unknown as Record<string, unknown>;
  const starts = scenario.policies.map((p) => Math.max(p.at, 1));
  const last = Math.max(0, ...scenario.policies.map((p, k) => starts[k] + p.rampSteps - 1));
  /** values[month][path] after the timeline of that month. */
  const values: Record<string, unknown>[] = [{}];
  for (let month = 1; month <= last; month++) {
    model.step = month - 1;
    applyPolicies(model);
    const paths = scenario.policies.flatMap((p) => Object.keys(p.set));
    values.push(Object.fromEntries(paths.map((path) => [path, getPath(params, path)])));
  }
  const lines = ['```yaml', 'policies:'];
  scenario.policies.forEach((policy, k) => {
    const start = starts[k];
    lines.push(commented(`  - at: ${policy.at}`, `month ${start} = ${monthName(stepDate(startYear, start))}`));
    if (policy.label !== undefined) lines.push(`    label: ${scalar(policy.label)}`);
    if (policy.rampSteps > 0) {
      const end = start + policy.rampSteps - 1;
      const ramps = Object.keys(policy.set).map((path) => {
        const months = Array.from({ length: policy.rampSteps }, (_, m) => values[start + m][path]);
        return `${path} = ${rampValues(months)}`;
      });
      const when = `in months ${start}..${end} (to ${monthName(stepDate(startYear, end))})`;
      lines.push(commented(`    rampSteps: ${policy.rampSteps}`, `${ramps.join('; ')} ${when}`));
    }
    const set = Object.entries(policy.set).map(([path, value]) => `${path}: ${scalar(value)}`);
    lines.push(`    set: { ${set.join(', ')} }`);
  });
  lines.push('```');
  const about = scenario.description ? `: ${scenario.description.trim().replace(/\.$/, '')}` : '';
  return (
    `For example, \`${file}\`${about}. Its timeline, with the months dated from \`startYear\` = ${startYear} and ` +
    `the ramp's values as phase 1 sets them month by month:\n\n${lines.join('\n')}`
  );
}
