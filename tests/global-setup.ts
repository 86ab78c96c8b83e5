// Builds dist/ once before the suite, so that tests of the command line and of worker threads run the current sources.
// A failed build is reported, not fatal: `npm test` type-checks first, and the tests that need dist/ then fail visibly.
// Each project of vitest.config.ts calls this; the build runs for the first only.
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.CLUSTERSIM_TEST_BUILT === '1') return;
  process.env.CLUSTERSIM_TEST_BUILT = '1';
  try {
    execSync('npm run build --silent', { stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '').trim();
    process.stderr.write(`tests/global-setup: npm run build failed; tests use the last build in dist/\n${output}\n`);
  }
}
