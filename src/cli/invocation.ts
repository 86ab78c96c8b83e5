// The command line that is running, for manifests: process.argv after node (the script, then the arguments main was
// given), each argument quoted for a POSIX shell where it needs it, so that the line can be pasted back.
import type { Provenance } from '../output/manifest.js';
import { shellQuote } from '../distributed/shell-quote.js';

export { shellQuote };

let args: readonly string[] = [];

/** Records the arguments of this invocation (main does, before running a command). */
export function setInvocation(argv: readonly string[]): void {
  args = [...argv];
}

/** The command line: the script (process.argv[1]) and the arguments, quoted. */
export function commandLine(): string {
  return [process.argv[1] ?? 'clustersim', ...args].map(shellQuote).join(' ');
}

/** The provenance of a command: its command line and the --set overrides it applied. */
export function provenance(sets: readonly string[] = []): Required<Provenance> {
  return { commandLine: commandLine(), sets: [...sets] };
}
