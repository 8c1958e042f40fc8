import { defineConfig } from 'vitest/config';

/**
 * The split smoke test (`npm run test:split`): black-box tests against the stack that
 * deploy/split/test.sh brings up. One file at a time, since some of them kill or restart processes.
 */
export default defineConfig({
  test: {
    include: ['test/split/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
