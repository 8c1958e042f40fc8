/**
 * Market trends' daily counters (docs/insights.md, Market trends), kept from `insights.sold_lines`:
 * `product_daily` (orders, units, revenue per day, region, product and seller) and `category_daily`
 * (orders per day, region, category and seller, an order counted once for each category it touched
 * and every ancestor of it up to the root `/`, for the whole market under the nil seller and for each
 * seller of its lines). Only real regions are stored; «all» is their sum (an order has one region).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';

/** The seller id of the whole market's rows in `category_daily`. */
export const MARKET = '00000000-0000-0000-0000-000000000000';

/** `product_daily`'s rows of the order's lines: one order per (day, region, product, seller). */
const productRowsOf = (orderId: string): SQL => sql`
  select day, region, product_id, seller_id, min(category_path) as category_path,
         1 as orders, sum(quantity) as units, sum(revenue_minor) as revenue_minor
  from insights.sold_lines where order_id = ${orderId}::uuid
  group by day, region, product_id, seller_id`;

/**
 * Each line's category and its ancestors (`/a/b/` → `/`, `/a/`, `/a/b/`), for the market and for
 * the line's seller. `lines` is a relation with order_id, day, region, category_path, seller_id.
 */
const categoryKeysOf = (lines: SQL): SQL => sql`
  select distinct l.order_id, l.day, l.region, anc.path as category_path, who.seller_id
  from (select distinct order_id, day, region, category_path, seller_id from ${lines}) l
  cross join lateral (
    select case when n = 0 then '/'
                else '/' || array_to_string(parts[1:n], '/') || '/' end as path
    from (select coalesce(string_to_array(nullif(btrim(l.category_path, '/'), ''), '/'), '{}'::text[]) as parts) p,
         generate_series(0, cardinality(p.parts)) as n
  ) anc
  cross join lateral (values (${MARKET}::uuid), (l.seller_id)) as who(seller_id)`;

/**
 * Adds (sign 1) or takes back (sign −1) one order whose lines are in `sold_lines`. Taking back
 * deletes the rows it would bring to zero orders first (the tables' checks forbid zero), then
 * subtracts from the rest. Called by the ingest's handlers in their transaction.
 */
export async function applyTrends(tx: Executor, orderId: string, sign: 1 | -1): Promise<void> {
  const orderLines = sql`(select order_id, day, region, category_path, seller_id
    from insights.sold_lines where order_id = ${orderId}::uuid) s`;
  if (sign === 1) {
    await tx.execute(sql`
      insert into insights.product_daily
        (day, region, product_id, seller_id, category_path, orders, units, revenue_minor)
      ${productRowsOf(orderId)}
      on conflict (day, region, product_id, seller_id) do update set
        orders = product_daily.orders + excluded.orders,
        units = product_daily.units + excluded.units,
        revenue_minor = product_daily.revenue_minor + excluded.revenue_minor`);
    await tx.execute(sql`
      insert into insights.category_daily (day, region, category_path, seller_id, orders)
      select day, region, category_path, seller_id, 1 from (${categoryKeysOf(orderLines)}) k
      on conflict (category_path, seller_id, region, day) do update set
        orders = category_daily.orders + 1`);
    return;
  }
  await tx.execute(sql`
    with a as (${productRowsOf(orderId)})
    delete from insights.product_daily p using a
    where p.day = a.day and p.region = a.region and p.product_id = a.product_id and p.seller_id = a.seller_id
      and p.orders <= a.orders`);
  await tx.execute(sql`
    with a as (${productRowsOf(orderId)})
    update insights.product_daily p set
      orders = p.orders - a.orders,
      units = greatest(p.units - a.units, 0),
      revenue_minor = greatest(p.revenue_minor - a.revenue_minor, 0)
    from a
    where p.day = a.day and p.region = a.region and p.product_id = a.product_id and p.seller_id = a.seller_id`);
  await tx.execute(sql`
    with k as (${categoryKeysOf(orderLines)})
    delete from insights.category_daily c using k
    where c.category_path = k.category_path and c.seller_id = k.seller_id and c.region = k.region
      and c.day = k.day and c.orders <= 1`);
  await tx.execute(sql`
    with k as (${categoryKeysOf(orderLines)})
    update insights.category_daily c set orders = c.orders - 1
    from k
    where c.category_path = k.category_path and c.seller_id = k.seller_id and c.region = k.region
      and c.day = k.day`);
}

/**
 * Both tables recomputed from `sold_lines` in two set-based statements (the rebuild command and the
 * evaluation's time split). A product's path is the least of its lines' (the projection gives every
 * line of a rebuild its product's current path, so they agree).
 */
export async function rebuildTrends(tx: Executor): Promise<void> {
  await tx.execute(sql`delete from insights.product_daily`);
  await tx.execute(sql`delete from insights.category_daily`);
  await tx.execute(sql`
    insert into insights.product_daily
      (day, region, product_id, seller_id, category_path, orders, units, revenue_minor)
    select day, region, product_id, seller_id, min(category_path),
           count(distinct order_id), sum(quantity), sum(revenue_minor)
    from insights.sold_lines
    group by day, region, product_id, seller_id`);
  await tx.execute(sql`
    insert into insights.category_daily (day, region, category_path, seller_id, orders)
    select day, region, category_path, seller_id, count(*)
    from (${categoryKeysOf(sql`insights.sold_lines`)}) k
    group by day, region, category_path, seller_id`);
}
