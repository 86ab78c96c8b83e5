// What rendered charts show: titles, axis titles and the number of marks in the SVG; text in the PNG (with fonts vs
// without).
import { beforeAll, describe, expect, it } from 'vitest';
import { compareChartSpecs } from '../../src/charts/compare-charts.js';
import { runChartSpecs } from '../../src/charts/run-charts.js';
import { degreeCounts } from '../../src/charts/degree-distribution.js';
import type { ChartSpecs } from '../../src/charts/types.js';
import { VERDICTS } from '../../src/charts/verdict.js';
import { specToSvg, svgToPng } from '../../src/render/render-spec.js';
import { COMPARE_OUTCOMES, SCENARIOS, shortRun, syntheticCompare, syntheticEnsembleRows } from '../charts/fixtures.js';
import { darkPixels, decodePng } from './png-decode.js';
import { countMarkItems, countRole, textsOf } from './svg-marks.js';

let run: ChartSpecs;
let compare: ChartSpecs;

beforeAll(() => {
  const { result, snapshots } = shortRun();
  run = runChartSpecs(result, snapshots, { maxEdges: 300 });
  compare = compareChartSpecs(syntheticCompare(), syntheticEnsembleRows());
});

describe('specToSvg', () => {
  it('draws an outcome over time: its title, both axis titles, one line', async () => {
    const svg = await specToSvg(run['outcome-density.vl.json']);
    expect(textsOf(svg, 'title-text')).toEqual(['Network density']);
    expect(textsOf(svg, 'axis-title')).toEqual(['month', 'density, 2E / (n(n-1))']);
    expect(countMarkItems(svg, 'marks')).toBe(1);
    expect(svg).toContain('font-family="DejaVu Sans"');
  });

  it('draws the policy comparison with one interval and one point per scenario and outcome', async () => {
    const svg = await specToSvg(compare['policy-comparison.vl.json']);
    expect(countMarkItems(svg, 'interval_marks')).toBe(SCENARIOS.length * COMPARE_OUTCOMES.length);
    expect(countMarkItems(svg, 'estimate_marks')).toBe(SCENARIOS.length * COMPARE_OUTCOMES.length);
    expect(countRole(svg, 'rule mark')).toBe(12);
    expect(textsOf(svg, 'axis-title')).toContain('mean and 95% interval');
    const panels = [
      'Network density\ndensity, 2E / (n(n-1))',
      'Industry-university-research\nties per firm\nIUR ties per member firm',
      'Mean satisfaction of members\nsatisfaction, 0-1',
      'Largest connected component\nshare of members',
    ];
    expect(textsOf(svg, 'title-text').sort()).toEqual(['Policy comparison', ...panels].sort());
    expect(textsOf(svg, 'axis-label')).toEqual(expect.arrayContaining(SCENARIOS));
  });

  it('draws the differences with one interval per policy and outcome, none for the baseline', async () => {
    const svg = await specToSvg(compare['policy-differences.vl.json']);
    expect(countMarkItems(svg, 'interval_marks')).toBe((SCENARIOS.length - 1) * COMPARE_OUTCOMES.length);
    expect(countMarkItems(svg, 'zero_marks')).toBe(COMPARE_OUTCOMES.length);
    expect(textsOf(svg, 'axis-label')).not.toContain('baseline');
    expect(textsOf(svg, 'legend-label').sort()).toEqual(VERDICTS.map((v) => v.title).sort());
  });

  it('draws an ensemble outcome as a band and a mean line per scenario', async () => {
    const svg = await specToSvg(compare['outcome-density.vl.json']);
    expect(countMarkItems(svg, 'band_marks')).toBe(SCENARIOS.length);
    expect(countMarkItems(svg, 'mean_marks')).toBe(SCENARIOS.length);
    expect(textsOf(svg, 'legend-label')).toEqual(SCENARIOS);
  });

  it('draws tasks per year as a bar per year and kind, members by kind as a line per kind', async () => {
    const years = shortRun().result.summary.tasksSolvedPerYear.length;
    const tasks = await specToSvg(run['tasks-per-year.vl.json']);
    expect(countRole(tasks, 'bar')).toBe(years * 5);
    expect(textsOf(tasks, 'axis-title')).toEqual(['year', 'tasks solved per year']);
    const members = await specToSvg(run['members-by-kind.vl.json']);
    expect(countRole(members, 'line mark')).toBe(4);
    expect(textsOf(members, 'legend-label')).toEqual(['firm', 'professor', 'institute', 'agency']);
  });

  it('draws a point per occurring degree and snapshot', async () => {
    const { snapshots } = shortRun();
    const svg = await specToSvg(run['degree-distribution.vl.json']);
    const points = snapshots.reduce((n, s) => n + degreeCounts(s).length, 0);
    expect(countRole(svg, 'point')).toBe(points);
    expect(textsOf(svg, 'axis-title')).toEqual(['degree (ties per member)', 'members (log scale)']);
  });

  it('draws the network: a point per member, a rule per drawn tie, a label per region', async () => {
    const { snapshots } = shortRun();
    const last = snapshots[snapshots.length - 1];
    const svg = await specToSvg(run['network-12.vl.json']);
    expect(countMarkItems(svg, 'members_marks')).toBe(last.nodes.length);
    expect(countMarkItems(svg, 'ties_marks')).toBe(Math.min(300, last.edges.length));
    expect(textsOf(svg, 'mark')).toEqual(['capital', 'daegyeong', 'chungcheong', 'dongnam', 'honam', 'gangwon']);
  });
});

describe('svgToPng', () => {
  it('keeps the text: the title band is dark with the fonts and blank without them', async () => {
    const svg = await specToSvg(run['outcome-density.vl.json']);
    const withFonts = decodePng(svgToPng(svg, { scale: 2 }));
    const withoutFonts = decodePng(svgToPng(svg, { scale: 2, fontFiles: [] }));
    expect([withFonts.width, withFonts.height]).toEqual([withoutFonts.width, withoutFonts.height]);
    const titleBand = [0, 22 * 2] as const;
    expect(darkPixels(withFonts, ...titleBand)).toBeGreaterThan(200);
    expect(darkPixels(withoutFonts, ...titleBand)).toBe(0);
    expect(darkPixels(withFonts) - darkPixels(withoutFonts)).toBeGreaterThan(2000);
  });
});
