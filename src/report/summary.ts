// The one-page summary a comparison's report opens with, for decision makers: the question (from the scenarios'
// descriptions), each scenario with what it does and its policy timeline in words, the key outcomes' differences from
// the baseline with their 95% intervals, significance, unit and date, and a sentence per significant effect.
import type { ComparisonDates } from '../charts/policy-comparison.js';
import type { ScenarioInfo } from '../charts/policy-markers.js';
import { comparedUnit, comparisonTitle, outcomeOf } from '../charts/outcomes.js';
import type { CompareJson } from '../charts/types.js';
import {
  isSignificant,
  keyOutcomesOf,
  relativeDifference,
  verdictOf,
  verdictTitle,
  type CompareRow,
  type Verdict,
} from '../charts/verdict.js';
import { monthWords, policyWords } from '../scenario/describe.js';
import { escapeHtml } from './escape.js';

export interface SummaryInput {
  compare: CompareJson;
  /** The scenarios as resolved, in the comparison's order; [] when the folder records none. */
  scenarios: readonly ScenarioInfo[];
  dates: ComparisonDates;
}

/** A number to 3 significant digits, as a reader takes it in at a glance (integers with separators). */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return 'NA';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en');
  return String(Number(value.toPrecision(3)));
}

/** A relative difference as a signed percentage ("+4.9%", "-71%"), or '' when it has none. */
export function percent(relative: number): string {
  if (!Number.isFinite(relative)) return '';
  const p = 100 * relative;
  const text = Math.abs(p) >= 10 ? p.toFixed(0) : Math.abs(p) >= 1 ? p.toFixed(1) : p.toPrecision(2);
  return `${p > 0 ? '+' : ''}${text.replace('-', '\u2212')}%`;
}

/** A signed difference with a real minus sign. */
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${shortNumber(Math.abs(value))}`;

/** The mark of a verdict after a difference: a check for better, a cross for worse, a dot for changed. */
const VERDICT_MARKS: Record<Verdict, string> = {
  better: ' \u2713',
  worse: ' \u2717',
  changed: ' \u2022',
  'not significant': '',
};

/** A scenario's description, or what the folder lacks. */
const described = (info: ScenarioInfo | undefined) =>
  info?.description && info.description.trim() !== '' ? info.description.trim() : undefined;

/** Lower-cases the first letter of a sentence that goes on after a dash. */
const continued = (text: string) => text.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase()).replace(/\.$/, '');

/** The question the comparison answers, from the scenarios' descriptions. */
export function question(compare: CompareJson, scenarios: readonly ScenarioInfo[], dates: ComparisonDates): string {
  const [baseline, ...policies] = compare.scenarios;
  const by = dates.horizon ? ` by ${monthWords(dates.horizon)}` : '';
  const base = described(scenarios[0]);
  const baseText = base ? `${baseline} (${continued(base)})` : baseline;
  const alternatives = policies.length === 1 ? policies[0] : `each of the ${policies.length} alternatives below`;
  return `Compared with ${baseText}, what does ${alternatives} change${by}?`;
}

function scenarioTable(compare: CompareJson, scenarios: readonly ScenarioInfo[]): string {
  if (scenarios.length !== compare.scenarios.length) {
    return `<p class="scenarios-unknown">Scenarios: ${compare.scenarios.map(escapeHtml).join(', ')} (the first is the baseline). This folder records their names only; their descriptions and policy timelines are shown when the comparison records the scenarios as resolved (in its manifest.json or compare.json).</p>`;
  }
  const rows = compare.scenarios.map((name, k) => {
    const info = scenarios[k];
    const what = described(info) ?? 'no description';
    const startYear = info.startYear ?? 2005;
    const timeline =
      (info.policies ?? []).length > 0
        ? `<ul>${(info.policies ?? []).map((p) => `<li>${escapeHtml(policyWords(p, startYear))}</li>`).join('')}</ul>`
        : 'no policy change';
    return `<tr><th>${escapeHtml(name)}${k === 0 ? '<br><span class="note">baseline</span>' : ''}</th><td>${escapeHtml(what)}</td><td>${timeline}</td></tr>`;
  });
  return `<table class="scenarios"><colgroup><col class="name"><col><col class="timeline"></colgroup>
<thead><tr><th>scenario</th><th>what it does</th><th>policy timeline</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** The row of an outcome and scenario. */
const rowOf = (compare: CompareJson, outcome: string, scenario: string) =>
  compare.outcomes.find((o) => o.outcome === outcome && o.scenario === scenario) as CompareRow | undefined;

/** An outcome's title without a unit its compared unit repeats ("Subsidy paid over the run, million KRW"). */
function plainTitle(outcome: string): string {
  const unit = comparedUnit(outcome);
  const title = comparisonTitle(outcome);
  return title.endsWith(`, ${unit}`) ? title.slice(0, -unit.length - 2) : title;
}

function differenceCell(compare: CompareJson, row: CompareRow | undefined): string {
  if (!row) return '<td>NA</td>';
  const verdict = verdictOf(row);
  const rel = percent(relativeDifference(compare, row));
  const notes = [
    ...(typeof row.pAdjusted === 'number' ? [`p=${shortNumber(row.pAdjusted)}`] : []),
    ...(row.robust === false ? ['not robust'] : []),
  ];
  return (
    `<td class="v-${verdict.replace(' ', '-')}" title="${escapeHtml(verdictTitle(verdict))}"><span class="diff">${signed(row.diff)}${VERDICT_MARKS[verdict]}</span>${rel ? `<br><span class="rel">(${rel})</span>` : ''}` +
    `<br><span class="ci">[${signed(row.diffLo)}, ${signed(row.diffHi)}]${notes.length > 0 ? ` ${notes.join(', ')}` : ''}</span></td>`
  );
}

