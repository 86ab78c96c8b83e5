// Builds dist/ once before the suite, so that tests of the command line and of worker threads run the current sources.
import { execSync } from 'node:child_process';

export default function setup(): void {
  execSync('npm run build --silent', { stdio: 'inherit' });
}
