// Bundling the page with esbuild's JS API, offline, straight from the TypeScript sources under src/web:
//   1  the worker (engine + session) -> one IIFE script, kept as a string
//   2  the page -> app.js, an IIFE with the worker's source defined in (started from a Blob URL: works from file://)
//   3  index.html <- the template with the styles, the scenarios and the lessons (JSON) written in; nothing is fetched at
//      run time
import { readFile } from 'node:fs/promises';
import type { BuildOptions } from 'esbuild';
import type { EmbeddedLessons } from './lessons/schema.js';
import type { EmbeddedScenarios } from './protocol.js';
import { webSources } from './paths.js';

export interface WebSite {
  /** File name to contents: index.html and app.js. */
  files: Record<string, string>;
}

type Esbuild = typeof import('esbuild');

/** esbuild is not installed: the user can fix it, so the CLI prints it without a stack trace. */
export class BundlerMissingError extends Error {
  constructor() {
    super('clustersim: the web page is bundled with esbuild, which is not installed here (npm install esbuild@0.28.2)');
    this.name = 'BundlerMissingError';
  }
}

async function loadEsbuild(): Promise<Esbuild> {
  try {
    return await import('esbuild');
  } catch {
    throw new BundlerMissingError();
  }
}

const COMMON: BuildOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
  legalComments: 'none',
};

async function bundleOne(esbuild: Esbuild, entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await esbuild.build({ ...COMMON, entryPoints: [entry], define });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`clustersim/bundle: esbuild wrote nothing for ${entry}`);
  return output.text;
}

/** JSON that is safe inside a <script> element: no "<" that could close it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Bundles the page and writes the scenarios and lessons into it: the files of a site that runs from any folder or from
 * disk.
 */
export async function bundleSite(
  scenarios: EmbeddedScenarios,
  lessons: EmbeddedLessons = { lessons: [] },
  root?: string,
): Promise<WebSite> {
  const esbuild = await loadEsbuild();
  const sources = webSources(root);
  const worker = await bundleOne(esbuild, sources.worker);
  const app = await bundleOne(esbuild, sources.page, { __CLUSTERSIM_WORKER__: JSON.stringify(worker) });
  const [template, css] = await Promise.all([readFile(sources.html, 'utf8'), readFile(sources.css, 'utf8')]);
  const html = template
    .replace('/* CLUSTERSIM:STYLE */', () => css.replace(/<\/style/gi, '<\\/style'))
    .replace('/* CLUSTERSIM:SCENARIOS */', () => scriptSafeJson(scenarios))
    .replace('/* CLUSTERSIM:LESSONS */', () => scriptSafeJson(lessons));
  return { files: { 'index.html': html, 'app.js': app } };
}