/** A month in short ("2014-12" -> "Dec 2014"), for table notes. */
const shortMonth = (month: string) => monthWords(month).replace(/^(\w{3})\w* /, '$1 ');

/** When an outcome is measured, in short: the horizon's month, or the years of a total. */
function shortWhen(outcome: string, dates: ComparisonDates): string {
  const total = outcomeOf(outcome).total !== undefined;
  if (total)
    return dates.start && dates.horizon
      ? `total ${dates.start.slice(0, 4)}\u2013${dates.horizon.slice(0, 4)}`
      : 'total';
  return dates.horizon ? shortMonth(dates.horizon) : 'at the end';
}

function keyOutcomeTable(compare: CompareJson, outcomes: readonly string[], dates: ComparisonDates): string {
  const [baseline, ...policies] = compare.scenarios;
  const head = policies.map((p) => `<th>${escapeHtml(p)}</th>`).join('');
  const rows = outcomes.map((o) => {
    const cells = policies.map((p) => differenceCell(compare, rowOf(compare, o, p))).join('');
    const base = rowOf(compare, o, baseline);
    const level = base ? `; ${escapeHtml(baseline)} ${shortNumber(base.mean)}` : '';
    return `<tr><th>${escapeHtml(plainTitle(o))}<br><span class="note">${escapeHtml(comparedUnit(o))}; ${escapeHtml(shortWhen(o, dates))}${level}</span></th>${cells}</tr>`;
  });
  return `<table class="key-outcomes">
<caption>Key outcomes: difference from ${escapeHtml(baseline)} (relative to its mean) [95% interval], ${compare.runs} runs each; \u2713 significant, better for the cluster; \u2717 significant, worse; \u2022 significant, no better direction; grey: not significant</caption>
<thead><tr><th>outcome (unit; when; ${escapeHtml(baseline)}'s value)</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** Units a sentence names after the number: short ones without a formula ("firms", "million KRW"). */
const SHORT_UNIT = /^[^,()/]{1,20}$/;

/** One sentence for a significant effect: what changed, by how much, and whether that is good for the cluster. */
export function effectSentence(compare: CompareJson, row: CompareRow): string {
  const baseline = compare.scenarios[0];
  const unit = comparedUnit(row.outcome);
  const rel = percent(relativeDifference(compare, row));
  const side = row.diff > 0 ? 'above' : 'below';
  const verdict = verdictOf(row);
  const judged = verdict === 'better' ? ', better' : verdict === 'worse' ? ', worse' : '';
  const amount = SHORT_UNIT.test(unit) ? `${shortNumber(Math.abs(row.diff))} ${unit}` : shortNumber(Math.abs(row.diff));
  return `${plainTitle(row.outcome)}: ${amount} ${side} ${baseline}${rel ? ` (${rel})` : ''}${judged}.`;
}

function effectsInWords(compare: CompareJson, outcomes: readonly string[], dates: ComparisonDates): string {
  const policies = compare.scenarios.slice(1);
  const paragraphs = policies.map((p) => {
    const effects = outcomes
      .map((o) => rowOf(compare, o, p))
      .filter((r): r is CompareRow => r !== undefined && isSignificant(r) && r.diff !== 0);
    const text =
      effects.length > 0
        ? effects.map((r) => escapeHtml(effectSentence(compare, r))).join(' ')
        : 'No significant effect on the key outcomes.';
    return `<p><strong>${escapeHtml(p)}.</strong> ${text}</p>`;
  });
  const finals = dates.horizon ? `values in ${monthWords(dates.horizon)}` : 'values at the end of the run';
  const totals =
    dates.start && dates.horizon ? `, totals from ${monthWords(dates.start)} to ${monthWords(dates.horizon)}` : '';
  return `<div class="effects"><h3>Significant effects in words <span class="note">(${finals}${totals})</span></h3>\n${paragraphs.join('\n')}</div>`;
}

/** How significance and colours were decided, in one note. */
function method(compare: CompareJson): string {
  const adjusted = compare.outcomes.some((o) => typeof (o as CompareRow).significant === 'boolean');
  const significance = adjusted
    ? 'significant as the comparison decided after adjusting for multiple comparisons'
    : 'significant where the 95% interval of the difference excludes 0 (no adjustment for multiple comparisons)';
  return `<p class="note">Differences: policy minus ${escapeHtml(compare.scenarios[0])}, paired by seed; ${significance}; better or worse for the cluster by the outcome's better direction. Every outcome and every chart follow.</p>`;
}

/** The summary page of a comparison's report. */
export function compareSummary(input: SummaryInput): string {
  const { compare, scenarios, dates } = input;
  const outcomes = keyOutcomesOf(compare);
  const policies = compare.scenarios.length > 1;
  return `<section id="summary" class="summary">
<h2>Summary</h2>
<p class="question"><strong>Question.</strong> ${escapeHtml(question(compare, scenarios, dates))}</p>
${scenarioTable(compare, scenarios)}
${policies ? keyOutcomeTable(compare, outcomes, dates) : ''}
${policies ? effectsInWords(compare, outcomes, dates) : ''}
${policies ? method(compare) : ''}
</section>`;
}
