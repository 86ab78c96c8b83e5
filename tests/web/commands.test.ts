// The serve and build-web commands, in process: user errors exit 2 with a message and no stack; serve stops on SIGINT.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePort } from '../../src/cli/commands/serve.js';
import { tempFolder } from '../helpers/temp.js';

let dir: string;
beforeAll(async () => void (dir = tempFolder('clustersim-commands-test-')));
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI and returns its exit code and what it printed. */
async function cli(...argv: string[]) {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = vi.spyOn(console, 'log').mockImplementation(() => {});
  const code = await main(argv);
  return {
    code,
    stderr: err.mock.calls.map((c) => String(c[0])).join(''),
    stdout: out.mock.calls.map((c) => c.join(' ')).join('\n'),
  };
}

describe('serve', () => {
  it('rejects a bad port or scenario with a message and exit code 2', async () => {
    for (const port of ['70000', '-1', '1.5', 'abc']) {
      const run = await cli('serve', '--port', port);
      expect(run.code, port).toBe(2);
      expect(run.stderr).toMatch(/--port must be an integer from 0 to 65535/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await cli('serve', join(dir, 'missing.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(parsePort(0)).toBe(0);
  });

  it('serves the page on 127.0.0.1 until SIGINT', async () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const running = main(['serve', '--port', '0']);
    await vi.waitFor(() => expect(out).toHaveBeenCalled(), { timeout: 20_000, interval: 50 });
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(out.mock.calls[0][0]))?.[0] ?? '';
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('clustersim-scenarios');
    process.emit('SIGINT');
    expect(await running).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('build-web', () => {
  it('writes index.html and app.js to --out', async () => {
    const out = join(dir, 'web');
    const run = await cli('build-web', '--out', out);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'index.html')) && existsSync(join(out, 'app.js'))).toBe(true);
    expect(run.stdout).toContain(out);
  });
  it('exits 2 when --out cannot be a folder', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const run = await cli('build-web', '--out', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^clustersim: will not write to .*a-file: it is a file, not a folder, and clustersim does not replace it; choose another --out folder/,
    );
  });
});
