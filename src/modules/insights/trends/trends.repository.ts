/**
 * Trends' reads: the daily counters (trends/aggregate.ts) summed into periods. Never sold_lines,
 * never the orders module: a request reads at most the selection's days of two tables.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { MARKET } from './aggregate.js';
import type { PeriodKind } from './periods.js';

export interface Scope {
  /** A category path (`/kirpich/`); `/` is every category. */
  path: string;
  region: string;
  kind: PeriodKind;
  /** The first day counted and the day after the last (Moscow dates). */
  firstDay: string;
  endDay: string;
  /** The seller whose own figures go beside the market's (`mine`). */
  sellerId: string | null;
}

export interface ProductPeriodRow {
  product_id: string;
  start: string;
  units: string;
  revenue: string;
  orders: number;
  mine_units: string | null;
  mine_revenue: string | null;
}

const bucket = (kind: PeriodKind) => sql`date_trunc(${kind}, day::timestamp)::date::text`;
const inRegion = (region: string): SQL => (region === 'all' ? sql`` : sql`and region = ${region}`);
const inDays = (s: Scope): SQL => sql`day >= ${s.firstDay}::date and day < ${s.endDay}::date`;
/** Paths are slugs joined by `/` (no `%` nor `_`), so a prefix is a plain LIKE pattern. */
const underPath = (path: string): SQL => (path === '/' ? sql`` : sql`and category_path like ${`${path}%`}`);

/** Units, revenue and orders per product and period; the seller's own share of each when `mine`. */
export function productPeriods(ex: Executor, s: Scope): Promise<ProductPeriodRow[]> {
  const mine = s.sellerId ? sql`seller_id = ${s.sellerId}::uuid` : sql`false`;
  return queryRows<ProductPeriodRow>(
    ex,
    sql`select product_id, ${bucket(s.kind)} as start, sum(units)::text as units, sum(revenue_minor)::text as revenue,
               sum(orders)::int as orders,
               (sum(units) filter (where ${mine}))::text as mine_units,
               (sum(revenue_minor) filter (where ${mine}))::text as mine_revenue
        from insights.product_daily
        where ${inDays(s)} ${inRegion(s.region)} ${underPath(s.path)}
        group by product_id, start`,
  );
}

/** Orders per period in the category (each order once), for the market and for the seller. */
export function orderPeriods(ex: Executor, s: Scope): Promise<{ start: string; market: number; mine: number }[]> {
  const sellers = s.sellerId ? sql`(${MARKET}::uuid, ${s.sellerId}::uuid)` : sql`(${MARKET}::uuid)`;
  const mine = s.sellerId ? sql`seller_id = ${s.sellerId}::uuid` : sql`false`;
  return queryRows(
    ex,
    sql`select ${bucket(s.kind)} as start,
               coalesce(sum(orders) filter (where seller_id = ${MARKET}::uuid), 0)::int as market,
               coalesce(sum(orders) filter (where ${mine}), 0)::int as mine
        from insights.category_daily
        where category_path = ${s.path} and seller_id in ${sellers} and ${inDays(s)} ${inRegion(s.region)}
        group by start`,
  );
}

export interface PriceVsMarketRow {
  product_id: string;
  revenue: string;
  units: string;
  market_median: number | null;
}

/**
 * Each product the seller sold in the selection: its own unit value over the range, and the market's
 * median unit price — the median over every seller's daily unit values (revenue ÷ units of a
 * product per day, region and seller), the seller's own among them.
 */
export function priceVsMarket(ex: Executor, s: Scope, sellerId: string): Promise<PriceVsMarketRow[]> {
  return queryRows<PriceVsMarketRow>(
    ex,
    sql`with r as (
          select product_id, seller_id, units, revenue_minor, revenue_minor::float8 / units::float8 as uv
          from insights.product_daily
          where units > 0 and ${inDays(s)} ${inRegion(s.region)} ${underPath(s.path)}
            and product_id in (
              select product_id from insights.product_daily
              where seller_id = ${sellerId}::uuid and ${inDays(s)} ${inRegion(s.region)} ${underPath(s.path)})
        )
        select product_id,
               (sum(revenue_minor) filter (where seller_id = ${sellerId}::uuid))::text as revenue,
               (sum(units) filter (where seller_id = ${sellerId}::uuid))::text as units,
               percentile_cont(0.5) within group (order by uv) as market_median
        from r group by product_id
        having sum(units) filter (where seller_id = ${sellerId}::uuid) > 0`,
  );
}
