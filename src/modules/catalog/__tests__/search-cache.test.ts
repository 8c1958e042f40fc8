/** Search answers are cached per process and never outlive a catalog change. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { SEARCH_ANSWER_MAX_AGE_MS } from '../search.cache.js';
import { search } from './search-fixture.js';

let ctx: TestContext;
let uncached: TestContext;
let seller: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  seller = await ctx.make.seller();
});
afterAll(async () => {
  await ctx?.close();
  await uncached?.close();
});

/** Changes an offer's price behind the catalog's back: triggers off, so the search version stays. */
async function setPriceUnnoticed(c: TestContext, offerId: string, priceMinor: number): Promise<void> {
  await c.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`update catalog.offers set price_minor = ${priceMinor} where id = ${offerId}::uuid`);
    await tx.execute(sql`update catalog.product_listing l set min_price_minor = ${priceMinor}
                         from catalog.offers o where o.id = ${offerId}::uuid and l.product_id = o.product_id`);
    await tx.execute(sql`update catalog.listing_stock ls set price_minor = ${priceMinor}
                         from catalog.offers o where o.id = ${offerId}::uuid and ls.product_id = o.product_id`);
  });
}

const bestPrice = async (c: TestContext, sku: string) => {
  const body = await search(c, { q: sku });
  expect(body.items, `search ${sku}`).toHaveLength(1);
  return body.items[0]!.bestOffer.priceMinor;
};

describe('search cache', () => {
  it('answers a repeated search from the cache, and a real change invalidates it', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);

    // The cache cannot see a change made with the triggers off: the old answer proves it was used.
    await setPriceUnnoticed(ctx, offer.id, 1700);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);

    const res = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offer.id}`,
      token: seller.accessToken,
      payload: { priceMinor: 1600 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await bestPrice(ctx, product.sku!)).toBe(1600);
  });

  it('a change to any catalog table moves the version, even one that touches no listing', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);
    await setPriceUnnoticed(ctx, offer.id, 1750);
    // A warehouse of another seller: nothing this search shows, yet the version moves.
    await fx.warehouse(await ctx.make.seller());
    expect(await bestPrice(ctx, product.sku!)).toBe(1750);
  });

  it('a stock change that flips no availability keeps the cached answers; one that empties a warehouse drops them', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer, warehouse, line } = await fx.listed(seller, { onHand: '10' });
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);
    await setPriceUnnoticed(ctx, offer.id, 1700);

    // Restocked, and part of it reserved (as a checkout does): still in stock, the answer is kept.
    await fx.stock(seller, warehouse.id, offer.id, '12');
    await ctx.database.db.transaction((tx) => ctx.app.modules.catalog.stock.reserve(tx, [line('4')]));
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);

    // The rest reserved: nothing left there, the answer is computed again.
    await ctx.database.db.transaction((tx) => ctx.app.modules.catalog.stock.reserve(tx, [line('8')]));
    const gone = await search(ctx, { q: product.sku! });
    expect(gone.total).toBe(0);
  });

  it('an answer is not kept past its age limit (popularity moves without a version)', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);
    await setPriceUnnoticed(ctx, offer.id, 1700);
    ctx.clock.advance(SEARCH_ANSWER_MAX_AGE_MS - 1000);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);
    ctx.clock.advance(2000);
    expect(await bestPrice(ctx, product.sku!)).toBe(1700);
  });

  it('SEARCH_CACHE_ENTRIES=0 turns it off', async () => {
    uncached = await createTestContext({ env: { SEARCH_CACHE_ENTRIES: '0' } });
    const owner = await uncached.make.seller();
    const { product, offer } = await new CatalogFixtures(uncached).listed(owner);
    expect(await bestPrice(uncached, product.sku!)).toBe(1850);
    await setPriceUnnoticed(uncached, offer.id, 1700);
    expect(await bestPrice(uncached, product.sku!)).toBe(1700);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('search cache with a write in flight (PostgreSQL)', () => {
  it('what is computed while a catalog write is uncommitted is not cached', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    expect(await bestPrice(ctx, product.sku!)).toBe(1850);

    // A writer on its own connection: its trigger moves the version before it commits.
    const writer = await ctx.database.pool!.connect();
    try {
      await writer.query('begin');
      await writer.query('update catalog.offers set price_minor = 1500 where id = $1', [offer.id]);
      await writer.query(
        `update catalog.product_listing l set min_price_minor = 1500
         from catalog.offers o where o.id = $1 and l.product_id = o.product_id`,
        [offer.id],
      );
      // Computed at the new version from the old rows: right now, but it must not be kept.
      expect(await bestPrice(ctx, product.sku!)).toBe(1850);
      await writer.query('commit');
    } finally {
      writer.release();
    }
    expect(await bestPrice(ctx, product.sku!)).toBe(1500);
  });

  it("a catalog write in flight in another database of the server does not stop this one's caching", async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    const neighbour = await createTestContext();
    const writer = await neighbour.database.pool!.connect();
    try {
      await writer.query('begin');
      // What every catalog writer takes until it commits (migration 0004), in the other database.
      await writer.query('select pg_advisory_xact_lock_shared(7310442003)');
      expect(await bestPrice(ctx, product.sku!)).toBe(1850);
      await setPriceUnnoticed(ctx, offer.id, 1700);
      expect(await bestPrice(ctx, product.sku!)).toBe(1850);
      await writer.query('rollback');
    } finally {
      writer.release();
      await neighbour.close();
    }
  });

  it('parallel searches and writes: every search after the last write sees it', async () => {
    const fx = new CatalogFixtures(ctx);
    const { product, offer } = await fx.listed(seller);
    const prices = Array.from({ length: 10 }, (_, i) => 2000 + i);
    await Promise.all([
      ...prices.map((price) =>
        ctx.request({
          method: 'PATCH',
          url: `${CATALOG}/offers/${offer.id}`,
          token: seller.accessToken,
          payload: { priceMinor: price },
        }),
      ),
      ...Array.from({ length: 30 }, () => search(ctx, { q: product.sku! })),
    ]);
    const [row] = (
      await ctx.database.pool!.query<{ price_minor: string }>('select price_minor from catalog.offers where id = $1', [
        offer.id,
      ])
    ).rows;
    expect(await bestPrice(ctx, product.sku!)).toBe(Number(row!.price_minor));
  });
});
