// The README's pictures of the teaching page, in English and Korean (npm run screenshots): the page built as for
// build-web into a temporary folder, opened from disk in Debian's chromium (playwright-core) at 1280x800, the lesson
// on ending the subsidy restored from its link and run to its end, then saved as docs/images/page-en.png and
// page-ko.png. Korean needs a CJK font in chromium (Debian: fonts-nanum; .ci/run installs it).
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { LANGS } from '../src/web/i18n/index.js';
import { packageRoot } from '../src/web/paths.js';
import { buildSite, writeSite } from '../src/web/site.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const LINK = 'lesson=subsidy-end&part=2&prediction=1&speed=0';
/** Where the page is, for a message. */
const STATE =
  "[document.body.dataset.status, document.querySelector('#step-counter').dataset.step, document.querySelector('#chart-ties').dataset.secondPoints, document.querySelector('#status').textContent].join(' ')";
/** Both runs at the lesson's last month, their charts drawn. */
const DONE =
  "document.querySelector('#step-counter').dataset.step === '120' && document.querySelector('#chart-ties').dataset.secondPoints === '121'";

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`scripts/screenshots: ${CHROMIUM} is absent (apt-get install chromium)`);
  const images = resolve(packageRoot(), 'docs', 'images');
  const work = await mkdtemp(join(tmpdir(), 'clustersim-screenshots-'));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    await writeSite(join(work, 'site'), (await buildSite()).files);
    const index = pathToFileURL(join(work, 'site', 'index.html')).href;
    const page = await context.newPage();
    for (const lang of LANGS) {
      // In front: a tab in the background gets no animation frames, and the charts are drawn in them.
      await page.bringToFront();
      await page.goto(`${index}?lang=${lang}&${LINK}`);
      // Strings, not functions: tsx would wrap a function in helpers that the page does not have.
      await page.waitForFunction(DONE, null, { timeout: 60_000, polling: 250 }).catch(async (error: Error) => {
        const seen = await page.evaluate(STATE);
        throw new Error(`scripts/screenshots: the ${lang} page never reached month 120 (${seen}): ${error.message}`);
      });
      await page.evaluate('document.fonts.ready');
      const file = join(images, `page-${lang}.png`);
      await page.screenshot({ path: `${file}.tmp-${process.pid}.png` });
      await rename(`${file}.tmp-${process.pid}.png`, file);
      console.log(`scripts/screenshots: wrote ${file}`);
    }
  } finally {
    await context.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
