/**
 * Every fresh PGlite instance links its extensions whole (pglite-extensions.ts): pg_trgm's `%`
 * calls its own `similarity`, earthdistance calls cube. Linked in parallel, now and then an
 * instance lost pg_trgm's address of `similarity`, and its `%` trapped: with this many instances
 * the test failed in 4 runs of 5 (docs/adr/0002).
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { openDatabase } from '../database.js';

const INSTANCES = 20;

it.skipIf(process.env.TEST_DATABASE_URL)(
  `pg_trgm and earthdistance work in each of ${INSTANCES} fresh instances`,
  async () => {
    const dump = readFileSync(inject('pgliteDump'));
    const answers: unknown[] = [];
    for (let i = 0; i < INSTANCES; i++) {
      const database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
      try {
        const { rows } = await database.pglite!.query<{ close: boolean; far: boolean; km: number }>(
          `select 'кирпич' % 'кирпичь' as close, 'кирпич' % 'цемент' as far,
                round(earth_distance(ll_to_earth(55.75, 37.62), ll_to_earth(59.94, 30.31)) / 1000) as km`,
        );
        answers.push(rows[0]);
      } catch (error) {
        answers.push((error as Error).message);
      } finally {
        await database.close().catch(() => undefined);
      }
    }
    expect(answers).toEqual(Array.from({ length: INSTANCES }, () => ({ close: true, far: false, km: 636 })));
  },
  // An instance takes over a second to open alone, several beside the rest of the suite.
  300_000,
);
