// clustersim report end to end: a real run's report.html draws every chart in headless Chromium with the network cut
// off; a comparison's report prints on A4 portrait, its summary on the first page, nothing wider than the page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTED_OUTCOMES } from '../../src/charts/outcomes.js';
import { PRINT_PAGE } from '../../src/report/report-html.js';
import { loadScenario } from '../../src/scenario/load.js';
import { runCli } from '../render/cli-io.js';
import { tempFolder } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const root = tempFolder('clustersim-report-');
const out = join(root, 'run');

/** A chart per charted outcome, members by kind, tasks per year, degrees and the drawings at steps 0 and 12. */
const CHARTS = CHARTED_OUTCOMES.length + 5;

beforeAll(async () => {
  const { code } = await runCli([
    'run',
    '--steps',
    '12',
    '--set',
    'population.scale=0.1',
    '--snapshots',
    '0',
    '--out',
    out,
  ]);
  expect(code).toBe(0);
});

describe('clustersim report', () => {
  it('writes one self-contained report.html with the scenario, manifest, key numbers and every chart', async () => {
    const { code, stdout } = await runCli(['report', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`wrote .*report\\.html \\(${CHARTS} charts, [\\d.]+ MB\\)`));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<title>Run of scenario &quot;default&quot;</title>');
    expect(html).toContain('<summary>Manifest (manifest.json)</summary>');
    expect(html).toContain('Tasks solved per year by kind');
    expect(html).toContain(
      readFileSync(join('node_modules', 'vega-embed', 'build', 'vega-embed.min.js'), 'utf8').slice(0, 2000),
    );
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it.skipIf(!existsSync(CHROMIUM))('draws every chart in a browser with the network cut off', async () => {
    const profile = mkdtempSync(join(root, 'profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
    });
    try {
      const requested: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        requested.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      const charts = await page.locator('.chart').count();
      expect(charts).toBe(CHARTS);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.chart[data-rendered="true"]').length === n,
        charts,
        { timeout: 30_000 },
      );
      expect(await page.locator('.chart svg.marks').count()).toBe(charts);
      expect(await page.locator('.chart .vega-actions').count()).toBe(charts);
      expect(await page.locator('.chart.error').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(requested).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a missing folder, a folder without outputs and a broken summary with exit code 2', async () => {
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'summary.json'), '{');
    const cases: [string, RegExp][] = [
      [join(root, 'nowhere'), /no such folder/],
      [join(root, 'empty'), /holds no clustersim outputs/],
      [join(root, 'broken'), /summary\.json is not valid JSON/],
    ];
    for (const [dir, message] of cases) {
      const { code, stderr } = await runCli(['report', dir]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

/** Millimetres in CSS pixels (96 per inch), and PDF points (72 per inch). */
const px = (mm: number) => (mm * 96) / 25.4;
const pt = (mm: number) => (mm * 72) / 25.4;

const LONG = 'subsidy-phased-withdrawal-with-fees-and-a-long-name';

/** A comparison of a baseline and a long-named policy with a ramp, with the resolved scenarios in a manifest. */
async function compareFolder(): Promise<string> {
  const dir = join(root, 'compare');
  writeFileSync(join(root, 'base.yaml'), 'name: baseline\ndescription: The programme as run, with subsidies.\n');
  writeFileSync(
    join(root, 'long.yaml'),
    `name: ${LONG}\ndescription: Government money is phased out over half a year from July 2005 while fees begin.\n` +
      'policies:\n  - at: 7\n    label: subsidy phased out\n    rampSteps: 6\n    set: { budget.subsidyLevel: 0 }\n' +
      '  - at: 7\n    label: fees begin\n    set: { budget.feePerFirmMonth: 0.05 }\n',
  );
  const files = [join(root, 'base.yaml'), join(root, 'long.yaml')];
  const argv = ['compare', ...files, '--runs', '2', '--steps', '12', '--set', 'population.scale=0.1', '--workers', '1'];
  expect((await runCli([...argv, '--out', dir])).code).toBe(0);
  // What a comparison's manifest records of its scenarios (written by compare once it keeps them): read as it is.
  const scenarios = files.map((f) => ({ file: f, scenario: loadScenario(f) }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ tool: 'clustersim', command: 'compare', scenarios }));
  const compare = JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8'));
  writeFileSync(join(dir, 'compare.json'), JSON.stringify({ ...compare, warnings: ['only 2 runs per scenario'] }));
  expect((await runCli(['report', dir])).code).toBe(0);
  return dir;
}

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(root, 'profile-')), {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
  });
}

describe("a comparison's report in print", () => {
  it.skipIf(!existsSync(CHROMIUM))(
    'prints on A4 portrait: the summary alone on page 1, no element wider than the page',
    async () => {
      const dir = await compareFolder();
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html.indexOf('only 2 runs per scenario')).toBeLessThan(html.indexOf('id="summary"'));
      expect(html.includes('<li>July 2005: fee per firm month 0.05 million KRW (fees begin)</li>')).toBe(true);
      const context = await launch();
      try {
        const page = await context.newPage();
        const content = {
          width: px(PRINT_PAGE.widthMm - 2 * PRINT_PAGE.marginMm),
          height: px(PRINT_PAGE.heightMm - 2 * PRINT_PAGE.marginMm),
        };
        await page.setViewportSize({ width: Math.floor(content.width), height: 900 });
        await page.goto(pathToFileURL(join(dir, 'report.html')).href);
        const charts = await page.locator('.chart').count();
        await page.waitForFunction(
          (n) => document.querySelectorAll('.chart[data-rendered="true"]').length === n,
          charts,
          { timeout: 30_000 },
        );
        await page.emulateMedia({ media: 'print' });
        const layout = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && r.height > 0 && r.right > limit + 0.5)
            .map(({ el, r }) => `${el.tagName} ${Math.round(r.right)}`);
          const summary = document.getElementById('summary')!.getBoundingClientRect();
          return {
            limit,
            scrollWidth: document.documentElement.scrollWidth,
            wide,
            summaryBottom: summary.bottom + window.scrollY,
          };
        });
        expect(layout.wide).toEqual([]);
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.limit);
        expect(layout.summaryBottom).toBeLessThanOrEqual(content.height);
        const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
        expect(pages.length).toBeGreaterThan(1);
        const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
        expect(boxes.length).toBeGreaterThan(0);
        for (const [, width, height] of boxes) {
          expect(Math.abs(Number(width) - pt(PRINT_PAGE.widthMm))).toBeLessThan(1.5);
          expect(Math.abs(Number(height) - pt(PRINT_PAGE.heightMm))).toBeLessThan(1.5);
        }
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
