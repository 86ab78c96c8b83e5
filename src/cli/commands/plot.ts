// clustersim plot DIR [--format svg,png] [--scale N]: builds the chart specs of any folder clustersim writes (run,
// compare, sweep, sensitivity, calibrate, check) again from its data, then renders every spec without a browser.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import {
  findSpecFiles,
  plotSpecFile,
  PLOT_FORMATS,
  SPEC_SUFFIX,
  SpecFileError,
  type PlotFormat,
} from '../../render/plot-folder.js';
import { addFilesToFolder } from '../../output/in-place.js';
import { refreshFolderCharts } from '../../render/folder-charts.js';
import { FolderDataError } from '../../render/folder-data.js';
import { note } from '../output-arg.js';
import { UserError } from '../../errors.js';

export interface PlotArgs {
  dir: string;
  format?: string;
  scale?: number;
}

/** The formats of "svg,png"; a UserError for anything else. */
export function parseFormats(text: string | undefined): PlotFormat[] {
  if (text === undefined) return [...PLOT_FORMATS];
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  const unknown = formats.filter((f) => !(PLOT_FORMATS as readonly string[]).includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new UserError(`clustersim plot: --format: unknown format "${unknown[0] ?? text}"; use svg, png or svg,png`);
  }
  return [...new Set(formats)] as PlotFormat[];
}

/** Checks that DIR is a folder; a UserError otherwise. */
export function requireFolder(command: string, dir: string): void {
  if (!existsSync(dir)) throw new UserError(`clustersim ${command}: no such folder: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UserError(`clustersim ${command}: not a folder: ${dir}`);
}

export const plotCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('dir', {
        type: 'string',
        demandOption: true,
        describe:
          'a folder clustersim wrote (run, compare, sweep, sensitivity, check, calibrate), or of .vl.json specs',
      })
      .option('format', { type: 'string', describe: 'formats to write: svg, png or svg,png (default both)' })
      .option('scale', { type: 'number', describe: 'PNG pixels per SVG pixel (default 2)' }),
  handler: async (args: PlotArgs) => {
    const formats = parseFormats(args.format);
    if (args.scale !== undefined && !(args.scale > 0 && args.scale <= 10))
      throw new UserError(`clustersim plot: --scale: expected a number in (0, 10], got ${args.scale}`);
    requireFolder('plot', args.dir);
    try {
      await refreshFolderCharts(args.dir, 'plot', note);
    } catch (error) {
      if (error instanceof FolderDataError) throw new UserError(`clustersim plot: ${error.message}`);
      throw error;
    }
    const files = await findSpecFiles(args.dir);
    if (files.length === 0) {
      throw new UserError(
        `clustersim plot: no chart specs (*.vl.json) in ${args.dir}/charts/ or ${args.dir}/, and no data to make them from; point it at a folder that clustersim run, compare, sweep, sensitivity, check or calibrate wrote`,
      );
    }
    const started = performance.now();
    let svgMs = 0;
    let pngMs = 0;
    const targets = files.flatMap((file) => formats.map((f) => `${file.slice(0, -SPEC_SUFFIX.length)}.${f}`));
    await addFilesToFolder(
      args.dir,
      'plot',
      targets,
      async () => {
        for (const file of files) {
          try {
            const plotted = await plotSpecFile(file, { formats, scale: args.scale });
            svgMs += plotted.svgMs;
            pngMs += plotted.pngMs;
          } catch (error) {
            if (error instanceof SpecFileError) throw new UserError(`clustersim plot: ${error.message}`);
            throw error;
          }
        }
      },
      note,
    );
    const seconds = (performance.now() - started) / 1000;
    const timing = `SVG ${(svgMs / 1000).toFixed(2)} s${formats.includes('png') ? `, PNG ${(pngMs / 1000).toFixed(2)} s` : ''}`;
    console.log(
      `clustersim: rendered ${files.length} charts to ${formats.join(' and ')} in ${seconds.toFixed(2)} s (${timing})`,
    );
    console.log(`  beside their specs in ${dirname(files[0])}/`);
  },
};
