#!/usr/bin/env node
// The clustersim command: runs the compiled CLI (npm ci builds it through the prepare script).
import { runCli } from '../dist/src/cli/main.js';

await runCli();
