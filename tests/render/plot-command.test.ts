// clustersim plot: renders a compare folder's and a run's specs to SVG and PNG; user errors exit 2 without a stack
// trace.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareChartSpecs } from '../../src/charts/compare-charts.js';
import { parseEnsembleCsv } from '../../src/render/ensemble-csv.js';
import { runOutcomeSpec } from '../../src/charts/outcome-time.js';
import type { CompareJson } from '../../src/charts/types.js';
import { writeChartSpecs } from '../../src/render/write-chart-specs.js';
import {
  ensembleCsv,
  SCENARIOS,
  COMPARE_OUTCOMES,
  shortRun,
  syntheticCompare,
  syntheticEnsembleRows,
} from '../charts/fixtures.js';
import { runCli } from './cli-io.js';
import { darkPixels, decodePng } from './png-decode.js';
import { countMarkItems } from './svg-marks.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-plot-');

/** A compare folder as clustersim compare writes it: compare.json and the ensemble timeseries.csv. */
function compareFolder(): string {
  const dir = join(root, 'compare');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'compare.json'), JSON.stringify(syntheticCompare(), null, 2));
  writeFileSync(join(dir, 'timeseries.csv'), ensembleCsv(syntheticEnsembleRows()));
  return dir;
}

describe('clustersim plot and report next to files clustersim did not write', () => {
  it('refuse to replace them, name them, and write nothing', async () => {
    const dir = join(root, 'user-charts');
    await writeChartSpecs(dir, { 'outcome-density.vl.json': runOutcomeSpec(shortRun().result.rows, 'density') });
    writeFileSync(join(dir, 'charts', 'outcome-density.svg'), '<svg>my own drawing</svg>');
    writeFileSync(join(dir, 'report.html'), '<p>my report</p>');
    const plot = await runCli(['plot', dir]);
    expect(plot.code).toBe(2);
    expect(plot.stderr).toBe(
      `clustersim: will not write to ${dir}: charts/outcome-density.svg exists and clustersim did not write it: move it away first; nothing was written\n`,
    );
    expect(existsSync(join(dir, 'charts', 'outcome-density.png'))).toBe(false);
    const report = await runCli(['report', dir]);
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/report\.html exists and clustersim did not write it/);
    expect(readFileSync(join(dir, 'charts', 'outcome-density.svg'), 'utf8')).toBe('<svg>my own drawing</svg>');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<p>my report</p>');
  });

  it('replace what they wrote themselves, from the folder or its charts folder', async () => {
    const dir = join(root, 'replot');
    await writeChartSpecs(dir, { 'outcome-density.vl.json': runOutcomeSpec(shortRun().result.rows, 'density') });
    for (const target of [dir, join(dir, 'charts'), dir])
      expect((await runCli(['plot', target, '--format', 'svg'])).code).toBe(0);
  });
});

describe('clustersim plot', () => {
  it('renders the charts of a compare folder, read from its files, to SVG and PNG', async () => {
    const dir = compareFolder();
    const compare = JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8')) as CompareJson;
    const rows = parseEnsembleCsv(readFileSync(join(dir, 'timeseries.csv'), 'utf8'));
    const specs = compareChartSpecs(compare, rows);
    await writeChartSpecs(dir, specs);
    const { code, stdout } = await runCli(['plot', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rendered 8 charts to svg and png in [\d.]+ s/);
    for (const name of Object.keys(specs)) {
      const base = join(dir, 'charts', name.replace('.vl.json', ''));
      expect(existsSync(`${base}.svg`) && existsSync(`${base}.png`)).toBe(true);
    }
    const svg = readFileSync(join(dir, 'charts', 'policy-comparison.svg'), 'utf8');
    expect(countMarkItems(svg, 'interval_marks')).toBe(SCENARIOS.length * COMPARE_OUTCOMES.length);
  });

  it('writes PNGs with their text, and only SVG when asked', async () => {
    const dir = join(root, 'run');
    await writeChartSpecs(dir, { 'outcome-density.vl.json': runOutcomeSpec(shortRun().result.rows, 'density') });
    expect((await runCli(['plot', dir, '--format', 'png', '--scale', '1'])).code).toBe(0);
    const png = decodePng(readFileSync(join(dir, 'charts', 'outcome-density.png')));
    expect(darkPixels(png, 0, 22)).toBeGreaterThan(100);
    expect(existsSync(join(dir, 'charts', 'outcome-density.svg'))).toBe(false);
    expect((await runCli(['plot', join(dir, 'charts'), '--format', 'svg'])).code).toBe(0);
    expect(readFileSync(join(dir, 'charts', 'outcome-density.svg'), 'utf8')).toContain('>Network density</text>');
  });

  const userErrors: [string, () => string[], RegExp][] = [
    ['a missing folder', () => ['plot', join(root, 'nowhere')], /no such folder: .*nowhere/],
    [
      'a folder without specs',
      () => (mkdirSync(join(root, 'empty'), { recursive: true }), ['plot', join(root, 'empty')]),
      /no chart specs \(\*\.vl\.json\)/,
    ],
    [
      'an unknown format',
      () => ['plot', root, '--format', 'svg,jpg'],
      /--format: unknown format "jpg"; use svg, png or svg,png/,
    ],
    [
      'a broken spec',
      () => (
        mkdirSync(join(root, 'broken'), { recursive: true }),
        writeFileSync(join(root, 'broken', 'x.vl.json'), '{ nope'),
        ['plot', join(root, 'broken')]
      ),
      /x\.vl\.json: not a JSON spec/,
    ],
  ];
  for (const [what, argv, message] of userErrors) {
    it(`refuses ${what} with a message and exit code 2, no stack trace`, async () => {
      const { code, stderr } = await runCli(argv());
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }
});
