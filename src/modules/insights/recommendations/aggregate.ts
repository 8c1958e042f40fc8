/**
 * The recommendations' counters (docs/insights.md, Recommendations), kept from `insights.sold_lines`
 * only: per product and region in how many orders it was bought (popularity), per pair of products
 * in how many orders both were (pair counts, both ways round), orders per region (the N of lift)
 * and what each customer bought. An order counts once per product however many lines hold it.
 * An order's region is the one its lines carry (the projection gives all lines of an order one);
 * `min(region)` only makes that a single value should they ever differ.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';

export const ALL_REGIONS = 'all';

/**
 * Adds (`sign` 1) or takes back (`sign` -1) one order whose lines are in sold_lines. Taking back
 * recomputes the latest purchase time and region of the touched rows from the order's remaining
 * peers, so adding then taking back leaves the tables exactly as a rebuild would.
 */
export async function applyRecommendations(tx: Executor, orderId: string, sign: 1 | -1): Promise<void> {
  const [head] = await queryRows<{ region: string | null; customer_id: string | null }>(
    tx,
    sql`select min(region) as region, min(customer_id::text) as customer_id
        from insights.sold_lines where order_id = ${orderId}::uuid`,
  );
  if (!head?.region || !head.customer_id) return;
  const region = head.region;
  const lines = sql`select product_id, min(category_path) as category_path, sum(quantity) as units,
                           max(placed_at) as placed_at
                    from insights.sold_lines where order_id = ${orderId}::uuid group by product_id`;
  const regions = sql`(values (${region}::text), (${ALL_REGIONS}::text)) r(region)`;
  if (sign === 1) {
    await tx.execute(sql`
      insert into insights.product_popularity as pp (product_id, region, category_path, orders, units, last_at)
      select o.product_id, r.region, o.category_path, 1, o.units, o.placed_at from (${lines}) o cross join ${regions}
      on conflict (product_id, region) do update
        set orders = pp.orders + 1, units = pp.units + excluded.units,
            category_path = case when excluded.last_at >= pp.last_at then excluded.category_path else pp.category_path end,
            last_at = greatest(pp.last_at, excluded.last_at)`);
    await tx.execute(sql`
      insert into insights.pair_counts as pc (product_id, other_id, orders)
      select a.product_id, b.product_id, 1 from (${lines}) a join (${lines}) b on a.product_id <> b.product_id
      -- One order of rows for every order: two orders counted at once lock shared pairs alike.
      order by 1, 2
      on conflict (product_id, other_id) do update set orders = pc.orders + 1`);
    await tx.execute(sql`
      insert into insights.basket_totals as bt (region, orders) select r.region, 1 from ${regions}
      on conflict (region) do update set orders = bt.orders + 1`);
    await tx.execute(sql`
      insert into insights.customer_products as cp (customer_id, product_id, orders, units, last_at, region)
      select ${head.customer_id}::uuid, o.product_id, 1, o.units, o.placed_at, ${region} from (${lines}) o
      on conflict (customer_id, product_id) do update
        set orders = cp.orders + 1, units = cp.units + excluded.units,
            region = case when excluded.last_at >= cp.last_at then excluded.region else cp.region end,
            last_at = greatest(cp.last_at, excluded.last_at)`);
    return;
  }
  await takeBack(tx, orderId, region, head.customer_id, lines, regions);
}

