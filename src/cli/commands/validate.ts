// clustersim validate FILE...: every problem of every file, each with file, line, column, path, value and what was
// expected.
import type { Argv } from 'yargs';
import { checkScenarioFiles } from '../../scenario/load.js';
import { ScenarioError } from '../../scenario/problems.js';
import type { CommandBody } from './index.js';

export const validateCommand: CommandBody = {
  builder: (y: Argv) =>
    y.positional('files', { type: 'string', array: true, describe: 'scenario files (YAML or JSON)' }),
  handler: (args: { files: string[] }) => {
    const problems = checkScenarioFiles(args.files);
    if (problems.length > 0) throw new ScenarioError(problems);
    console.log(`clustersim: ${args.files.length} file${args.files.length === 1 ? '' : 's'} valid`);
  },
};
