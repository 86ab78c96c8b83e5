import { defineConfig } from 'vitest/config';

// Test files share their worker process (isolate: false): each file no longer imports vitest, zod, graphology and the
// sources afresh, which was most of the suite's CPU time (measured: 87 s -> 29 s of CPU on tests/phases, model,
// scenario, docs, charts, stats, random and metrics). A file that replaces modules (vi.doMock) runs in a process of
// its own, in the project "isolated". Forks, not threads: tests change the working folder (process.chdir), which
// worker threads may not, and threads' smaller stacks change where the YAML nesting guard trips.
const ISOLATED = ['tests/cli/failure.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // Removes the temporary folders each test file made with tests/helpers/temp.ts; both projects inherit it.
    setupFiles: ['tests/setup/temp.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: on the 2-core machines CI and most laptops give us, one
    // worker, and the files ran one after another. Measured on tests/output + tests/experiments (a busy machine):
    // 1 worker 76 s, 2 workers 68 s, 3 workers 61 s of wall time, for 35, 39 and 38 s of CPU.
    maxWorkers: 2,
    // What a file stubs or spies on is undone after each test, so that it cannot leak into the next file of a worker.
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
