// The report page: one self-contained HTML file that works offline. vega, vega-lite and vega-embed are inlined from
// node_modules, the specs are inlined as JSON, and vega-embed draws every chart interactively (tooltips, export).
import { compareKeyNumbers, formatNumber, runKeyNumbers, type RunSummaryLike } from './key-numbers.js';
import { orderCharts } from './chart-order.js';
import { escapeHtml, scriptCode, scriptJson } from './escape.js';
import type { CompareJson } from '../charts/types.js';

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
  /** Chart specs by file name. */
  charts: Record<string, unknown>;
  libraries: ReportLibraries;
}

const STYLE = `body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem}.sub{color:#666;margin-top:0}table{border-collapse:collapse;margin:1rem 0}
caption{text-align:left;font-weight:bold;padding:.3rem 0}th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:right}
th:first-child{text-align:left}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}
pre{background:#f6f6f6;padding:.8rem;overflow:auto;max-height:30rem}figure{margin:2rem 0}figcaption{color:#666;font-size:.85rem}
nav ul{columns:3}.error{color:#b00}`;

function titleOf(input: ReportInput): string {
  if (input.compare) return `Policy comparison: ${input.compare.scenarios.join(', ')}`;
  const name = input.manifest?.scenarioName;
  return typeof name === 'string' ? `Run of scenario "${name}"` : 'clustersim report';
}

function scenarioSection(input: ReportInput): string {
  const m = input.manifest;
  if (!m && !input.compare) return '';
  const facts: [string, unknown][] = m
    ? [
        ['scenario', m.scenarioName],
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
  return `<section id="scenario"><h2>Scenario</h2>\n<dl>${dl}</dl>\n${scenario}\n${manifest}</section>`;
}

function keyNumbersSection(input: ReportInput): string {
  const parts = [
    input.compare ? compareKeyNumbers(input.compare) : '',
    input.summary ? runKeyNumbers(input.summary) : '',
  ].filter((p) => p);
  return parts.length > 0 ? `<section id="key-numbers"><h2>Key numbers</h2>\n${parts.join('\n')}</section>` : '';
}

function chartTitle(spec: unknown, name: string): string {
  const title = (spec as { title?: unknown }).title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && typeof (title as { text?: unknown }).text === 'string')
    return (title as { text: string }).text;
  return name;
}

/** Draws every chart with vega-embed; a chart that fails shows its error instead. */
const EMBED = `const charts = JSON.parse(document.getElementById('chart-specs').textContent);
for (const [i, name] of charts.names.entries()) {
  const el = document.getElementById('chart-' + i);
  vegaEmbed(el, charts.specs[name], { renderer: 'canvas', actions: { export: true, source: false, compiled: false, editor: false } })
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
        `<figure id="figure-${i}"><div id="chart-${i}" class="chart" data-spec="${escapeHtml(n)}"></div><figcaption>charts/${escapeHtml(n)}</figcaption></figure>`,
    )
    .join('\n');
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
<h1>${escapeHtml(title)}</h1>
<p class="sub">clustersim report: works offline; hover a chart for values, use its menu to save it as SVG or PNG.</p>
${scenarioSection(input)}
${keyNumbersSection(input)}
<section id="charts"><h2>Charts</h2>
${names.length > 0 ? `<nav><ul>\n${nav}\n</ul></nav>` : '<p>No charts in this folder.</p>'}
${figures}
</section>
<script type="application/json" id="chart-specs">${scriptJson({ names, specs: input.charts })}</script>
<script>${EMBED}</script>
</body>
</html>
`;
}
