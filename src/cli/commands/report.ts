// clustersim report DIR: writes DIR/report.html, one self-contained page (offline, interactive, printable on A4) of any
// folder clustersim writes: a comparison's one-page summary and detail, a run's scenario and key numbers, what an
// experiment ran and its results, and every chart (built again from the folder's data first, as plot does).
import type { Argv } from 'yargs';
import { SpecFileError } from '../../render/plot-folder.js';
import { ReportInputError, writeReport } from '../../report/write-report.js';
import { UserError } from '../../errors.js';
import { requireFolder } from './plot.js';
import type { CommandBody } from './index.js';

export interface ReportArgs {
  dir: string;
}

export const reportCommand: CommandBody = {
  builder: (y: Argv) =>
    y.positional('dir', {
      type: 'string',
      demandOption: true,
      describe: 'a folder clustersim wrote (run, compare, sweep, sensitivity, check, calibrate)',
    }),
  handler: async (args: ReportArgs) => {
    requireFolder('report', args.dir);
    const started = performance.now();
    let written: Awaited<ReturnType<typeof writeReport>>;
    try {
      written = await writeReport(args.dir);
    } catch (error) {
      if (error instanceof ReportInputError || error instanceof SpecFileError)
        throw new UserError(`clustersim report: ${error.message}`);
      throw error;
    }
    const seconds = (performance.now() - started) / 1000;
    const size = (written.bytes / 1e6).toFixed(1);
    console.log(
      `clustersim: wrote ${written.path} (${written.charts} charts, ${size} MB) in ${seconds.toFixed(2)} s; it works offline`,
    );
  },
};
