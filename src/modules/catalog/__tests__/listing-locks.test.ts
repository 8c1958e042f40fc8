/**
 * Lock order around the listing's copy of a card's text (migration 0028), on PostgreSQL where
 * transactions really wait on each other: a card edit must not deadlock with a refresh.
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { queryRows } from '../../../shared/db/database.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;
let admin: Account;

/** Resolves once another backend of this database waits on a lock (the request under test). */
async function someoneWaitsOnALock(): Promise<void> {
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
    );
    if (row!.n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A writer's transaction that holds a card's listing row, sends `request` (which must wait on it),
 * then once it waits takes `next` and commits; resolves to the request's answer.
 */
async function whileHoldingListing(
  productId: string,
  request: Parameters<typeof ctx.request>[0],
  next: SQL,
): ReturnType<typeof ctx.request> {
  let answer: ReturnType<typeof ctx.request> | undefined;
  await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from catalog.product_listing where product_id = ${productId}::uuid for update`);
    answer = ctx.request(request);
    await someoneWaitsOnALock();
    await tx.execute(next);
  });
  return answer!;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('listing locks (PostgreSQL)', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = new CatalogFixtures(ctx);
    seller = await ctx.make.seller();
    admin = await ctx.make.admin();
  });
  afterAll(() => ctx?.close());

  it('a card renamed while a refresh holds its listing row and adds a warehouse: both commit', async () => {
    const { product } = await fx.listed(seller);
    const other = await fx.warehouse(seller);
    // The refresh's order: the listing row first, then a listing_stock row, whose foreign key
    // share-locks the card. An edit that held the card first would close a cycle here.
    const res = await whileHoldingListing(
      product.id,
      {
        method: 'PATCH',
        url: `${CATALOG}/products/${product.id}`,
        token: seller.accessToken,
        payload: { name: 'Кирпич облицовочный переименованный' },
      },
      sql`insert into catalog.listing_stock (product_id, warehouse_id, price_minor)
          values (${product.id}::uuid, ${other.id}::uuid, 1850)`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [listing] = await queryRows<{ has: boolean }>(
      ctx.database.db,
      sql`select search_vector @@ to_tsquery('russian', 'переименованный') as has from catalog.product_listing
          where product_id = ${product.id}::uuid`,
    );
    expect(listing!.has).toBe(true);
  });

  it('a category renamed while a checkout holds the first of two cards and wants the second: both commit', async () => {
    const category = await fx.category();
    // Two cards written in the order opposite to their ids: rewritten in the order they were
    // written (the table's), the rename would take the second card's listing row first.
    let pair: [string, string] | undefined;
    let last = (await fx.listed(seller, { product: { categoryId: category.id } })).product.id;
    while (!pair) {
      const next = (await fx.listed(seller, { product: { categoryId: category.id } })).product.id;
      if (last > next) pair = [next, last];
      last = next;
    }
    const [first, second] = pair;
    // Checkout's order: listing rows by product id.
    const res = await whileHoldingListing(
      first,
      {
        method: 'PATCH',
        url: `${CATALOG}/categories/${category.id}`,
        token: admin.accessToken,
        payload: { name: 'Облицовочный кирпич ручной формовки' },
      },
      sql`select 1 from catalog.product_listing where product_id = ${second}::uuid for update`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const renamed = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from catalog.product_listing
          where product_id in (${first}::uuid, ${second}::uuid)
            and search_vector @@ to_tsquery('russian', 'формовки')`,
    );
    expect(renamed[0]!.n).toBe(2);
  });
});