async function takeBack(
  tx: Executor,
  orderId: string,
  region: string,
  customerId: string,
  lines: SQL,
  regions: SQL,
): Promise<void> {
  const others = sql`l.order_id <> ${orderId}::uuid`;
  // Rows this order alone holds go (a row never stands at 0 orders); the others count one less.
  await tx.execute(sql`
    delete from insights.product_popularity pp using (${lines}) o cross join ${regions}
    where pp.product_id = o.product_id and pp.region = r.region and pp.orders <= 1`);
  await tx.execute(sql`
    update insights.product_popularity pp set orders = pp.orders - 1, units = pp.units - o.units
    from (${lines}) o cross join ${regions}
    where pp.product_id = o.product_id and pp.region = r.region`);
  // The latest purchase left, of each touched row: its time and the category it was sold in then.
  await tx.execute(sql`
    update insights.product_popularity pp set last_at = x.last_at, category_path = x.category_path
    from (
      select l.product_id, r.region, max(l.placed_at) as last_at,
             (array_agg(l.category_path order by l.placed_at desc))[1] as category_path
      from insights.sold_lines l cross join ${regions}
      where ${others} and l.product_id in (select product_id from insights.sold_lines where order_id = ${orderId}::uuid)
        and (r.region = ${ALL_REGIONS} or l.region = r.region)
      group by l.product_id, r.region
    ) x
    where pp.product_id = x.product_id and pp.region = x.region`);
  const pairsOf = sql`(${lines}) a join (${lines}) b on a.product_id <> b.product_id`;
  await tx.execute(sql`
    delete from insights.pair_counts pc using ${pairsOf}
    where pc.product_id = a.product_id and pc.other_id = b.product_id and pc.orders <= 1`);
  await tx.execute(sql`
    update insights.pair_counts pc set orders = pc.orders - 1
    from ${pairsOf} where pc.product_id = a.product_id and pc.other_id = b.product_id`);
  await tx.execute(sql`
    update insights.basket_totals bt set orders = greatest(bt.orders - 1, 0) from ${regions} where bt.region = r.region`);
  await tx.execute(sql`
    delete from insights.customer_products cp using (${lines}) o
    where cp.customer_id = ${customerId}::uuid and cp.product_id = o.product_id and cp.orders <= 1`);
  await tx.execute(sql`
    update insights.customer_products cp set orders = cp.orders - 1, units = cp.units - o.units
    from (${lines}) o where cp.customer_id = ${customerId}::uuid and cp.product_id = o.product_id`);
  await tx.execute(sql`
    update insights.customer_products cp set last_at = x.last_at, region = x.region
    from (
      select l.product_id, max(l.placed_at) as last_at, (array_agg(l.region order by l.placed_at desc))[1] as region
      from insights.sold_lines l
      where l.customer_id = ${customerId}::uuid and ${others}
      group by l.product_id
    ) x
    where cp.customer_id = ${customerId}::uuid and cp.product_id = x.product_id`);
}

/**
 * Empties and recomputes every recommendations table from sold_lines, set-based: one statement
 * per table, whatever the number of orders (the rebuild command and the evaluation's time split).
 */
export async function rebuildRecommendations(tx: Executor): Promise<void> {
  for (const table of ['product_popularity', 'pair_counts', 'basket_totals', 'customer_products']) {
    await tx.execute(sql.raw(`delete from insights.${table}`));
  }
  // One row per order and product, with the order's region.
  const perOrder = sql`
    select l.order_id, l.customer_id, l.product_id, o.region, min(l.category_path) as category_path,
           sum(l.quantity) as units, max(l.placed_at) as placed_at
    from insights.sold_lines l
    join (select order_id, min(region) as region from insights.sold_lines group by order_id) o using (order_id)
    group by l.order_id, l.customer_id, l.product_id, o.region`;
  await tx.execute(sql`
    insert into insights.product_popularity (product_id, region, category_path, orders, units, last_at)
    select op.product_id, coalesce(op.region, ${ALL_REGIONS}),
           (array_agg(op.category_path order by op.placed_at desc))[1], count(*), sum(op.units), max(op.placed_at)
    from (${perOrder}) op
    group by grouping sets ((op.product_id, op.region), (op.product_id))`);
  await tx.execute(sql`
    insert into insights.pair_counts (product_id, other_id, orders)
    select a.product_id, b.product_id, count(*)
    from (select distinct order_id, product_id from insights.sold_lines) a
    join (select distinct order_id, product_id from insights.sold_lines) b
      on a.order_id = b.order_id and a.product_id <> b.product_id
    group by a.product_id, b.product_id`);
  await tx.execute(sql`
    insert into insights.basket_totals (region, orders)
    select coalesce(region, ${ALL_REGIONS}), count(*)
    from (select order_id, min(region) as region from insights.sold_lines group by order_id) o
    group by grouping sets ((region), ())`);
  await tx.execute(sql`
    insert into insights.customer_products (customer_id, product_id, orders, units, last_at, region)
    select op.customer_id, op.product_id, count(*), sum(op.units), max(op.placed_at),
           (array_agg(op.region order by op.placed_at desc))[1]
    from (${perOrder}) op
    group by op.customer_id, op.product_id`);
}
