// The commands of the CLI, in the order --help lists them.
import { runCommand } from './run.js';
import { compareCommand } from './compare.js';

export const COMMANDS = [runCommand, compareCommand];
