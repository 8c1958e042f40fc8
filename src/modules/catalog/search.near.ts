import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { attributeFilters, inStaleCategory, list } from './search.filters.js';
import type { SearchSort } from './search.schemas.js';

/**
 * `near` in the search statement: the nearby warehouses, which offer a result shows there, and
 * the facets counted ahead per set of nearby warehouses (migration 0025, docs/domain.md "Search").
 */

export interface NearbyWarehouse {
  id: string;
  name: string;
  seller_id: string;
  d: number;
}

/**
 * A set of nearby warehouses as near_facet_sets keys it: sorted by distance, with ranks (equal
 * distance, equal rank), when results show their nearest offer; else sorted by id, ranks null.
 */
export interface NearSet {
  key: string;
  warehouseIds: string[];
  ranks: number[] | null;
}

/** What a `near` search may read from the facets counted for its set. */
export interface NearCounted {
  key: string;
  /** The page from the nearby warehouses' stock (nearDistancePage, nearPricePage): nothing but `near`. */
  walk: boolean;
}

export function nearSet(ws: readonly NearbyWarehouse[], byDistance: boolean): NearSet {
  if (!byDistance) {
    const warehouseIds = ws.map((w) => w.id).sort();
    return { key: setKey(`cheapest:${warehouseIds.join(',')}`), warehouseIds, ranks: null };
  }
  // ws comes sorted by distance, then id (nearbyWarehousesQuery).
  const ranks: number[] = [];
  ws.forEach((w, i) => ranks.push(i > 0 && w.d === ws[i - 1]!.d ? ranks[i - 1]! : i));
  const warehouseIds = ws.map((w) => w.id);
  return { key: setKey(`nearest:${warehouseIds.map((id, i) => `${id}@${ranks[i]}`).join(',')}`), warehouseIds, ranks };
}

/** A set's key: the MD5 of its canonical text, which nearbyWarehousesQuery spells alike in SQL. */
const setKey = (canonical: string) => createHash('md5').update(canonical).digest('hex');

/** A nearby warehouse, and whether the facets of the set they all make are counted, each way. */
export interface NearbyRow extends NearbyWarehouse {
  cheapest_counted: boolean;
  nearest_counted: boolean;
}

/**
 * Warehouses of approved sellers within the radius, found on the GiST index of ll_to_earth,
 * with whether their set is counted (nearSet's keys, spelled alike: ids in uuid order, which is
 * their text's order; ranks as rank() - 1), so a search asks once.
 */
export function nearbyWarehousesQuery(near: { lat: number; lon: number; radiusKm: number }, sellerId?: string): SQL {
  const here = sql`ll_to_earth(${near.lat}::float8, ${near.lon}::float8)`;
  const radius = sql`${near.radiusKm * 1000}::float8`;
  return sql`with w as (
      select w.id, w.name, w.seller_id, earth_distance(ll_to_earth(w.lat, w.lon), ${here}) as d
      from catalog.warehouses w
      join catalog.sellers s on s.id = w.seller_id and s.status = 'approved'
      where earth_box(${here}, ${radius}) @> ll_to_earth(w.lat, w.lon)
        and earth_distance(ll_to_earth(w.lat, w.lon), ${here}) <= ${radius}
        ${sellerId ? sql`and w.seller_id = ${sellerId}::uuid` : sql``}
    ), k as (
      select md5('cheapest:' || string_agg(r.id::text, ',' order by r.id)) as cheapest,
             md5('nearest:' || string_agg(r.id::text || '@' || r.rank, ',' order by r.d, r.id)) as nearest
      from (select w.id, w.d, rank() over (order by w.d) - 1 as rank from w) r
    )
    select w.*,
           exists (select 1 from catalog.near_facet_sets s where s.key = k.cheapest) as cheapest_counted,
           exists (select 1 from catalog.near_facet_sets s where s.key = k.nearest) as nearest_counted
    from w cross join k
    order by w.d, w.id`;
}

/** Warehouse ids as a list of uuid parameters, for `in (…)`. */
const uuids = (ids: readonly string[]) => list(ids.map((id) => sql`${id}::uuid`));

/** The nearby warehouses as constants, so the planner sees how few they are. */
export function nearbyTable(ws: readonly NearbyWarehouse[]): SQL {
  if (ws.length === 0)
    return sql`nw as (select null::uuid as id, null::text as name, null::uuid as seller_id, null::float8 as d where false)`;
  const rows = ws.map((w) => sql`(${w.id}::uuid, ${w.name}::text, ${w.seller_id}::uuid, ${w.d}::float8)`);
  return sql`nw (id, name, seller_id, d) as (values ${sql.join(rows, sql`, `)})`;
}

/**
 * Which near offer a result shows: the cheapest that can be had near, the nearest of equal price;
 * sorted by distance, the nearest, the cheapest at equal distance. Either way its price and its
 * warehouse are one seller's (a listing_stock row is one warehouse, so one seller). Migration
 * 0025's near_facet_groups picks alike.
 *
 * Taken as the least [distance, price] (by price: [price, distance]) of a product's stock rows
 * in the nearby warehouses: an aggregate, where sorting each product's rows cost three times as
 * much (8 760 text matches: 103 against 362 ms; every product near: 227 against 400 ms). Equal
 * distance and price leave the warehouse open: only these two values are read from the pick.
 */
