import { sql, type SQL } from 'drizzle-orm';
import {
  facetsOfGroups,
  isRendered,
  renderedFacets,
  renderedScope,
  totalOfGroups,
  type RenderedScope,
} from './search.facets.js';
import { attributeFilters, inStaleCategory, list } from './search.filters.js';
import {
  nearbyProducts,
  nearbyTable,
  nearDistancePage,
  nearPricePage,
  nearestOfListing,
  nearGroupsCounted,
  type NearbyWarehouse,
  type NearCounted,
  type NearSet,
} from './search.near.js';
import type { TextQuery } from './search.query.js';
import type { SearchSort } from './search.schemas.js';

/** Everything the search statement needs, already validated and resolved. */
export interface SearchPlan {
  text?: TextQuery;
  /** Paths of the filter category and every category below it. */
  categoryPaths?: string[];
  /** The filter category's own path: category facets stay inside it. */
  categoryPath?: string;
  /** The ids of the filter category and every category below it (a `near` walk reads by them). */
  categoryIds?: string[];
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  attrs: [name: string, values: string[]][];
  sellerId?: string | undefined;
  inStock: boolean;
  near?: {
    /** Warehouses of approved sellers within the radius (of sellerId's, when given), metres away. */
    warehouses: NearbyWarehouse[];
    /** Find products from the nearby stock in one pass, instead of checking each matching product (no category). */
    byWarehouse: boolean;
    /** The facets counted for this set of warehouses, when a search may read them (search.near.ts). */
    counted?: NearCounted | undefined;
    /** A set that may be counted and is not yet: the service asks for it after answering. */
    uncounted?: NearSet | undefined;
  };
  sort: SearchSort;
  after?: { key: number; price: number; id: string };
  limit: number;
}

/** The sorts whose key runs from high to low. */
const descending = (sort: SearchSort) => sort === 'relevance' || sort === 'price_desc' || sort === 'popular';

/** Metres as km to 0.1, without trailing zeros in JSON: search's nearest warehouse and the product page alike. */
export const kmToTenth = (metres: SQL) => sql`trim_scale(round((${metres} / 1000)::numeric, 1))`;

/** The ids of the products whose SKU or EAN is q as typed: an exact code outranks any text match. */
const codeIds = (t: TextQuery) =>
  sql`array(select c.id from catalog.products c where c.sku in (${list(t.codes)}) or c.ean in (${list(t.codes)}))`;

/**
 * A text match: the query's word groups in the listing's copy of the full text (name, brand,
 * description, category), or q is a SKU or an EAN.
 */
function textMatch(t: TextQuery): SQL {
  const codes = sql`l.product_id = any (${codeIds(t)})`;
  return t.match ? sql`(l.search_vector @@ ${t.match}::tsquery or ${codes})` : sql`(${codes})`;
}

/**
 * ts_rank (name weighs most), plus 10 when the name holds every code of the query (a model such
 * as HR2470, a grade such as М500) and 100 for an exact SKU or EAN: no text match reaches either.
 */
function relevance(t: TextQuery): SQL {
  const text = t.match ? sql`ts_rank(l.search_vector, ${t.match}::tsquery)::float8` : sql`0::float8`;
  const model = t.models ? sql`case when l.search_vector @@ ${t.models}::tsquery then 10 else 0 end` : sql`0`;
  return sql`(${text} + ${model} + case when l.product_id = any (${codeIds(t)}) then 100 else 0 end)`;
}

/**
 * The relevance sort key: relevance to 4 decimals first, then in stock, then popularity (orders),
 * in one exact float8 (below 2^53); the price breaks what is left (ordering). docs/domain.md "Search".
 */
function relevanceKey(t: TextQuery | undefined, inStock: SQL): SQL {
  const rank = t ? relevance(t) : sql`0::float8`;
  return sql`(floor(${rank} * 10000) * 2e7 + case when ${inStock} then 1e7 else 0 end + least(l.popularity, 9999999))::float8`;
}

