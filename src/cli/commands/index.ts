// The commands of the CLI, in the order --help lists them.
import { runCommand } from './run.js';
import { compareCommand } from './compare.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';

export const COMMANDS = [runCommand, compareCommand, validateCommand, schemaCommand];