function nearPick(ws: readonly NearbyWarehouse[], sort: SearchSort): { pick: SQL; d: SQL; price: SQL } {
  const distance = sql`case ls.warehouse_id ${sql.join(
    ws.map((w) => sql`when ${w.id}::uuid then ${w.d}::float8`),
    sql` `,
  )} end`;
  const price = sql`ls.price_minor::float8`;
  return sort === 'distance'
    ? { pick: sql`min(array[${distance}, ${price}])`, d: sql`pick[1]`, price: sql`pick[2]::bigint` }
    : { pick: sql`min(array[${price}, ${distance}])`, d: sql`pick[2]`, price: sql`pick[1]::bigint` };
}

/** The near price and distance of every product in stock in a nearby warehouse: one pass over `listing_stock`. */
export function nearbyProducts(ws: readonly NearbyWarehouse[], sort: SearchSort): SQL {
  if (ws.length === 0)
    return sql`np as (select null::uuid as product_id, null::float8 as d, null::bigint as price where false)`;
  const { pick, d, price } = nearPick(ws, sort);
  return sql`np as materialized (
    select product_id, ${d} as d, ${price} as price
    from (select ls.product_id, ${pick} as pick
          from catalog.listing_stock ls
          where ls.warehouse_id in (${uuids(ws.map((w) => w.id))})
          group by ls.product_id) s
  )`;
}

/**
 * The near price and distance of one product (`l`), for when other filters leave few products to
 * check: its stock rows in the nearby warehouses, from the stock key index. Nulls when none is near.
 */
export function nearestOfListing(ws: readonly NearbyWarehouse[], sort: SearchSort): SQL {
  if (ws.length === 0) return sql`cross join lateral (select null::float8 as d, null::bigint as price) nd`;
  const { pick, d, price } = nearPick(ws, sort);
  return sql`cross join lateral (
      select ${d} as d, ${price} as price
      from (select ${pick} as pick
            from catalog.listing_stock ls
            where ls.product_id = l.product_id and ls.warehouse_id in (${uuids(ws.map((w) => w.id))})) s
    ) nd`;
}

/** The listing conditions a set's facets can serve: category, attributes, availability. */
export interface NearListingFilters {
  categoryPaths?: string[] | undefined;
  attrs: [name: string, values: string[]][];
  inStock: boolean;
}

function listingFilters(plan: NearListingFilters, listing: string): SQL[] {
  const where: SQL[] = [];
  if (plan.categoryPaths) where.push(sql`${sql.raw(listing)}.category_path in (${list(plan.categoryPaths)})`);
  where.push(...attributeFilters(sql.raw(`${listing}.attributes`), plan.attrs));
  return where;
}

/**
 * The facet groups of a `near` search from its set's counted rows, and for the categories marked
 * stale since, counted from their listing product by product (as groupsCountedAhead does).
 */
export function nearGroupsCounted(
  plan: NearListingFilters & { sort: SearchSort },
  key: string,
  ws: readonly NearbyWarehouse[],
): SQL {
  const stored = [
    sql`f.key = ${key}`,
    sql`not exists (select 1 from catalog.listing_facets_stale s where s.category_path = f.category_path)`,
    ...listingFilters(plan, 'f'),
  ];
  const live = [
    inStaleCategory(sql`l.category_path`),
    sql`l.offer_count > 0`,
    sql`nd.d is not null`,
    ...listingFilters(plan, 'l'),
  ];
  if (plan.inStock) live.push(sql`l.in_stock`);
  return sql`
    select f.category_path, f.attributes, f.n, f.lo, f.hi
    from catalog.near_facets f
    where ${sql.join(stored, sql` and `)}
    union all
    select l.category_path, l.attributes, count(*)::int, min(nd.price), max(nd.price)
    from catalog.product_listing l
    ${nearestOfListing(ws, plan.sort)}
    where ${sql.join(live, sql` and `)}
    group by l.category_path, l.attributes`;
}

/** What a walk through the nearby warehouses' stock pages by, and the category it keeps to. */
export interface NearWalk {
  sort: SearchSort;
  after?: { key: number; price: number; id: string } | undefined;
  limit: number;
  /** The filter category's subtree: the walk reads only its stock (listing_stock_warehouse_category_idx). */
  categoryIds?: string[] | undefined;
}

/** The walk's conditions on a stock row `ls` besides its warehouse: a category, when filtered by one. */
const inCategory = (plan: NearWalk): SQL[] =>
  plan.categoryIds ? [sql`ls.category_id in (${uuids(plan.categoryIds)})`] : [];

