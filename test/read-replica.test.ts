/**
 * DATABASE_READ_URL (docs/adr/0015): search, product pages and insights reads go to the read
 * pool; writes and transactions never do; a replica that cannot be reached costs a fallback to
 * the primary, not an error. On PostgreSQL the "replica" is a second pool on the same test
 * database (its own application_name); each pool's checkouts are counted, so a read routed to the
 * wrong pool fails the test. On PGlite there is no replica: reads use the one database.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, queryRows, type Database, type Db } from '../src/shared/db/database.js';
import { createTestContext, type TestContext } from './context.js';
import { CATALOG, CatalogFixtures } from './fixtures/catalog.js';
import { OrdersFixture, pickup } from './fixtures/orders.js';
import { LogCapture } from './log-capture.js';
import { createFromTemplate, dropDatabase, uniqueName, withDatabase } from './test-database.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const INSIGHTS = '/api/v1/insights';
/** Nothing listens on port 1: connecting is refused at once. */
const DEAD_REPLICA = 'postgres://postgres@127.0.0.1:1/tutuu_test_none';

describe('without DATABASE_READ_URL', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx?.close());

  it('reads use the one database and readiness names no replica', async () => {
    expect(ctx.database.readDb).toBe(ctx.database.db);
    expect(ctx.database.readPool).toBeUndefined();
    expect(await ctx.database.pingRead()).toBeUndefined();
    const ready = await ctx.request({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true } });
    const search = await ctx.request({ method: 'GET', url: `${CATALOG}/products` });
    expect(search.statusCode).toBe(200);
    expect(ctx.database.readFallbacks()).toBe(0);
  });
});

