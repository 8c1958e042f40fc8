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
  },
});
