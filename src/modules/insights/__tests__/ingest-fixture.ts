/** The ingest tests' helpers: orders placed through the API, and the whole read model read back in a fixed order. */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { pickup, type OrdersFixture, type OrderJson } from '../../../../test/fixtures/orders.js';
import { queryRows, type Executor } from '../../../shared/db/database.js';

/** A customer's order of several offers at once: `[offerId, quantity]` pairs, pickup and invoice by default. */
export async function placeOrder(
  fx: OrdersFixture,
  customer: Account,
  items: [string, string][],
  body: Record<string, unknown> = pickup(),
): Promise<OrderJson> {
  for (const [offerId, quantity] of items) {
    const added = await fx.add(customer, offerId, quantity);
    expect(added.statusCode, added.body).toBe(201);
  }
  const res = await fx.checkout(customer, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as OrderJson;
}

export async function cancelOrder(ctx: TestContext, customer: Account, orderId: string): Promise<void> {
  const res = await ctx.request({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/cancel`,
    token: customer.accessToken,
    payload: { reason: 'передумал' },
  });
  expect(res.statusCode, res.body).toBe(200);
}

export interface SoldLineRow {
  line_id: string;
  order_id: string;
  customer_id: string;
  placed_at: string;
  day: string;
  region: string;
  product_id: string;
  category_id: string;
  category_path: string;
  seller_id: string;
  quantity: string;
  revenue_minor: string;
}

export function soldLinesOf(ex: Executor, orderId: string): Promise<SoldLineRow[]> {
  return queryRows<SoldLineRow>(
    ex,
    sql`select line_id, order_id, customer_id, placed_at::text, day::text, region, product_id, category_id,
               category_path, seller_id, quantity::text, revenue_minor::text
        from insights.sold_lines where order_id = ${orderId}::uuid order by line_id`,
  );
}

/** Every row of every read-model table, each in a fixed order, as text: two ways of filling them compare equal. */
export interface ReadModel {
  soldLines: unknown[];
  popularity: unknown[];
  pairs: unknown[];
  baskets: unknown[];
  customers: unknown[];
  productDaily: unknown[];
  categoryDaily: unknown[];
}

export async function readModel(ex: Executor): Promise<ReadModel> {
  const q = (text: string) => queryRows(ex, sql.raw(text));
  return {
    soldLines: await q(`select line_id, order_id, customer_id, placed_at::text, day::text, region, product_id,
        category_id, category_path, seller_id, quantity::text, revenue_minor::text
        from insights.sold_lines order by line_id`),
    popularity: await q(`select product_id, region, category_path, orders, units::text, last_at::text
        from insights.product_popularity order by product_id, region`),
    pairs: await q(`select product_id, other_id, orders from insights.pair_counts order by product_id, other_id`),
    baskets: await q(`select region, orders from insights.basket_totals where orders > 0 order by region`),
    customers: await q(`select customer_id, product_id, orders, units::text, last_at::text, region
        from insights.customer_products order by customer_id, product_id`),
    productDaily: await q(`select day::text, region, product_id, seller_id, category_path, orders, units::text,
        revenue_minor::text from insights.product_daily order by day, region, product_id, seller_id`),
    categoryDaily: await q(`select day::text, region, category_path, seller_id, orders
        from insights.category_daily order by category_path, seller_id, region, day`),
  };
}
