// The report page as text: inlined libraries, every spec safely embedded, scenario, manifest and key numbers escaped.
import { describe, expect, it } from 'vitest';
import { buildReportHtml, chartCaption } from '../../src/report/report-html.js';
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
    expect(table).toContain(
      '<tr><th>Network density</th><td class="v-better" title="significant, better for the cluster">0.3 [0.05, 0.55]</td><td class="v-better" title="significant, better for the cluster">0.6 [0.35, 0.85]</td></tr>',
    );
    expect(table).toContain('<td class="v-worse" title="significant, worse for the cluster">-0.3 [-0.55, -0.05]</td>');
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

describe('the report of a comparison', () => {
  const scenarios = [
    { name: 'baseline', description: 'The programme as run.', startYear: 2005, steps: 24, policies: [] },
    {
      name: 'withdrawal',
      description: 'Government money ends in 2006.',
      startYear: 2005,
      steps: 24,
      policies: [{ at: 13, rampSteps: 0, set: { 'budget.subsidyLevel': 0 }, label: 'subsidy ends' }],
    },
    {
      name: 'national-scope',
      description: 'Members reach the whole nation.',
      startYear: 2005,
      steps: 24,
      policies: [],
    },
  ];
  const dates = { start: '2005-01', horizon: '2006-12' };
  const compare = { ...syntheticCompare(), warnings: ['only 2 runs: <intervals> are wide'] };
  const html = buildReportHtml({ compare, scenarios, dates, charts: {}, libraries });

  it('shows the warnings first, escaped, and no warning block without warnings', () => {
    expect(html.indexOf('class="warnings"')).toBeGreaterThan(0);
    expect(html.indexOf('class="warnings"')).toBeLessThan(html.indexOf('id="summary"'));
    expect(html).toContain('<li>only 2 runs: &lt;intervals&gt; are wide</li>');
    expect(buildReportHtml({ compare: syntheticCompare(), charts: {}, libraries })).not.toContain('class="warnings"');
  });

  it('opens with the summary: the question, each scenario with its policy timeline in words', () => {
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="scenario"'));
    expect(html).toContain(
      'Compared with baseline (the programme as run), what does each of the 2 alternatives below change by December 2006?',
    );
    expect(html).toContain(
      '<tr><th>withdrawal</th><td>Government money ends in 2006.</td><td><ul><li>January 2006: subsidy level 0 (subsidy ends)</li></ul></td></tr>',
    );
    expect(html).toContain('<td>Members reach the whole nation.</td><td>no policy change</td>');
  });

  it("states the key outcomes' differences with interval, unit, date and verdict", () => {
    const table = /<table class="key-outcomes">.*?<\/table>/s.exec(html)![0];
    expect(table).toContain(
      '<th>Network density<br><span class="note">density, 2E / (n(n-1)); Dec 2006; baseline 1</span></th>',
    );
    expect(table).toContain(
      '<td class="v-better" title="significant, better for the cluster"><span class="diff">+0.3 \u2713</span><br><span class="rel">(+30%)</span><br><span class="ci">[+0.05, +0.55]</span></td>',
    );
    expect(table).not.toContain('Largest connected component');
  });

  it('says each significant effect in one sentence, and when none is', () => {
    expect(html).toContain(
      '<p><strong>withdrawal.</strong> Network density: 0.3 above baseline (+30%), better. Mean satisfaction of members: 0.3 above baseline (+10%), better.</p>',
    );
    const none = {
      ...syntheticCompare(),
      outcomes: syntheticCompare().outcomes.map((o) => ({ ...o, significant: false })),
    };
    expect(buildReportHtml({ compare: none, charts: {}, libraries })).toContain(
      '<p><strong>withdrawal.</strong> No significant effect on the key outcomes.</p>',
    );
  });

  it('says names only when the folder records no scenarios', () => {
    const bare = buildReportHtml({ compare: syntheticCompare(), charts: {}, libraries });
    expect(bare).toContain(
      '<p class="scenarios-unknown">Scenarios: baseline, withdrawal, national-scope (the first is the baseline). This folder records their names only;',
    );
    expect(bare).not.toContain('<table class="scenarios">');
  });
});

describe('figure captions', () => {
  it('are sentences from the spec, never file names', () => {
    expect(chartCaption({ description: 'network density over time' }, 'outcome-density.vl.json')).toBe(
      'Network density over time.',
    );
    expect(chartCaption({ title: { text: 'Members by kind' } }, 'members-by-kind.vl.json')).toBe('Members by kind.');
    expect(chartCaption({}, 'x.vl.json')).toBe('A chart without a title or description (x.vl.json).');
    const html = buildReportHtml({ charts: { 'tasks-per-year.vl.json': { title: 'Tasks' } }, libraries });
    expect(html).toContain('<figcaption>Figure 1. Tasks.</figcaption>');
    expect(html).not.toContain('<figcaption>charts/');
  });
});