/** The sort key, its direction, and the keyset condition after a cursor (ties: price, then id). */
function ordering(plan: SearchPlan): { key: SQL; order: SQL; after: SQL } {
  const col = {
    relevance: sql`m.rank`,
    price_asc: sql`m.price`,
    price_desc: sql`m.price`,
    distance: sql`m.dist`,
    popular: sql`m.popularity`,
  }[plan.sort];
  const desc = descending(plan.sort);
  const order = desc ? sql`${col} desc, m.price, m.id` : sql`${col}, m.price, m.id`;
  if (!plan.after) return { key: col, order, after: sql`true` };
  const k = sql`${plan.after.key}::float8`;
  const price = sql`${plan.after.price}::bigint`;
  const id = sql`${plan.after.id}::uuid`;
  const tie = sql`(m.price > ${price} or (m.price = ${price} and m.id > ${id}))`;
  const after = desc
    ? sql`(${col} < ${k} or (${col} = ${k} and ${tie}))`
    : sql`(${col} > ${k} or (${col} = ${k} and ${tie}))`;
  return { key: col, order, after };
}

/** A result's price: sellerId's offer; else with `near` the near offer's (nearPick); else the lowest visible. */
function priceOf(plan: SearchPlan): SQL {
  if (plan.sellerId) return sql`so.price_minor`;
  return plan.near ? sql`nd.price` : sql`l.min_price_minor`;
}

/** The conditions on a listing `l` and (with sellerId) that seller's offer `so`. */
function filters(plan: SearchPlan): SQL[] {
  const where: SQL[] = [sql`l.offer_count > 0`];
  if (plan.near && !plan.near.byWarehouse) where.push(sql`nd.d is not null`);
  const price = priceOf(plan);
  if (plan.text) where.push(textMatch(plan.text));
  if (plan.categoryPaths) where.push(sql`l.category_path in (${list(plan.categoryPaths)})`);
  if (plan.priceMin !== undefined) where.push(sql`${price} >= ${plan.priceMin}`);
  if (plan.priceMax !== undefined) where.push(sql`${price} <= ${plan.priceMax}`);
  where.push(...attributeFilters(sql`l.attributes`, plan.attrs));
  if (plan.sellerId) {
    where.push(
      sql`exists (select 1 from catalog.sellers s where s.id = ${plan.sellerId}::uuid and s.status = 'approved')`,
      sql`(so.backorder or sk.in_stock)`,
    );
    if (plan.inStock) where.push(sql`sk.in_stock`);
  } else if (plan.inStock) where.push(sql`l.in_stock`);
  return where;
}

/**
 * Whether the groups can be read from the facets counted ahead (migration 0023): they count
 * every visible product by category, attribute set and availability at its listing price, so
 * any filter on those may use them; text, `near`, a seller or a price bound may not.
 */
function countedAhead(plan: SearchPlan): boolean {
  return !plan.text && !plan.near && !plan.sellerId && plan.priceMin === undefined && plan.priceMax === undefined;
}

/**
 * The groups from `listing_facets` for categories not marked stale, and counted from the
 * matching set for those marked (the same snapshot sees a write and its mark together).
 */
function groupsCountedAhead(plan: SearchPlan): SQL {
  const where: SQL[] = [
    sql`not exists (select 1 from catalog.listing_facets_stale s where s.category_path = f.category_path)`,
  ];
  if (plan.categoryPaths) where.push(sql`f.category_path in (${list(plan.categoryPaths)})`);
  where.push(...attributeFilters(sql`f.attributes`, plan.attrs));
  if (plan.inStock) where.push(sql`f.in_stock`);
  return sql`
    select f.category_path, f.attributes, sum(f.n)::int as n, min(f.lo) as lo, max(f.hi) as hi
    from catalog.listing_facets f
    where ${sql.join(where, sql` and `)}
    group by f.category_path, f.attributes
    union all
    select category_path, attributes, count(*)::int, min(price), max(price)
    from m
    where ${inStaleCategory(sql`category_path`)}
    group by category_path, attributes`;
}

/**
 * The scope whose facets are kept rendered, when the search is one's page (search.facets.ts): a
 * listing page with no filter but a category and «в наличии», or `near` alone from a counted set.
 */
export function renderableScope(plan: SearchPlan): RenderedScope | undefined {
  if (plan.attrs.length > 0) return undefined;
  const counted = plan.near?.counted;
  if (counted) return plan.categoryPaths ? undefined : renderedScope({ inStock: plan.inStock, near: counted.key });
  return countedAhead(plan) ? renderedScope({ categoryPath: plan.categoryPath, inStock: plan.inStock }) : undefined;
}

