// The clustersim command line: parses arguments and calls library functions; every command is also an importable
// function.
import { VERSION } from '../version.js';
import { isUserError } from '../errors.js';
import { takeExitStatus } from './exit-status.js';
import { environmentMessage, reportInternalError } from './failure.js';
import { COMMANDS, lazyCommand } from './commands/index.js';
import { setInvocation } from './invocation.js';

export async function main(argv: string[]): Promise<number> {
  setInvocation(argv);
  // The one call that needs no parser: answered before yargs loads, so that it costs little more than Node itself.
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { default: yargs } = await import('yargs');
  let cli = yargs(argv)
    .scriptName('clustersim')
    .usage('$0 <command> [options]')
    .version(VERSION)
    .strict()
    // --help and --version print and return; main never ends the process itself, so it can run inside another.
    .exitProcess(false)
    .demandCommand(1, 'name a command: clustersim run, for example')
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  for (const entry of COMMANDS) cli = cli.command(lazyCommand(entry) as never);
  skipHelpCache(cli);
  try {
    takeExitStatus();
    await cli.parseAsync();
    return takeExitStatus();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`clustersim: ${error.message}\nRun clustersim --help for the commands and their options.\n`);
      return 2;
    }
    if (isUserError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const environment = environmentMessage(error);
    process.stderr.write(`${environment ?? reportInternalError(error, argv)}\n`);
    return 1;
  }
}

class UsageError extends Error {}

/** yargs's internals reached below: the object that renders help texts. */
interface YargsInternals {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * yargs renders the help text of a command as soon as it has started the command's handler, in case the handler
 * fails; this CLI reports failures itself (.fail and main's catch) and never shows that text, and rendering it took
 * about a tenth of the default run's start. Left as it is should a yargs version lack these internals.
 */
function skipHelpCache(cli: unknown): void {
  const usage = (cli as YargsInternals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

export async function runCli(): Promise<void> {
  const argv = process.argv.slice(2); // yargs/helpers' hideBin, without loading yargs
  // A reader that closes the pipe early (clustersim schema | head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const crash = (error: unknown) => {
    process.stderr.write(`${environmentMessage(error) ?? reportInternalError(error, argv)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.exitCode = await main(argv);
}
