// The site: the scenarios it embeds (presets, the folder's files, the chosen file) and the files it bundles, offline.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { scriptSafeJson } from '../../src/web/bundle.js';
import { PRESETS } from '../../src/web/presets.js';
import type { EmbeddedLessons } from '../../src/web/lessons/schema.js';
import type { EmbeddedScenarios } from '../../src/web/protocol.js';
import { listScenarios } from '../../src/web/scenario-list.js';
import { buildSite, serveSite, writeSite } from '../../src/web/site.js';
import { tempFolder } from '../helpers/temp.js';

let dir: string;
beforeAll(async () => {
  dir = tempFolder('clustersim-site-test-');
  await writeFile(join(dir, 'good.yaml'), 'name: good\ndescription: "ends </script><b>"\nsteps: 12\n');
  await writeFile(join(dir, 'bad.yaml'), 'name: bad\nsteps: -3\n');
  await writeFile(join(dir, 'notes.txt'), 'not a scenario');
});

describe('listScenarios', () => {
  it("offers the presets, then the folder's valid files, and warns about the others", () => {
    const list = listScenarios({ dir });
    expect(list.entries.map((e) => e.id)).toEqual([...PRESETS.map((p) => p.id), 'scenarios/good.yaml']);
    expect(list.selected).toBe('preset:classroom');
    expect(list.warnings).toHaveLength(1);
    expect(list.warnings[0]).toMatch(/^skipped bad\.yaml: .*steps/);
    expect(list.entries[2].scenario.steps).toBe(12);
  });
  it('puts a chosen file first and selects it, once even when it lies in the folder', () => {
    const scenario = scenarioSchema.parse({ name: 'mine' });
    const outside = listScenarios({ dir, chosen: { file: '/elsewhere/mine.yaml', scenario } });
    expect(outside.entries[0]).toMatchObject({ id: 'file/mine.yaml', label: 'mine.yaml: mine' });
    expect(outside.selected).toBe('file/mine.yaml');
    const inside = listScenarios({ dir, chosen: { file: join(dir, 'good.yaml'), scenario } });
    expect(inside.entries.map((e) => e.id)).toEqual(['scenarios/good.yaml', ...PRESETS.map((p) => p.id)]);
  });
  it('resolves the classroom preset to one region of a few hundred members', () => {
    const classroom = listScenarios().entries[0].scenario;
    expect(classroom.population.regions).toEqual(['gangwon']);
  });
});

describe('scriptSafeJson', () => {
  it('cannot close the script element it is written into', () => {
    const text = scriptSafeJson({ a: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});

describe('buildSite', () => {
  it('writes index.html and app.js, with the scenarios embedded and nothing loaded from elsewhere', async () => {
    const { files, warnings } = await buildSite({ scenariosDir: dir });
    expect(Object.keys(files).sort()).toEqual(['app.js', 'index.html']);
    expect(warnings).toHaveLength(1);
    const html = files['index.html'];
    expect(html).toContain('<script src="app.js"></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('CLUSTERSIM:');
    const json = /<script id="clustersim-scenarios" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const embedded = JSON.parse(json) as EmbeddedScenarios;
    expect(embedded.entries.map((e) => e.id)).toEqual([...PRESETS.map((p) => p.id), 'scenarios/good.yaml']);
    expect(embedded.entries[2].scenario.description).toBe('ends </script><b>');
    expect(files['app.js']).not.toContain('__CLUSTERSIM_WORKER__');
    const lessons = /<script id="clustersim-lessons" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect((JSON.parse(lessons) as EmbeddedLessons).lessons.map((l) => l.id)).toEqual([
      'fees',
      'opening-the-networks',
      'subsidy-end',
      'widening-to-the-region',
    ]);

    const out = join(dir, 'site');
    await writeSite(out, files);
    expect((await readdir(out)).sort()).toEqual(['.clustersim.json', 'app.js', 'index.html']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(html);
  });
});

describe('buildSite with a folder of lessons', () => {
  it('leaves out a lesson whose scenario the page does not offer, with a warning', async () => {
    const lessonsDir = join(dir, 'lessons');
    await mkdir(lessonsDir, { recursive: true });
    const lesson = await readFile(join(import.meta.dirname, '..', '..', 'lessons', 'fees.yaml'), 'utf8');
    await writeFile(
      join(lessonsDir, 'a.yaml'),
      lesson.replace('scenario: preset:classroom', 'scenario: scenarios/none.yaml'),
    );
    await writeFile(join(lessonsDir, 'b.yaml'), lesson);
    const { files, warnings } = await buildSite({ scenariosDir: dir, lessonsDir });
    expect(warnings.filter((w) => w.startsWith('skipped a.yaml'))).toEqual([
      expect.stringMatching(/^skipped a\.yaml: .*a\.yaml:6:11: scenario: expected one of the page's scenarios/),
    ]);
    expect(files['index.html']).toContain('"id":"fees"');
  });
});

describe('serveSite', () => {
  it('serves the built page from a temporary folder, removed on close', async () => {
    const site = await serveSite(0, { scenariosDir: dir });
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(existsSync(join(site.dir, 'index.html'))).toBe(true);
    const reply = await fetch(`${site.url}app.js`);
    expect(reply.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    await site.close();
    expect(existsSync(site.dir)).toBe(false);
  });
});
