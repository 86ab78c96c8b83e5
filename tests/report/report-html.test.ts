// The report page as text: inlined libraries, every spec safely embedded, scenario, manifest and key numbers escaped.
import { describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../src/report/report-html.js';
import { orderCharts } from '../../src/report/chart-order.js';
import { compareKeyNumbers, formatNumber } from '../../src/report/key-numbers.js';
import { syntheticCompare } from '../charts/fixtures.js';

const libraries = { vega: '/* vega build */', vegaLite: '/* vega-lite build */', vegaEmbed: '/* vega-embed build */' };

/** The JSON block of chart specs inside a report. */
function specsOf(html: string): { names: string[]; specs: Record<string, unknown> } {
  const match = /<script type="application\/json" id="chart-specs">(.*?)<\/script>/s.exec(html);
  return JSON.parse(match![1]);
}

describe('buildReportHtml', () => {
  const charts = {
    'network-12.vl.json': { title: { text: 'Member network at step 12' } },
    'outcome-density.vl.json': { title: 'Network density', description: 'ends </script><script>alert(1)</script>' },
    'network-2.vl.json': { title: { text: 'Member network at step 2' } },
    'tasks-per-year.vl.json': { title: 'Tasks' },
  };
  const manifest = {
    scenarioName: 'baseline <2005>',
    seed: '7',
    steps: 12,
    version: '0.1.0',
    scenario: { name: 'baseline <2005>', steps: 12 },
  };
  const summary = {
    steps: 12,
    final: { step: 12, date: '2005-12', members: 5286, density: 0.0020100578 },
    totals: { events: 10598 },
    tasksSolvedPerYear: [{ year: 2005, rnd: 119, management: 636, marketing: 424, hr: 7, other: 60, total: 1246 }],
  };
  const html = buildReportHtml({ manifest, summary, charts, libraries });

  it('inlines the libraries and loads nothing from the network', () => {
    for (const code of Object.values(libraries)) expect(html).toContain(`<script>${code}</script>`);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link /);
  });

  it('holds every spec, in report order, safe inside its script tag', () => {
    const block = specsOf(html);
    expect(block.names).toEqual([
      'outcome-density.vl.json',
      'tasks-per-year.vl.json',
      'network-2.vl.json',
      'network-12.vl.json',
    ]);
    expect(block.specs).toEqual(charts);
    expect(html.match(/<div id="chart-\d+" class="chart"/g)).toHaveLength(4);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('shows the scenario, the manifest and the key numbers, escaped', () => {
    expect(html).toContain('<title>Run of scenario &quot;baseline &lt;2005&gt;&quot;</title>');
    expect(html).toContain('<dt>seed</dt><dd>7</dd>');
    expect(html).toContain('<summary>Scenario parameters</summary>');
    expect(html).toContain('<th>Network density</th><td>0.00201</td>');
    expect(html).toContain('<th>Members</th><td>5,286</td>');
    expect(html).toContain('<th>2005</th><td>119</td><td>636</td><td>424</td><td>7</td><td>60</td><td>1,246</td>');
  });

  it('shows a comparison as mean [95% interval] per outcome and scenario, and the differences', () => {
    const table = compareKeyNumbers(syntheticCompare());
    expect(table).toContain(
      '<thead><tr><th>outcome</th><th>baseline</th><th>withdrawal</th><th>national-scope</th></tr></thead>',
    );
    expect(table).toContain(
      '<tr><th>Network density</th><td>1 [0.8, 1.2]</td><td>1.3 [1.1, 1.5]</td><td>1.6 [1.4, 1.8]</td></tr>',
    );
    expect(table).toContain('<tr><th>Network density</th><td>0.3 [0.05, 0.55]</td><td>0.6 [0.35, 0.85]</td></tr>');
    expect(buildReportHtml({ compare: syntheticCompare(), charts: {}, libraries })).toContain(
      '<title>Policy comparison: baseline, withdrawal, national-scope</title>',
    );
  });
});

describe('orderCharts and formatNumber', () => {
  it('puts the comparison first, outcomes in their order, then members, tasks, degrees, networks by step', () => {
    const names = [
      'network-120.vl.json',
      'zzz.vl.json',
      'degree-distribution.vl.json',
      'outcome-modularity.vl.json',
      'outcome-members.vl.json',
      'network-60.vl.json',
      'policy-comparison.vl.json',
      'members-by-kind.vl.json',
    ];
    expect(orderCharts(names)).toEqual([
      'policy-comparison.vl.json',
      'outcome-members.vl.json',
      'outcome-modularity.vl.json',
      'members-by-kind.vl.json',
      'degree-distribution.vl.json',
      'network-60.vl.json',
      'network-120.vl.json',
      'zzz.vl.json',
    ]);
  });

  it('formats integers in full and others to 4 significant digits', () => {
    expect([
      formatNumber(28077),
      formatNumber(0.0020100578),
      formatNumber(1234.56),
      formatNumber(null),
      formatNumber(Number.NaN),
    ]).toEqual(['28,077', '0.00201', '1,235', 'NA', 'NA']);
  });
});