/**
 * The page of a search by distance with nothing but `near` (and a category), walked warehouse by
 * warehouse from the nearest: each one's stock cheapest first (listing_stock_warehouse_price_idx,
 * in a category listing_stock_warehouse_category_idx), without the
 * products a nearer warehouse has (they are its) and, among warehouses as near as each other,
 * from the cheapest (then lowest id) one. Warehouses come in distance order, so their rows one
 * after another are the page's order (distance, price, id): Append runs its branches in turn
 * (parallel plans are off, SESSION_SETTINGS) and the limit stops the walk. A filter would make
 * the walk read all the cheaper stock it does not match (a costly category is at the end of
 * every warehouse), so searches filtered otherwise find their products from the listing instead.
 */
export function nearDistancePage(plan: NearWalk, ws: readonly NearbyWarehouse[]): SQL {
  const tiers: NearbyWarehouse[][] = [];
  for (const w of ws) {
    const last = tiers.at(-1);
    if (last && last[0]!.d === w.d) last.push(w);
    else tiers.push([w]);
  }
  const branches: SQL[] = [];
  const nearer: string[] = [];
  for (const tier of tiers) {
    const d = tier[0]!.d;
    const ids = tier.map((w) => w.id);
    if (!plan.after || d >= plan.after.key) {
      const where: SQL[] = [sql`ls.warehouse_id in (${uuids(ids)})`, ...inCategory(plan), sql`l.offer_count > 0`];
      if (nearer.length > 0)
        where.push(sql`not exists (select 1 from catalog.listing_stock x
          where x.product_id = ls.product_id and x.warehouse_id in (${uuids(nearer)}))`);
      if (ids.length > 1)
        where.push(sql`not exists (select 1 from catalog.listing_stock y
          where y.product_id = ls.product_id and y.warehouse_id in (${uuids(ids)})
            and (y.price_minor, y.warehouse_id) < (ls.price_minor, ls.warehouse_id))`);
      if (plan.after && d === plan.after.key)
        where.push(sql`(ls.price_minor, ls.product_id) > (${plan.after.price}::bigint, ${plan.after.id}::uuid)`);
      branches.push(sql`(select l.product_id as id, l.category_path, ls.price_minor as price, l.popularity,
               l.offer_count, l.attributes, 0::float8 as rank, ${d}::float8 as dist, ${d}::float8 as k
        from catalog.listing_stock ls
        join catalog.product_listing l on l.product_id = ls.product_id
        where ${sql.join(where, sql` and `)}
        order by ls.price_minor, ls.product_id
        limit ${plan.limit + 1})`);
    }
    nearer.push(...ids);
  }
  if (branches.length === 0)
    return sql`page as (select null::uuid as id, null::text as category_path, null::bigint as price,
      null::integer as popularity, null::integer as offer_count, null::jsonb as attributes,
      null::float8 as rank, null::float8 as dist, null::float8 as k where false)`;
  return sql`page as (select * from (${sql.join(branches, sql` union all `)}) b limit ${plan.limit + 1})`;
}

/**
 * The page of a search by price with nothing but `near`: every nearby warehouse's stock in price
 * order (listing_stock_warehouse_price_idx, backwards for price_desc), merged, keeping of each
 * product only the row its near price comes from — no cheaper row in the set, and at equal price
 * none in a warehouse before it (nearer, then lower id).
 */
export function nearPricePage(plan: NearWalk, ws: readonly NearbyWarehouse[]): SQL {
  const desc = plan.sort === 'price_desc';
  const ids = ws.map((w) => w.id);
  const direction = sql.raw(desc ? 'desc' : 'asc');
  const branches = ws.map((w, i) => {
    const where: SQL[] = [
      sql`ls.warehouse_id = ${w.id}::uuid`,
      ...inCategory(plan),
      sql`l.offer_count > 0`,
      sql`not exists (select 1 from catalog.listing_stock x
        where x.product_id = ls.product_id and x.warehouse_id in (${uuids(ids)})
          and (x.price_minor < ls.price_minor
               ${i > 0 ? sql`or (x.price_minor = ls.price_minor and x.warehouse_id in (${uuids(ids.slice(0, i))}))` : sql``}))`,
    ];
    if (plan.after) {
      const price = sql`${plan.after.price}::bigint`;
      const beyond = desc ? sql`ls.price_minor < ${price}` : sql`ls.price_minor > ${price}`;
      where.push(sql`(${beyond} or (ls.price_minor = ${price} and ls.product_id > ${plan.after.id}::uuid))`);
    }
    return sql`(select l.product_id as id, l.category_path, ls.price_minor as price, l.popularity,
             l.offer_count, l.attributes, 0::float8 as rank, ${w.d}::float8 as dist, ls.price_minor::float8 as k
      from catalog.listing_stock ls
      join catalog.product_listing l on l.product_id = ls.product_id
      where ${sql.join(where, sql` and `)}
      order by ls.price_minor ${direction}, ls.product_id
      -- No branch gives the page more than a page; said here, it plans each to stop early.
      limit ${plan.limit + 1})`;
  });
  return sql`page as (select * from (${sql.join(branches, sql` union all `)}) b
    order by b.price ${direction}, b.id limit ${plan.limit + 1})`;
}
