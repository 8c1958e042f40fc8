import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys (npm run test:e2e → web/e2e/run.sh builds the client first): one server for
// the run, files one after another (each opens its own browser), generous waits on 2 cores.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['web/e2e/**/*.e2e.ts'],
    globalSetup: ['web/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    pool: 'forks',
  },
});
