// Runs the CLI in-process for tests, capturing what it prints and the exit code.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...args: unknown[]) => void (stdout += args.join(' ') + '\n'));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}
