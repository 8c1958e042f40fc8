/**
 * The insights module's one door into the orders and catalog modules' tables (docs/adr/0014):
 * an order line is copied, once, into `insights.sold_lines` with where and when it was sold,
 * and everything the recommendations and trends read is counted from that copy. Nothing else in
 * insights reads `orders.*` or `catalog.*` tables for its aggregates.
 *
 * What is copied: every line of an order that is not cancelled, except the lines of a part
 * (sub-order) that was cancelled on its own. Returned goods stay counted: they were bought
 * together, which is what the recommendations learn from (docs/insights.md, Read model).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { regionSql } from '../regions.js';

export interface ProjectionFilter {
  /** One order (the `order.placed` handler); all orders when absent (the rebuild). */
  orderId?: string;
  /** Only orders placed before this instant (the evaluation's time split). */
  before?: Date;
}

/**
 * Copies the lines of the orders the filter picks into sold_lines, leaving alone lines already
 * there; answers how many were copied. One INSERT … SELECT, so the rebuild is set-based.
 *
 * Region: the delivery point, or for a pickup (or a point missing) the first part's warehouse.
 * Day: the Moscow date of placing (UTC+3 all year, shared/moscow-time.ts).
 */
export async function projectOrders(tx: Executor, filter: ProjectionFilter = {}): Promise<number> {
  const where: SQL[] = [sql`o.status <> 'cancelled'`];
  if (filter.orderId) where.push(sql`o.id = ${filter.orderId}`);
  if (filter.before) where.push(sql`o.created_at < ${filter.before.toISOString()}::timestamptz`);
  const rows = await queryRows<{ n: number | string }>(
    tx,
    sql`with placed as (
          select o.id, o.customer_id, o.created_at,
                 case when o.delivery->>'method' = 'delivery' and o.delivery ? 'lat' and o.delivery ? 'lon'
                      then (o.delivery->>'lat')::float8 else first_part.lat end as lat,
                 case when o.delivery->>'method' = 'delivery' and o.delivery ? 'lat' and o.delivery ? 'lon'
                      then (o.delivery->>'lon')::float8 else first_part.lon end as lon
          from orders.orders o
          left join lateral (
            select f.warehouse_lat as lat, f.warehouse_lon as lon from orders.sub_orders f
            where f.order_id = o.id order by length(f.number), f.number limit 1
          ) first_part on true
          where ${sql.join(where, sql` and `)}
        ),
        regioned as (
          select p.id, p.customer_id, p.created_at, ${regionSql(sql`p.lat`, sql`p.lon`)} as region from placed p
        ),
        copied as (
          insert into insights.sold_lines (line_id, order_id, customer_id, placed_at, day, region, product_id,
                                           category_id, category_path, seller_id, quantity, revenue_minor)
          select l.id, r.id, r.customer_id, r.created_at, ((r.created_at at time zone 'UTC') + interval '3 hours')::date,
                 r.region, l.product_id, p.category_id, c.path, s.seller_id, l.quantity, l.total_minor
          from regioned r
          join orders.sub_orders s on s.order_id = r.id and s.status <> 'cancelled'
          join orders.order_lines l on l.sub_order_id = s.id
          join catalog.products p on p.id = l.product_id
          join catalog.categories c on c.id = p.category_id
          on conflict (line_id) do nothing
          returning 1
        )
        select count(*) as n from copied`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Takes a cancelled part's lines out of sold_lines; answers how many there were. */
export async function removePartLines(tx: Executor, subOrderId: string): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    tx,
    sql`with gone as (
          delete from insights.sold_lines
          where line_id in (select l.id from orders.order_lines l where l.sub_order_id = ${subOrderId})
          returning 1
        )
        select count(*) as n from gone`,
  );
  return Number(rows[0]?.n ?? 0);
}
