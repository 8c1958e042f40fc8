import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // argon2 and PGlite start-up are slow on 2 cores; no test times anything.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
