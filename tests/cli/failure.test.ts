// What the command line says when the environment fails (one line, exit 1, where and why) or clustersim has a bug (one
// line, exit 1, the stack trace in a log file, never on the screen).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { environmentMessage, reportInternalError } from '../../src/cli/failure.js';

const systemError = (code: string, syscall: string, path?: string) =>
  Object.assign(new Error(`${code}: failed`), { code, syscall, ...(path ? { path } : {}) });

describe('environmentMessage', () => {
  it('is undefined for what is not an environment error', () => {
    expect(environmentMessage(new RangeError('Invalid string length'))).toBeUndefined();
    expect(environmentMessage(systemError('ERR_SOMETHING', 'write'))).toBeUndefined();
    expect(environmentMessage(undefined)).toBeUndefined();
    expect(environmentMessage('text')).toBeUndefined();
  });

  it('says what could not be done, where, and why, in one line', () => {
    expect(environmentMessage(systemError('ENOSPC', 'write', 'out/run'))).toBe(
      'clustersim: cannot write out/run: no space left on the disk (ENOSPC); results already written are left as they were',
    );
    expect(environmentMessage(systemError('EROFS', 'mkdir', '/ro/out'))).toBe(
      'clustersim: cannot create the folder /ro/out: the file system is read-only (EROFS); results already written are left as they were',
    );
    expect(environmentMessage(systemError('EBUSY', 'rename'))).toBe(
      'clustersim: cannot move: it is in use by another program (EBUSY); results already written are left as they were',
    );
  });
});

describe('reportInternalError', () => {
  it('prints one line naming the error and a log file that holds the stack trace', () => {
    const error = new RangeError('Invalid string length');
    const line = reportInternalError(error, ['run', '--set', 'population.scale=50']);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(
      /^clustersim: internal error \(RangeError: Invalid string length\): this is a bug in clustersim, not a problem with your input; the details are in (\S+\.log); please report it/,
    );
    const log = /the details are in (\S+\.log);/.exec(line)![1];
    try {
      const text = readFileSync(log, 'utf8');
      expect(text).toContain('arguments: ["run","--set","population.scale=50"]');
      expect(text).toContain(error.stack!.split('\n')[1].trim());
    } finally {
      rmSync(log, { force: true });
    }
    expect(existsSync(log)).toBe(false);
  });
});

describe('main on an unexpected error', () => {
  it('exits 1 with one line and no stack trace on the screen', async () => {
    vi.resetModules();
    vi.doMock('../../src/engine/run.js', () => ({
      run: () => {
        throw new TypeError('a bug');
      },
    }));
    const { main } = await import('../../src/cli/main.js');
    let stderr = '';
    const spy = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    try {
      const code = await main([
        'run',
        '--steps',
        '1',
        '--out',
        `${process.env.TMPDIR ?? '/tmp'}/clustersim-never-${process.pid}`,
      ]);
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
      vi.doUnmock('../../src/engine/run.js');
    }
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^clustersim: internal error \(TypeError: a bug\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
    const log = /the details are in (\S+\.log);/.exec(stderr)?.[1];
    if (log) rmSync(log, { force: true });
  });
});
