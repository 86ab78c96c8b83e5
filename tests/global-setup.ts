// Builds dist/ once before the suite, so that tests of the command line and of worker threads run the current sources.
// A failed build is reported, not fatal: `npm test` type-checks first, and the tests that need dist/ then fail visibly.
import { execSync } from 'node:child_process';

export default function setup(): void {
  try {
    execSync('npm run build --silent', { stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '').trim();
    process.stderr.write(`tests/global-setup: npm run build failed; tests use the last build in dist/\n${output}\n`);
  }
}
