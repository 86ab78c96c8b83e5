// clustersim build-web [scenario] [--out DIR]: the teacher page as static files, to host anywhere or open from disk.
import type { Argv } from 'yargs';
import { BundlerMissingError } from '../../web/bundle.js';
import { buildSite, writeSite } from '../../web/site.js';
import { UserError } from '../../errors.js';
import { resolveScenario } from '../scenario-arg.js';
import { chooseOutput, forceOption } from '../output-arg.js';
import type { CommandBody } from './index.js';

export interface BuildWebArgs {
  scenario?: string;
  out?: string;
  force?: boolean;
}

export const DEFAULT_WEB_OUT = 'out/web';

export const buildWebCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', {
        type: 'string',
        describe: 'scenario file selected at start (the picker also lists scenarios/)',
      })
      .option('out', {
        type: 'string',
        default: DEFAULT_WEB_OUT,
        describe: 'folder to write the page as: new, empty or a page clustersim wrote',
      })
      .option('force', forceOption),
  handler: async (args: BuildWebArgs) => {
    const chosen = args.scenario ? { file: args.scenario, scenario: resolveScenario(args.scenario) } : undefined;
    const output = await chooseOutput('web', args.out, DEFAULT_WEB_OUT, args.force, [args.scenario]);
    try {
      const out = output.out;
      const { files, warnings } = await buildSite({ chosen }).catch((error: unknown) => {
        throw error instanceof BundlerMissingError ? new UserError(error.message) : error;
      });
      for (const warning of warnings) process.stderr.write(`clustersim build-web: ${warning}\n`);
      await writeSite(out, files, output);
      console.log(
        `clustersim: wrote the teacher page to ${out}/ (${Object.keys(files).join(', ')}); open ${out}/index.html in a browser`,
      );
    } finally {
      output.release();
    }
  },
};
