// The registry of commands: names and descriptions at once, each command's module only when it runs, so that
// `clustersim --version` loads no parser and `run` no renderer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, lazyCommand } from '../../../src/cli/commands/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'clustersim.js');

/** Every module URL the process loads (an ESM loader hook that prints each URL on stderr), and its stdout. */
function modulesLoadedBy(args: string[]): { stdout: string; modules: string[] } {
  const hook = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
  const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, bin, ...args],
    { encoding: 'utf8', cwd: root },
  );
  expect(child.status, child.stderr).toBe(0);
  const modules = child.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => line.slice('LOADED '.length));
  return { stdout: child.stdout, modules };
}

const packagesOf = (modules: string[]) =>
  new Set(modules.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? []));

describe('the registry of commands', () => {
  it('names each command once, each with a description', () => {
    const names = COMMANDS.map((entry) => entry.command.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of COMMANDS) expect(entry.describe.length, entry.command).toBeGreaterThan(10);
  });

  it("loads each command's options and handler from its module", async () => {
    for (const entry of COMMANDS) {
      const body = await entry.load();
      expect(typeof body.handler, entry.command).toBe('function');
      expect(['function', 'object'], entry.command).toContain(typeof body.builder);
    }
  });

  it('loads the module once, whether yargs asks for the options, the handler or both', async () => {
    let loads = 0;
    const command = lazyCommand({
      command: 'probe',
      describe: 'a command for this test',
      load: async () => {
        loads++;
        return { builder: {}, handler: () => {} };
      },
    });
    await command.handler({});
    await command.handler({});
    expect(loads).toBe(1);
  });
});

describe('what a command loads', () => {
  it('--version loads neither yargs nor any command', () => {
    const { stdout, modules } = modulesLoadedBy(['--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect([...packagesOf(modules)]).toEqual([]);
    expect(modules.filter((url) => url.includes('/cli/commands/') && !url.endsWith('/index.js'))).toEqual([]);
  });

  it('run loads its own module and no renderer (vega, resvg, d3)', () => {
    const { modules } = modulesLoadedBy(['run', '--help']);
    expect(modules.some((url) => url.endsWith('/cli/commands/run.js'))).toBe(true);
    expect(modules.some((url) => url.endsWith('/cli/commands/plot.js'))).toBe(false);
    const renderers = [...packagesOf(modules)].filter((name) => /^(vega|@resvg|d3)/.test(name));
    expect(renderers).toEqual([]);
  });
});
