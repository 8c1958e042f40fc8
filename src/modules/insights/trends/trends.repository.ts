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

export interface PeriodRow {
  start: string;
  units: string;
  revenue: string;
  mine_units: string;
  mine_revenue: string;
  /** Σ ln(p_t / p_(t−1)) over the products sold in this period and the one before (price-index.ts). */
  log_sum: number;
  matched: number;
}

export interface MoverRow {
  product_id: string;
  units_before: string;
  units_after: string;
  orders_before: number;
  orders_after: number;
  revenue_before: string;
  revenue_after: string;
}

const bucket = (kind: PeriodKind) => sql`date_trunc(${kind}, day::timestamp)::date::text`;
const inRegion = (region: string): SQL => (region === 'all' ? sql`` : sql`and region = ${region}`);
const inDays = (s: Scope): SQL => sql`day >= ${s.firstDay}::date and day < ${s.endDay}::date`;
/** Paths are slugs joined by `/` (no `%` nor `_`), so a prefix is a plain LIKE pattern. */
const underPath = (path: string): SQL => (path === '/' ? sql`` : sql`and category_path like ${`${path}%`}`);

/** The start of the period before `start` (a date expression), for joining a period to its predecessor. */
const previous = (kind: PeriodKind): SQL =>
  kind === 'week' ? sql`a.start - 7` : sql`(a.start - interval '1 month')::date`;

/**
 * Units and revenue per period (the seller's own too, when `mine`), and each period's Jevons link
 * as a sum of log relatives of unit values over the products sold in it and in the one before:
 * summed here, so a year of every category sends a row per period, not one per product and period.
 */
export function periodTotals(ex: Executor, s: Scope): Promise<PeriodRow[]> {
  const mine = s.sellerId ? sql`seller_id = ${s.sellerId}::uuid` : sql`false`;
  return queryRows<PeriodRow>(
    ex,
    sql`with pp as (
          select product_id, date_trunc(${s.kind}, day::timestamp)::date as start,
                 sum(units) as units, sum(revenue_minor) as revenue,
                 sum(units) filter (where ${mine}) as mine_units,
                 sum(revenue_minor) filter (where ${mine}) as mine_revenue
          from insights.product_daily
          where ${inDays(s)} ${inRegion(s.region)} ${underPath(s.path)}
          group by 1, 2
        )
        select a.start::text as start, sum(a.units)::text as units, sum(a.revenue)::text as revenue,
               coalesce(sum(a.mine_units), 0)::text as mine_units,
               coalesce(sum(a.mine_revenue), 0)::text as mine_revenue,
               coalesce(sum(ln((a.revenue::float8 / a.units::float8) / (b.revenue::float8 / b.units::float8))), 0)
                 as log_sum,
               count(b.product_id)::int as matched
        from pp a
        left join pp b on b.product_id = a.product_id and b.start = ${previous(s.kind)}
          and a.units > 0 and a.revenue > 0 and b.units > 0 and b.revenue > 0
        group by a.start`,
  );
}

/** Each product's units, orders and revenue in two periods (`before` … `after` … `end`, end excluded). */
export function moverSales(ex: Executor, s: Scope, before: string, after: string, end: string): Promise<MoverRow[]> {
  const early = sql`day < ${after}::date`;
  return queryRows<MoverRow>(
    ex,
    sql`select product_id,
               coalesce(sum(units) filter (where ${early}), 0)::text as units_before,
               coalesce(sum(units) filter (where not ${early}), 0)::text as units_after,
               coalesce(sum(orders) filter (where ${early}), 0)::int as orders_before,
               coalesce(sum(orders) filter (where not ${early}), 0)::int as orders_after,
               coalesce(sum(revenue_minor) filter (where ${early}), 0)::text as revenue_before,
               coalesce(sum(revenue_minor) filter (where not ${early}), 0)::text as revenue_after
        from insights.product_daily
        where day >= ${before}::date and day < ${end}::date ${inRegion(s.region)} ${underPath(s.path)}
        group by product_id`,
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