/**
 * Renders a scope's facets as its search would count them, for `catalog.facets_rendered`. Run
 * under the refresh's lock (search.service.ts askToRender): a write committed after its snapshot
 * keeps its mark, and the refresh that takes the mark drops the row.
 */
export function renderFacetsStatement(plan: SearchPlan, scope: RenderedScope): SQL {
  const groups = plan.near?.counted
    ? sql`${nearbyTable(plan.near.warehouses)},
        ga as materialized (${nearGroupsCounted(plan, plan.near.counted.key, plan.near.warehouses)})`
    : sql`m as (
          select l.category_path, l.attributes, l.min_price_minor as price
          from catalog.product_listing l
          where ${sql.join(filters(plan), sql` and `)}
        ), ga as materialized (${groupsCountedAhead(plan)})`;
  return sql`with ${groups}
    insert into catalog.facets_rendered (scope, category_path, total, facets)
    values (${scope.key}, ${scope.categoryPath}, ${totalOfGroups}, ${facetsOfGroups(plan.categoryPath)})
    on conflict (scope) do update
      set category_path = excluded.category_path, total = excluded.total, facets = excluded.facets,
          rendered_at = now()`;
}

/**
 * One statement, one snapshot: the matching set `m` (driven by the listing summary and the
 * listing's GIN indexes), then from it the page (offers and warehouses looked up for its rows
 * only), the total, and the facets.
 */
