/**
 * The recommendations' reads: only the counters aggregate.ts keeps (never sold_lines or orders),
 * each one statement on a primary key or index range.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { ALL_REGIONS } from './aggregate.js';
import { MIN_SUPPORT, type PairStats } from './score.js';

export interface Partner extends PairStats {
  seedId: string;
  productId: string;
}

const uuids = (ids: readonly string[]) =>
  sql.join(
    [...new Set(ids)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** Orders counted over every region: the N of lift. */
export async function totalOrders(ex: Executor): Promise<number> {
  const [row] = await queryRows<{ orders: number }>(
    ex,
    sql`select orders from insights.basket_totals where region = ${ALL_REGIONS}`,
  );
  return Number(row?.orders ?? 0);
}

/** Partners of these products bought with them in at least MIN_SUPPORT orders, with their counts. */
export async function partnersOf(ex: Executor, seedIds: readonly string[], total: number): Promise<Partner[]> {
  if (seedIds.length === 0 || total === 0) return [];
  const rows = await queryRows<{ seed_id: string; product_id: string; support: number; n_a: number; n_b: number }>(
    ex,
    sql`select pc.product_id as seed_id, pc.other_id as product_id, pc.orders as support,
               pa.orders as n_a, pb.orders as n_b
        from insights.pair_counts pc
        join insights.product_popularity pa on pa.product_id = pc.product_id and pa.region = ${ALL_REGIONS}
        join insights.product_popularity pb on pb.product_id = pc.other_id and pb.region = ${ALL_REGIONS}
        where pc.product_id in (${uuids(seedIds)}) and pc.orders >= ${MIN_SUPPORT}`,
  );
  return rows.map((r) => ({
    seedId: r.seed_id,
    productId: r.product_id,
    support: Number(r.support),
    nA: Number(r.n_a),
    nB: Number(r.n_b),
    total,
  }));
}

export interface Popular {
  productId: string;
  categoryPath: string;
  orders: number;
}

/** The most ordered products in a region (or `all`), within a category subtree if given. */
export async function popularIn(
  ex: Executor,
  region: string,
  opts: { pathPrefix?: string | undefined; limit: number },
): Promise<Popular[]> {
  const within = opts.pathPrefix ? sql`and category_path like ${escapeLike(opts.pathPrefix) + '%'}` : sql``;
  const rows = await queryRows<{ product_id: string; category_path: string; orders: number }>(
    ex,
    sql`select product_id, category_path, orders from insights.product_popularity
        where region = ${region} ${within}
        order by orders desc, product_id limit ${opts.limit}`,
  );
  return rows.map((r) => ({ productId: r.product_id, categoryPath: r.category_path, orders: Number(r.orders) }));
}

/** The category a product was last sold in, if it ever was. */
export async function soldCategoryOf(ex: Executor, productId: string): Promise<string | null> {
  const [row] = await queryRows<{ category_path: string }>(
    ex,
    sql`select category_path from insights.product_popularity where product_id = ${productId}::uuid and region = ${ALL_REGIONS}`,
  );
  return row?.category_path ?? null;
}

export interface Purchase {
  productId: string;
  orders: number;
  lastAt: Date;
  region: string;
}

/** A customer's purchases, the latest first. */
export async function purchasesOf(ex: Executor, customerId: string, limit: number): Promise<Purchase[]> {
  const rows = await queryRows<{ product_id: string; orders: number; last_at: Date | string; region: string }>(
    ex,
    sql`select product_id, orders, last_at, region from insights.customer_products
        where customer_id = ${customerId}::uuid order by last_at desc, product_id limit ${limit}`,
  );
  return rows.map((r) => ({
    productId: r.product_id,
    orders: Number(r.orders),
    lastAt: new Date(r.last_at),
    region: r.region,
  }));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The offers priced in a customer's latest saved estimates (an estimate row holds its latest save). */
export async function estimateOffersOf(
  ex: Executor,
  customerId: string,
  limit = 5,
): Promise<{ offerId: string; title: string }[]> {
  const rows = await queryRows<{ offer_id: string; title: string }>(
    ex,
    sql`select distinct on (p.value ->> 'offerId') p.value ->> 'offerId' as offer_id, e.title
        from (select title, prices, updated_at from insights.estimates
              where customer_id = ${customerId}::uuid order by updated_at desc limit ${limit}) e
        cross join lateral jsonb_each(e.prices) p
        where p.value ->> 'offerId' ~ '^[0-9a-f-]{36}$'
        order by p.value ->> 'offerId', e.updated_at desc`,
  );
  return rows.map((r) => ({ offerId: r.offer_id, title: r.title }));
}

export interface NextBought {
  productId: string;
  /** The neighbours' weights summed over those who bought it after what they share with the customer, 0…1. */
  share: number;
  neighbours: number;
  /** How many similar customers were found. */
  near: number;
}

/**
 * What customers like this one bought next: this customer's latest stage (what it bought within
 * `stageDays` of its latest purchase); the customers who bought the most of those products (up to
 * `neighbours`, each weighted by the share of the stage they hold); what each of them bought after
 * the first of those shared purchases. Reads customer_products only.
 */
export async function nextBoughtBy(
  ex: Executor,
  customerId: string,
  opts: { neighbours: number; limit: number; stageDays: number },
): Promise<NextBought[]> {
  const rows = await queryRows<{ product_id: string; share: number; neighbours: number; near: number }>(
    ex,
    sql`with mine as (
          select product_id, last_at from insights.customer_products where customer_id = ${customerId}::uuid
        ),
        stage as (
          select product_id from mine
          where last_at >= (select max(last_at) from mine) - make_interval(days => ${opts.stageDays})
        ),
        near as (
          select cp.customer_id, min(cp.last_at) as since, count(*)::float8 / (select count(*) from stage) as weight
          from insights.customer_products cp join stage using (product_id)
          where cp.customer_id <> ${customerId}::uuid
          group by cp.customer_id
          order by count(*) desc, cp.customer_id
          limit ${opts.neighbours}
        )
        select cp.product_id, sum(n.weight) / (select sum(weight) from near) as share, count(*)::int as neighbours,
               (select count(*) from near)::int as near
        from near n join insights.customer_products cp on cp.customer_id = n.customer_id and cp.last_at > n.since
        group by cp.product_id
        order by share desc, cp.product_id
        limit ${opts.limit}`,
  );
  return rows.map((r) => ({
    productId: r.product_id,
    share: Number(r.share),
    neighbours: Number(r.neighbours),
    near: Number(r.near),
  }));
}
