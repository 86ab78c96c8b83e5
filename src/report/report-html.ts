// The report page: one self-contained HTML file that works offline and prints on A4 portrait. vega, vega-lite and
// vega-embed are inlined from node_modules, the specs are inlined as JSON, and vega-embed draws every chart as SVG
// (tooltips and export on screen, sharp in print). A comparison's report opens with a one-page summary for decision
// makers (summary.ts), warnings first; an experiment's report says what was run and shows its results
// (experiment-section.ts); the long detail follows.
import { CHART_CONFIG } from '../charts/common.js';
import type { ComparisonDates } from '../charts/policy-comparison.js';
import type { ScenarioInfo } from '../charts/policy-markers.js';
import type { CompareJson } from '../charts/types.js';
import { warningsOf } from '../charts/verdict.js';
import { policyWords } from '../scenario/describe.js';
import { orderCharts } from './chart-order.js';
import { escapeHtml, scriptCode, scriptJson } from './escape.js';
import { experimentSection, experimentTitle, type ExperimentInput } from './experiment-section.js';
import { compareKeyNumbers, formatNumber, runKeyNumbers, type RunSummaryLike } from './key-numbers.js';
import { compareSummary } from './summary.js';

export interface ReportLibraries {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

export interface ReportInput {
  /** The manifest.json of a run (or of a comparison, if it has one). */
  manifest?: Record<string, unknown>;
  summary?: RunSummaryLike;
  compare?: CompareJson;
  /** The scenarios as resolved (a run's, a comparison's in its order); [] or absent when the folder records none. */
  scenarios?: readonly ScenarioInfo[];
  /** The first month and the horizon of a comparison. */
  dates?: ComparisonDates;
  /** An experiment's folder: its kind, manifest, check.json and tables. */
  experiment?: ExperimentInput;
  /** Chart specs by file name. */
  charts: Record<string, unknown>;
  libraries: ReportLibraries;
}

/** A4 portrait with 12 mm margins: 186 mm of width for the content, which nothing may exceed in print. */
export const PRINT_PAGE = { widthMm: 210, heightMm: 297, marginMm: 12 } as const;

const STYLE = `body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem;font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin:1rem 0 .3rem}.sub{color:#666;margin-top:0}
table{border-collapse:collapse;margin:1rem 0;max-width:100%}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:right;vertical-align:top}th:first-child{text-align:left}
dl{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}dd ul{margin:0;padding-left:1.2rem}
pre{background:#f6f6f6;padding:.8rem;overflow:auto;max-height:30rem;white-space:pre-wrap;overflow-wrap:anywhere}
figure{margin:2rem 0}figcaption{color:#444;font-size:.9rem;max-width:48rem}nav ul{columns:2}.error{color:#b00}
.chart svg,.chart canvas{max-width:100%;height:auto}.chart .vega-embed{max-width:100%}
.note{color:#555;font-size:.85em;font-weight:normal}
.warnings{border:2px solid #d73027;background:#fdecea;padding:.5rem 1rem;margin:1rem 0}.warnings ul{margin:.3rem 0}
.summary .question{font-size:1.05em}
table.scenarios,table.key-outcomes{width:100%;table-layout:fixed;font-size:.85em}
table.scenarios th,table.scenarios td{text-align:left}table.scenarios col.name{width:18%}table.scenarios col.timeline{width:40%}
table.scenarios ul{margin:0;padding-left:1rem}
table.key-outcomes th{overflow-wrap:anywhere}table.key-outcomes thead th:first-child{width:23%}
table.key-outcomes td,table.key-outcomes thead th{text-align:center;line-height:1.25}table.key-outcomes thead th:first-child{text-align:left}
.diff{font-weight:bold}.ci,.verdict{font-size:.85em}.verdict{font-style:italic}
td.v-better{background:#e3f2e5}td.v-worse{background:#fbe4e1}td.v-changed{background:#ececec}td.v-not-significant{color:#777}
td.v-better,td.v-worse,td.v-changed{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.effects p{margin:.35rem 0}
@page{size:A4 portrait;margin:${PRINT_PAGE.marginMm}mm}
@media print{
body{margin:0;padding:0;max-width:none;font-size:9pt;line-height:1.3}
h1{font-size:15pt}h2{font-size:12pt;margin-top:1rem}h3{font-size:10pt}
nav,details,.sub,.vega-embed details,.vega-actions{display:none!important}
.chart .vega-embed{display:block;padding-right:0!important}
table{width:100%;table-layout:fixed;font-size:7.5pt}th,td{padding:.15rem .3rem;overflow-wrap:anywhere}
table.scenarios,table.key-outcomes{font-size:7pt;margin:.4rem 0}.summary .question{font-size:9pt;margin:.3rem 0}
.summary .effects{font-size:8pt}.summary .effects h3{margin:.4rem 0 .2rem}
dl{grid-template-columns:minmax(0,30%) minmax(0,1fr)}dd{overflow-wrap:anywhere;min-width:0}
figure{break-inside:avoid;margin:1rem 0}figcaption{font-size:8pt}
.chart svg{max-height:250mm;width:auto}
.summary{break-after:page}.summary h2{margin:.2rem 0}.summary caption{font-size:7.5pt;font-weight:normal}
.effects p{margin:.2rem 0}
}`;

function titleOf(input: ReportInput): string {
  if (input.compare) return `Policy comparison: ${input.compare.scenarios.join(', ')}`;
  if (input.experiment && input.experiment.kind !== 'run') return experimentTitle(input.experiment);
  const name = input.manifest?.scenarioName;
  return typeof name === 'string' ? `Run of scenario "${name}"` : 'clustersim report';
}

/** The page's heading: the title, shorter for a comparison of many scenarios (the summary names them all). */
function headingOf(input: ReportInput, title: string): string {
  const scenarios = input.compare?.scenarios ?? [];
  if (scenarios.length <= 3) return title;
  return `Policy comparison: ${scenarios.length - 1} alternatives against ${scenarios[0]}`;
}

function warningsBlock(input: ReportInput): string {
  const warnings = input.compare ? warningsOf(input.compare) : [];
  if (warnings.length === 0) return '';
  return `<div class="warnings" role="alert"><strong>Warnings from the comparison</strong><ul>${warnings
    .map((w) => `<li>${escapeHtml(w)}</li>`)
    .join('')}</ul></div>`;
}

/** A run's policy timeline in words, or nothing without policies. */
function timeline(input: ReportInput): string {
  const scenario = input.compare ? undefined : input.scenarios?.[0];
  const policies = scenario?.policies ?? [];
  if (!scenario || policies.length === 0) return '';
  const items = policies.map((p) => `<li>${escapeHtml(policyWords(p, scenario.startYear ?? 2005))}</li>`).join('');
  return `<h3>Policy timeline</h3><ul>${items}</ul>`;
}

function scenarioSection(input: ReportInput): string {
  const m = input.manifest;
  if (!m && !input.compare) return '';
  const facts: [string, unknown][] = m
    ? [
        ['scenario', m.scenarioName],
        ['what it asks', input.compare ? undefined : input.scenarios?.[0]?.description || undefined],
        ['seed', m.seed],
        ['steps (months)', m.steps],
        ['scenario hash', m.scenarioHash],
        ['clustersim', m.version],
        ['node', m.node],
        ['wall time', typeof m.wallTimeSeconds === 'number' ? `${formatNumber(m.wallTimeSeconds)} s` : undefined],
      ]
    : [];
  if (input.compare)
    facts.push(
      ['scenarios', input.compare.scenarios.join(', ')],
      ['runs per scenario', input.compare.runs],
      ['seeds', input.compare.seeds.join(', ')],
    );
  const dl = facts
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd>`)
    .join('\n');
  const scenario = m?.scenario
    ? `<details><summary>Scenario parameters</summary><pre>${escapeHtml(JSON.stringify(m.scenario, null, 2))}</pre></details>`
    : '';
  const manifest = m
    ? `<details><summary>Manifest (manifest.json)</summary><pre>${escapeHtml(JSON.stringify(m, null, 2))}</pre></details>`
    : '';
  const heading = input.compare ? 'The comparison' : 'Scenario';
  return `<section id="scenario"><h2>${heading}</h2>\n<dl>${dl}</dl>\n${timeline(input)}\n${scenario}\n${manifest}</section>`;
}

function keyNumbersSection(input: ReportInput): string {
  const parts = [
    input.compare ? compareKeyNumbers(input.compare) : '',
    input.summary ? runKeyNumbers(input.summary) : '',
  ].filter((p) => p);
  const heading = input.compare ? 'Every outcome' : 'Key numbers';
  return parts.length > 0 ? `<section id="key-numbers"><h2>${heading}</h2>\n${parts.join('\n')}</section>` : '';
}

function chartTitle(spec: unknown, name: string): string {
  const title = (spec as { title?: unknown }).title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && typeof (title as { text?: unknown }).text === 'string')
    return (title as { text: string }).text;
  return name;
}

/** A figure's caption as a sentence: the spec's description, else its title as a sentence. */
export function chartCaption(spec: unknown, name: string): string {
  const description = (spec as { description?: unknown }).description;
  const title = chartTitle(spec, name);
  const text =
    typeof description === 'string' && description.trim() !== ''
      ? description.trim()
      : title === name
        ? `A chart without a title or description (${name})`
        : title;
  const sentence = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Draws every chart with vega-embed as SVG; a chart that fails shows its error instead. */
const EMBED = `const charts = JSON.parse(document.getElementById('chart-specs').textContent);
for (const [i, name] of charts.names.entries()) {
  const el = document.getElementById('chart-' + i);
  vegaEmbed(el, charts.specs[name], { renderer: 'svg', config: charts.config, actions: { export: true, source: false, compiled: false, editor: false } })
    .then(() => el.setAttribute('data-rendered', 'true'))
    .catch((error) => { el.className = 'error'; el.textContent = name + ': ' + error.message; });
}`;

export function buildReportHtml(input: ReportInput): string {
  const names = orderCharts(Object.keys(input.charts));
  const title = titleOf(input);
  const nav = names
    .map((n, i) => `<li><a href="#figure-${i}">${escapeHtml(chartTitle(input.charts[n], n))}</a></li>`)
    .join('\n');
  const figures = names
    .map(
      (n, i) =>
        `<figure id="figure-${i}"><div id="chart-${i}" class="chart" data-spec="${escapeHtml(n)}"></div><figcaption>Figure ${i + 1}. ${escapeHtml(chartCaption(input.charts[n], n))}</figcaption></figure>`,
    )
    .join('\n');
  const summary =
    input.compare !== undefined
      ? compareSummary({ compare: input.compare, scenarios: input.scenarios ?? [], dates: input.dates ?? {} })
      : '';
  const experiment =
    input.experiment && !input.compare && input.experiment.kind !== 'run' ? experimentSection(input.experiment) : '';
  const { vega, vegaLite, vegaEmbed } = input.libraries;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<script>${scriptCode(vega)}</script>
<script>${scriptCode(vegaLite)}</script>
<script>${scriptCode(vegaEmbed)}</script>
</head>
<body>
<h1>${escapeHtml(headingOf(input, title))}</h1>
<p class="sub">clustersim report: works offline; hover a chart for values, use its menu to save it as SVG or PNG; prints on A4.</p>
${warningsBlock(input)}
${summary}
${experiment}
${scenarioSection(input)}
${keyNumbersSection(input)}
<section id="charts"><h2>Charts</h2>
${names.length > 0 ? `<nav><ul>\n${nav}\n</ul></nav>` : '<p>No charts in this folder.</p>'}
${figures}
</section>
<script type="application/json" id="chart-specs">${scriptJson({ names, specs: input.charts, config: CHART_CONFIG })}</script>
<script>${EMBED}</script>
</body>
</html>
`;
}