export function searchStatement(plan: SearchPlan): SQL {
  const { key, order, after } = ordering(plan);
  const ctes: SQL[] = [];
  const counted = plan.near?.counted;
  // Sorted by distance or price, the page may come from the nearby warehouses' stock (search.near.ts).
  const walk = plan.near && counted?.walk ? plan.near.warehouses : undefined;
  if (plan.near) {
    ctes.push(nearbyTable(plan.near.warehouses));
    if (plan.near.byWarehouse && !walk) ctes.push(nearbyProducts(plan.near.warehouses, plan.sort));
  }
  // With sellerId: that seller's active offer, joined (not looked up) so the seller's index may drive.
  const sellerOffer = plan.sellerId
    ? sql`join catalog.offers so on so.product_id = l.product_id and so.seller_id = ${plan.sellerId}::uuid
                                   and so.status = 'active'
      cross join lateral (
        select exists (select 1 from catalog.stock k where k.offer_id = so.id and k.on_hand > k.reserved) as in_stock
      ) sk`
    : sql``;
  const near = !plan.near
    ? sql``
    : plan.near.byWarehouse
      ? sql`join np nd on nd.product_id = l.product_id`
      : nearestOfListing(plan.near.warehouses, plan.sort);
  // Only the listing alone (no text, seller or distance) is inlined into the page and the facets,
  // and with `near` facets counted, into the page (its only reader): the page then may walk the
  // sort key's index and stop at the limit instead of sorting every match.
  const listingOnly = !plan.text && !plan.sellerId && !plan.near;
  if (walk) ctes.push(plan.sort === 'distance' ? nearDistancePage(plan, walk) : nearPricePage(plan, walk));
  else
    ctes.push(
      sql`m as ${listingOnly || counted ? sql`not materialized` : sql`materialized`} (
    select l.product_id as id, l.category_path, ${priceOf(plan)} as price,
           l.popularity, l.offer_count, l.attributes,
           ${plan.sort === 'relevance' ? relevanceKey(plan.text, plan.sellerId ? sql`sk.in_stock` : sql`l.in_stock`) : sql`0::float8`} as rank,
           ${plan.near ? sql`nd.d` : sql`null::float8`} as dist
    from catalog.product_listing l
    ${sellerOffer}
    ${near}
    where ${sql.join(filters(plan), sql` and `)}
  )`,
      sql`page as (select m.*, ${key}::float8 as k from m where ${after} order by ${order} limit ${plan.limit + 1})`,
    );
  // Total, price range, categories and attributes come from the matching rows grouped by
  // category and by their whole attribute object (far fewer than rows): counted ahead when the
  // filters allow, else in one pass over the matching set.
  ctes.push(sql`ga as materialized (${
    counted && plan.near
      ? nearGroupsCounted(plan, counted.key, plan.near.warehouses)
      : countedAhead(plan)
        ? groupsCountedAhead(plan)
        : sql`
    select category_path, attributes, count(*)::int as n, min(price) as lo, max(price) as hi
    from m group by category_path, attributes`
  }
  )`);

  // The offer at the matching set's price (the listing's lowest visible one, or sellerId's):
  // few candidates, each one's stock probed for existence only. With `near`, the offer at the
  // near price in stock near, with its seller's nearest warehouse that has it: one seller's both.
  const sellerOnly = plan.sellerId ? sql`and o.seller_id = ${plan.sellerId}::uuid` : sql``;
  const bestOffer = plan.near
    ? sql`cross join lateral (
      select o.id, o.seller_id, s.name as seller_name, o.price_minor, o.vat_rate, true as in_stock,
             nh.id as warehouse_id, nh.name as warehouse_name, nh.d as warehouse_d
      from catalog.offers o
      join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
      cross join lateral (
        select nw.id, nw.name, nw.d
        from catalog.stock k
        join nw on nw.id = k.warehouse_id
        where k.offer_id = o.id and k.on_hand > k.reserved
        order by nw.d, nw.id
        limit 1
      ) nh
      where o.product_id = page.id and o.price_minor = page.price and o.status = 'active' ${sellerOnly}
      order by nh.d, o.id
      limit 1
    ) bo`
    : sql`cross join lateral (
      select o.id, o.seller_id, s.name as seller_name, o.price_minor, o.vat_rate, st.in_stock
      from catalog.offers o
      join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
      cross join lateral (
        select exists (select 1 from catalog.stock k where k.offer_id = o.id and k.on_hand > k.reserved) as in_stock
      ) st
      where o.product_id = page.id and o.price_minor = page.price and o.status = 'active' and (o.backorder or st.in_stock)
        ${sellerOnly}
      order by o.price_minor, o.id
      limit 1
    ) bo`;
  const nearestJson = plan.near
    ? sql`json_build_object('id', bo.warehouse_id, 'name', bo.warehouse_name, 'sellerId', bo.seller_id,
                           'distanceKm', ${kmToTenth(sql`bo.warehouse_d`)})`
    : sql`null`;
  const rendered = renderableScope(plan);
  if (rendered) ctes.push(renderedFacets(rendered));
  const facets = facetsOfGroups(plan.categoryPath);
  const pageRows = sql`(select * from page order by ${sql.raw(pageOrder(plan.sort))} limit ${plan.limit}) page`;

  // The answer's JSON text as the API sends it (docs/adr/0006): no parsing and no serializing in
  // Node. Only the cursor is added there, from `last` (the last shown row's sort key) when `more`.
  return sql`with ${sql.join(ctes, sql`, `)}
  select json_build_object(
    'items', (select coalesce(json_agg(json_build_object(
        'id', p.id, 'sku', p.sku, 'ean', p.ean, 'name', p.name, 'brand', p.brand, 'categoryId', p.category_id,
        'unit', p.unit, 'packSize', trim_scale(p.pack_size)::text, 'attributes', p.attributes, 'images', p.images,
        'bestOffer', json_build_object('id', bo.id, 'sellerId', bo.seller_id, 'sellerName', bo.seller_name,
                                       'priceMinor', bo.price_minor, 'vatRate', bo.vat_rate, 'inStock', bo.in_stock),
        'offerCount', page.offer_count,
        'nearestWarehouse', ${nearestJson}) order by ${sql.raw(pageOrder(plan.sort))}), '[]'::json)
     from ${pageRows}
     join catalog.products p on p.id = page.id
     ${bestOffer}),
    'total', ${rendered ? sql`coalesce((select total from rf), ${totalOfGroups})` : totalOfGroups},
    'facets', ${rendered ? sql`coalesce((select facets from rf), ${facets})` : facets}
  )::text as body,
  (select count(*) > ${plan.limit} from page) as more,
  (select json_build_array(page.k, page.price, page.id)::text
     from ${pageRows} order by ${sql.raw(reverseOrder(plan.sort))} limit 1) as last,
  ${rendered ? isRendered(rendered) : sql`true`} as rendered`;
}

function pageOrder(sort: SearchSort): string {
  return descending(sort) ? 'page.k desc, page.price, page.id' : 'page.k, page.price, page.id';
}

/** The page's order backwards: its first row is the page's last. */
function reverseOrder(sort: SearchSort): string {
  return descending(sort) ? 'page.k, page.price desc, page.id desc' : 'page.k desc, page.price desc, page.id desc';
}
