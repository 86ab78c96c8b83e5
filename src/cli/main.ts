// The clustersim command line: parses arguments and calls library functions; every command is also an importable function.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import { isUserError } from './errors.js';
import { takeExitStatus } from './exit-status.js';
import { COMMANDS } from './commands/index.js';

export async function main(argv: string[]): Promise<number> {
  let cli = yargs(argv)
    .scriptName('clustersim')
    .usage('$0 <command> [options]')
    .version(VERSION)
    .strict()
    .demandCommand(1, 'name a command: clustersim run, for example')
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  for (const command of COMMANDS) cli = cli.command(command as never);
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
    throw error;
  }
}

class UsageError extends Error {}

export async function runCli(): Promise<void> {
  process.exitCode = await main(hideBin(process.argv));
}
