// The commands of the CLI, in the order --help lists them.
import { runCommand } from './run.js';
import { compareCommand } from './compare.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { plotCommand } from './plot.js';
import { reportCommand } from './report.js';
import { serveCommand } from './serve.js';
import { buildWebCommand } from './build-web.js';
import { sweepCommand } from './sweep.js';
import { checkCommand } from './check.js';
import { calibrateCommand } from './calibrate.js';
import { sensitivityCommand } from './sensitivity.js';
import { networkCommand } from './network.js';
import { mergeCommand } from './merge.js';
import { submitCommand } from './submit.js';

export const COMMANDS = [
  runCommand,
  networkCommand,
  compareCommand,
  validateCommand,
  schemaCommand,
  plotCommand,
  reportCommand,
  serveCommand,
  buildWebCommand,
  sweepCommand,
  checkCommand,
  calibrateCommand,
  sensitivityCommand,
  mergeCommand,
  submitCommand,
];
