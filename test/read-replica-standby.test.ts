/**
 * The search cache on a real streaming replica (docs/adr/0015). Runs only with
 * TEST_REPLICA_URL, a hot standby of TEST_DATABASE_URL's cluster (e.g. the split stack's,
 * `postgres://postgres@127.0.0.1:5433/test`). On a standby a sequence shows a value 32 ahead
 * and stands still while the primary moves it, so a cache keyed by the sequence would keep
 * answering old prices; keyed by the replayed WAL position it sees every change.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../src/shared/db/database.js';
import { createTestContext, type TestContext } from './context.js';
import { CATALOG, CatalogFixtures } from './fixtures/catalog.js';
import { createFromTemplate, dropDatabase, uniqueName, withDatabase } from './test-database.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const replicaUrl = process.env.TEST_REPLICA_URL;

/** Polls `check` until it holds (replication is asynchronous), failing after a generous deadline. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the standby never caught up: ${what}`);
}

describe.skipIf(!serverUrl || !replicaUrl)('search on a hot standby (TEST_REPLICA_URL)', () => {
  let name: string;
  let database: Database;
  let ctx: TestContext;

  /** Until the standby has replayed everything the primary has written so far. */
  const replayed = async () => {
    const [{ lsn }] = (await queryRows<{ lsn: string }>(
      database.db,
      sql`select pg_current_wal_lsn()::text as lsn`,
    )) as [{ lsn: string }];
    await eventually(`replay to ${lsn}`, async () => {
      const [row] = await queryRows<{ done: boolean }>(
        database.readDb,
        sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`,
      );
      return row!.done;
    });
  };

  beforeAll(async () => {
    name = uniqueName('tutuu_test');
    await createFromTemplate(serverUrl!, inject('pgTemplate'), name);
    const readUrl = withDatabase(replicaUrl!, name);
    await eventually(`database ${name} on the standby`, async () => {
      const client = new pg.Client({ connectionString: readUrl });
      await client.connect();
      await client.end();
      return true;
    });
    database = await openDatabase({ databaseUrl: withDatabase(serverUrl!, name), readUrl, poolSize: 5 });
    ctx = await createTestContext({ database });
  });
  afterAll(async () => {
    await ctx?.close();
    await database?.close();
    if (name) await dropDatabase(serverUrl!, name);
  });

  it('a cached search answer gives way to each price change once it is replayed', async () => {
    const [standby] = await queryRows<{ r: boolean }>(database.readDb, sql`select pg_is_in_recovery() as r`);
    expect(standby!.r, 'TEST_REPLICA_URL must be a standby').toBe(true);
    const seller = await ctx.make.seller();
    const { product, offer } = await new CatalogFixtures(ctx).listed(seller);
    const best = async () => {
      const res = await ctx.request({ method: 'GET', url: `${CATALOG}/products?q=${product.sku}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((i: { bestOffer: { priceMinor: number } }) => i.bestOffer.priceMinor);
    };
    await replayed();
    expect(await best()).toEqual([1850]);
    expect(await best()).toEqual([1850]); // from the cache
    for (const price of [1600, 1500, 1400]) {
      const res = await ctx.request({
        method: 'PATCH',
        url: `${CATALOG}/offers/${offer.id}`,
        token: seller.accessToken,
        payload: { priceMinor: price },
      });
      expect(res.statusCode, res.body).toBe(200);
      await replayed();
      expect(await best()).toEqual([price]);
    }
    expect(database.readFallbacks()).toBe(0);
  });
});
