import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    // The split smoke test runs against a running stack (npm run test:split, vitest.split.config.ts).
    exclude: ['test/split/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // argon2 and PGlite start-up are slow on 2 cores; no test times anything.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default (cores - 1) is one worker on a 2-core CI machine, leaving a core idle: the
    // runner's own process does little, so every core runs a test file.
    maxWorkers: availableParallelism(),
    // Files share workers on both databases: no test mocks modules or changes globals, and
    // module-level state is caches of pure results. A fresh process per file on PGlite made the
    // suite 13.7 minutes instead of 10.7 and no longer guards against anything (docs/adr/0002).
    isolate: false,
  },
});
