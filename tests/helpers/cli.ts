// Runs the command line in this process for tests: main(argv) from src/cli/main.ts, with what it prints on stdout and
// stderr (console and process streams) captured, the exit code it returns, and optionally another working folder.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `clustersim ARGV...` in process; `cwd` is the working folder during the call (restored after). Calls are
 * serialised, since the captured streams and the working folder belong to the whole process.
 */
export async function runMain(argv: string[], options: { cwd?: string } = {}): Promise<CliOutcome> {
  const previous = queue;
  let done = () => {};
  queue = new Promise<void>((resolve) => (done = resolve));
  await previous;
  let stdout = '';
  let stderr = '';
  const text = (args: unknown[]) => args.map(String).join(' ') + '\n';
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (stdout += text(args))),
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (stderr += text(args))),
    vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)),
    vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)),
  ];
  const home = process.cwd();
  try {
    if (options.cwd) process.chdir(options.cwd);
    const status = await main(argv);
    return { status, stdout, stderr };
  } finally {
    process.chdir(home);
    for (const spy of spies) spy.mockRestore();
    done();
  }
}

let queue: Promise<void> = Promise.resolve();

/** runMain under the short names of the experiment and distributed tests: `clustersim ARGV...` -> code, out, err. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { status, stdout, stderr } = await runMain(argv);
  return { code: status, out: stdout, err: stderr };
}
