// Where the package lives, found from this file whether it runs from src/ (tsx, vitest) or from dist/src/ (the CLI).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of clustersim's package.json: the page is bundled from its src/web, the picker lists its scenarios/. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'clustersim')
      return dir;
    if (dirname(dir) === dir) throw new Error(`clustersim/paths: no clustersim package.json above ${from}`);
  }
}

/** The page's sources, bundled at serve and build time so that the page always runs the engine of this checkout. */
export const webSources = (root = packageRoot()) => ({
  worker: join(root, 'src/web/worker/sim-worker.ts'),
  page: join(root, 'src/web/page/main.ts'),
  html: join(root, 'src/web/page/index.html'),
  css: join(root, 'src/web/page/style.css'),
});

/** The scenario files the page's picker offers. */
export const scenariosDir = (root = packageRoot()) => join(root, 'scenarios');

/** The lesson files the page bundles. */
export const lessonsDir = (root = packageRoot()) => join(root, 'lessons');
