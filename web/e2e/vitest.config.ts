import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The journeys share one server and its demo data, so they run in a fixed order: the catalogue
 * first, on untouched stock; the carrier's journey before the customer's, whose delivery keeps
 * a demo carrier's truck busy.
 */
const ORDER = ['catalog', 'smoke', 'admin', 'seller', 'carrier', 'customer'];
const rank = (spec: TestSpecification) => {
  const i = ORDER.indexOf(basename(spec.moduleId).replace(/\.e2e\.ts$/, ''));
  return i < 0 ? ORDER.length : i;
};

class JourneyOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// Browser journeys (npm run test:e2e → web/e2e/run.sh builds the client first): one server for
// the run, files one after another (each opens its own browser), generous waits on 2 cores.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['web/e2e/**/*.e2e.ts'],
    globalSetup: ['web/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: JourneyOrder },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    pool: 'forks',
  },
});
