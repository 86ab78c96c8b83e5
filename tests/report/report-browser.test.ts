// clustersim report end to end: a real run's report.html draws every chart in headless Chromium with the network cut
// off.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTED_OUTCOMES } from '../../src/charts/outcomes.js';
import { runCli } from '../render/cli-io.js';

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

const root = mkdtempSync(join(tmpdir(), 'clustersim-report-'));
const out = join(root, 'run');
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
      expect(await page.locator('.chart canvas').count()).toBe(charts);
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