describe.skipIf(!serverUrl)('with a read replica (PostgreSQL)', () => {
  let name: string;
  let url: string;
  beforeAll(async () => {
    name = uniqueName('tutuu_test');
    await createFromTemplate(serverUrl!, inject('pgTemplate'), name);
    url = withDatabase(serverUrl!, name);
  });
  afterAll(async () => {
    if (name) await dropDatabase(serverUrl!, name);
  });

  /** Checkouts of a pool's connections, counted from now on. */
  function checkouts(pool: pg.Pool): () => number {
    let n = 0;
    pool.on('acquire', () => n++);
    return () => n;
  }

  const applicationName = async (db: Db) =>
    (await queryRows<{ name: string }>(db, sql`select current_setting('application_name') as name`))[0]!.name;

  describe('routing', () => {
    let database: Database;
    let ctx: TestContext;
    let reads: () => number;
    let primaries: () => number;
    let listed: Awaited<ReturnType<CatalogFixtures['listed']>>;
    let fx: OrdersFixture;

    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: url, readUrl: url, poolSize: 10, readPoolSize: 4 });
      ctx = await createTestContext({ database });
      reads = checkouts(database.readPool!);
      primaries = checkouts(database.pool!);
      const seller = await ctx.make.seller();
      listed = await new CatalogFixtures(ctx).listed(seller, {
        product: { name: 'Газобетонный блок D500 реплика' },
        onHand: '50',
      });
      fx = new OrdersFixture(ctx);
    });
    afterAll(async () => {
      await ctx?.close();
      await database?.close();
    });

    /** Which pools `fn`'s requests took connections from. */
    async function used(fn: () => Promise<unknown>): Promise<{ read: number; primary: number }> {
      const [r0, p0] = [reads(), primaries()];
      await fn();
      return { read: reads() - r0, primary: primaries() - p0 };
    }

    const get = async (url: string, token?: string) => {
      const res = await ctx.request({ method: 'GET', url, ...(token ? { token } : {}) });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json() as Record<string, unknown>;
    };

    it('the two pools are distinct sessions: tutuu and tutuu-read', async () => {
      expect(database.readDb).not.toBe(database.db);
      expect(await applicationName(database.db)).toBe('tutuu');
      expect(await applicationName(database.readDb)).toBe('tutuu-read');
      const ready = await ctx.request({ method: 'GET', url: '/health/ready' });
      expect(ready.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true, replica: true } });
    });

    it('search (its cache version too), the product page, categories and price history read the replica only', async () => {
      const pid = listed.product.id;
      for (const url of [
        `${CATALOG}/products?q=${encodeURIComponent('газобетонный реплика')}`,
        `${CATALOG}/products?q=${encodeURIComponent('газобетонный реплика')}`, // a cache hit: its version read
        `${CATALOG}/products/${pid}?near=55.75,37.62`,
        `${CATALOG}/categories`,
        `${CATALOG}/offers/${listed.offer.id}/price-history`,
      ]) {
        let body: Record<string, unknown> = {};
        const use = await used(async () => (body = await get(url)));
        expect(use, url).toEqual({ read: expect.any(Number), primary: 0 });
        expect(use.read, url).toBeGreaterThan(0);
        if (url.includes('?q=')) expect((body.items as { id: string }[]).map((i) => i.id)).toEqual([pid]);
      }
    });

    it('forecasts, trends and bought-together read the replica only', async () => {
      const pid = listed.product.id;
      for (const url of [
        `${INSIGHTS}/forecast?offerId=${listed.offer.id}`,
        `${INSIGHTS}/forecast?productId=${pid}`,
        `${INSIGHTS}/trends`,
        `${INSIGHTS}/recommendations/bought-together?productId=${pid}`,
      ]) {
        const use = await used(() => get(url));
        expect(use, url).toEqual({ read: expect.any(Number), primary: 0 });
        expect(use.read, url).toBeGreaterThan(0);
      }
    });

    it('for-me reads the replica (the open cart is the orders service’s, on the primary)', async () => {
      const customer = await ctx.make.customer();
      const use = await used(() => get(`${INSIGHTS}/recommendations/for-me`, customer.accessToken));
      expect(use.read).toBeGreaterThan(0);
    });

    it('a stock change, a cart and a checkout never touch the replica', async () => {
      const customer = await ctx.make.customer();
      const seller = await ctx.make.seller();
      const own = await new CatalogFixtures(ctx).listed(seller, { onHand: '10' });
      const use = await used(async () => {
        await new CatalogFixtures(ctx).stock(seller, own.warehouse.id, own.offer.id, '12');
        const added = await fx.add(customer, own.offer.id, 3);
        expect(added.statusCode, added.body).toBe(201);
        const placed = await fx.checkout(customer, pickup());
        expect(placed.statusCode, placed.body).toBe(201);
      });
      expect(use.read).toBe(0);
      expect(use.primary).toBeGreaterThan(0);
      // …and the product page, read from the replica, shows what the checkout reserved.
      const page = await get(`${CATALOG}/products/${own.product.id}`);
      const [offer] = page.offers as { stock: { available: string }[] }[];
      expect(Number(offer!.stock[0]!.available)).toBe(9);
    });
    it('a replica pool busy to the last connection sends the read to the primary, and is not taken for down', async () => {
      const held = await Promise.all(Array.from({ length: 4 }, () => database.readPool!.connect()));
      const before = database.readFallbacks();
      try {
        const page = await get(`${CATALOG}/products/${listed.product.id}`);
        expect(page.id).toBe(listed.product.id);
        // The page is one statement: one read sent to the primary.
        expect(database.readFallbacks()).toBe(before + 1);
      } finally {
        for (const client of held) client.release();
      }
      // The next read goes to the replica again: no outage window was opened.
      const use = await used(() => get(`${CATALOG}/products/${listed.product.id}`));
      expect(use).toMatchObject({ read: 1, primary: 0 });
    });
  });

  describe('a replica that cannot be reached', () => {
    let database: Database;
    let ctx: TestContext;
    const log = new LogCapture();

    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: url, readUrl: DEAD_REPLICA, poolSize: 10 });
      ctx = await createTestContext({ database, env: { LOG_LEVEL: 'info' }, logStream: log });
    });
    afterAll(async () => {
      await ctx?.close();
      await database?.close();
    });

    it('search, product pages and trends still answer, from the primary; the outage is logged once and counted', async () => {
      const seller = await ctx.make.seller();
      const listed = await new CatalogFixtures(ctx).listed(seller, { product: { name: 'Пеноплекс резерв' } });
      for (const url of [
        `${CATALOG}/products?q=${encodeURIComponent('пеноплекс резерв')}`,
        `${CATALOG}/products/${listed.product.id}`,
        `${INSIGHTS}/trends`,
      ]) {
        const res = await ctx.request({ method: 'GET', url });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        if (url.includes('?q=')) expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([listed.product.id]);
      }
      expect(database.readFallbacks()).toBeGreaterThanOrEqual(3);
      const warnings = log.entries('read replica unavailable: its reads go to the primary');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: 40 });
      expect(JSON.stringify(warnings[0]!.err)).toContain('ECONNREFUSED');
    });

    it('readiness stays 200 (the primary serves) and names the replica down', async () => {
      const ready = await ctx.request({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true, replica: false } });
    });

    it('counts the reads the primary served for it in /metrics', async () => {
      const metrics = await ctx.request({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
      const line = metrics.body.split('\n').find((l) => l.startsWith('tutuu_db_read_fallbacks_total '));
      expect(Number(line?.split(' ')[1])).toBe(database.readFallbacks());
      expect(database.readFallbacks()).toBeGreaterThanOrEqual(3);
    });

    it('a query error on the replica is the caller’s: not retried on the primary', async () => {
      const before = database.readFallbacks();
      // The read pool of a live replica: the same database under the read session's name.
      const live = await openDatabase({ databaseUrl: url, readUrl: url, poolSize: 1, readPoolSize: 1 });
      try {
        await expect(live.readDb.execute(sql`select * from no_such_table`)).rejects.toThrow(/no_such_table/);
        expect(live.readFallbacks()).toBe(0);
      } finally {
        await live.close();
      }
      expect(database.readFallbacks()).toBe(before);
    });
  });
});
