// The commands of the CLI, in the order --help lists them.
import { runCommand } from './run.js';

export const COMMANDS = [runCommand];
