// clustersim serve [scenario] [--port N]: the teacher page on a local web server (127.0.0.1 only) until Ctrl-C.
import type { Argv } from 'yargs';
import { BundlerMissingError } from '../../web/bundle.js';
import { serveSite } from '../../web/site.js';
import { UserError } from '../../errors.js';
import { resolveScenario } from '../scenario-arg.js';
import type { CommandBody } from './index.js';

export interface ServeArgs {
  scenario?: string;
  port?: number;
}

export const DEFAULT_PORT = 8765;

/** The port to listen on: an integer 0-65535 (0: any free port). */
export function parsePort(value: unknown): number {
  const port = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    const got = typeof value === 'number' && Number.isNaN(value) ? 'something that is not a number' : String(value);
    throw new UserError(`clustersim serve: --port must be an integer from 0 to 65535, got ${got}`);
  }
  return port;
}

/** Errors the user can fix, as UserErrors: a port in use or forbidden, esbuild missing. */
function userFacing(error: unknown, port: number): unknown {
  if (error instanceof BundlerMissingError) return new UserError(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new UserError(`clustersim serve: port ${port} is already in use on 127.0.0.1; choose another with --port`);
  if (code === 'EACCES')
    return new UserError(
      `clustersim serve: no permission to listen on port ${port}; choose one above 1023 with --port`,
    );
  return error;
}

/** Resolves when the process is asked to stop (Ctrl-C or a termination signal). */
const untilStopped = () =>
  new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export const serveCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('scenario', {
        type: 'string',
        describe: 'scenario file selected at start (the picker also lists scenarios/)',
      })
      .option('port', { type: 'number', default: DEFAULT_PORT, describe: 'port on 127.0.0.1 (0: any free port)' }),
  handler: async (args: ServeArgs) => {
    const port = parsePort(args.port ?? DEFAULT_PORT);
    const chosen = args.scenario ? { file: args.scenario, scenario: resolveScenario(args.scenario) } : undefined;
    const site = await serveSite(port, { chosen }).catch((error: unknown) => {
      throw userFacing(error, port);
    });
    for (const warning of site.warnings) process.stderr.write(`clustersim serve: ${warning}\n`);
    console.log(`clustersim: the teacher page is at ${site.url} (Ctrl-C to stop)`);
    await untilStopped();
    await site.close();
  },
};
