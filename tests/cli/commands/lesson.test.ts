// clustersim lesson check: a bad lesson file exits 2 with every problem (file, line, path) and no stack trace; the
// lessons of lessons/ pass. In process, like tests/web/commands.test.ts.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tempFolder } from '../../helpers/temp.js';

let dir: string;
beforeAll(async () => void (dir = tempFolder('clustersim-lesson-cli-')));
afterEach(() => vi.restoreAllMocks());

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

describe('clustersim lesson check', () => {
  it('lists every problem of a bad file, with its line and path, and exits 2', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'id: x\nscenario: preset:moon\nrunTo: -1\n');
    const run = await cli('lesson', 'check', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:3:8: runTo: Too small: expected number to be >=1, got -1`);
    expect(run.stderr).toContain(`${file}:1:1: title: Invalid input: expected object, received undefined, got nothing`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect((await cli('lesson')).code).toBe(2);
  });

  it('passes the lessons of lessons/', async () => {
    const lessons = resolve(import.meta.dirname, '..', '..', '..', 'lessons');
    const files = ['subsidy-end', 'opening-the-networks', 'widening-to-the-region', 'fees'].map((n) =>
      join(lessons, `${n}.yaml`),
    );
    const run = await cli('lesson', 'check', ...files);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('clustersim: 4 lessons valid');
  });
});
