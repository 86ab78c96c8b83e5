// The commands of the CLI, in the order --help lists them.
import { runCommand } from './run.js';
import { compareCommand } from './compare.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { serveCommand } from './serve.js';
import { buildWebCommand } from './build-web.js';

export const COMMANDS = [runCommand, compareCommand, validateCommand, schemaCommand, serveCommand, buildWebCommand];
