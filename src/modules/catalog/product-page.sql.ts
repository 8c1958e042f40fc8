import { sql, type SQL } from 'drizzle-orm';
import { prepared, type Executor } from '../../shared/db/database.js';
import type { Point } from '../../shared/geo.js';
import { kmToTenth } from './search.sql.js';

/** An ISO 8601 UTC instant to the millisecond, as `Date.toISOString()` writes it. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Great-circle km to 0.1 from `near` (earthdistance, as search's nearest warehouse: the page and
 * the results agree), or null without `near`.
 */
function distanceKm(near: boolean): SQL {
  if (!near) return sql`null`;
  const here = sql`ll_to_earth(${sql.placeholder('lat')}::float8, ${sql.placeholder('lon')}::float8)`;
  return kmToTenth(sql`earth_distance(ll_to_earth(w.lat, w.lon), ${here})`);
}

/**
 * The whole product page — the card, every active offer of an approved seller (cheapest first)
 * with its stock per warehouse — as JSON text in one prepared statement, so the server neither
 * plans, maps rows nor serializes: the page costs one round trip (bench/README.md, product page).
 * Decimals lose trailing zeros (shared/decimal.ts normalizeDecimal), times are UTC to the
 * millisecond. No row: no such product.
 */
export async function readProductPage(ex: Executor, id: string, near?: Point): Promise<string | undefined> {
  const query = near
    ? prepared(ex, 'catalog_product_page_near', (db) => pageQuery(db, true))
    : prepared(ex, 'catalog_product_page', (db) => pageQuery(db, false));
  const [row] = (await query.execute({ id, lat: near?.lat, lon: near?.lon })) as { page: string }[];
  return row?.page;
}

function pageQuery(db: Executor, near: boolean) {
  return db
    .select({ page: sql<string>`${pageJson(near)}::text` })
    .from(sql`catalog.products p`)
    .where(sql`p.id = ${sql.placeholder('id')}::uuid`);
}

function pageJson(near: boolean): SQL {
  return sql`json_build_object(
      'id', p.id, 'sku', p.sku, 'ean', p.ean, 'name', p.name, 'description', p.description, 'brand', p.brand,
      'categoryId', p.category_id, 'unit', p.unit, 'packSize', trim_scale(p.pack_size)::text,
      'weightKg', trim_scale(p.weight_kg)::text, 'volumeM3', trim_scale(p.volume_m3)::text,
      'attributes', p.attributes, 'images', p.images,
      'createdAt', ${iso(sql`p.created_at`)}, 'updatedAt', ${iso(sql`p.updated_at`)},
      'offers', coalesce((
        select json_agg(json_build_object(
            'id', o.id, 'sellerId', o.seller_id, 'sellerName', s.name, 'priceMinor', o.price_minor,
            'vatRate', o.vat_rate, 'minQty', trim_scale(o.min_qty)::text, 'step', trim_scale(o.step)::text,
            'backorder', o.backorder, 'inStock', coalesce(st.in_stock, false), 'stock', coalesce(st.rows, '[]'::json))
          order by o.price_minor, o.id)
        from catalog.offers o
        join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
        left join lateral (
          select bool_or(k.on_hand > k.reserved) as in_stock,
                 json_agg(json_build_object(
                   'warehouseId', w.id, 'name', w.name, 'code', w.code, 'address', w.address, 'pickup', w.pickup,
                   'lat', w.lat, 'lon', w.lon, 'available', trim_scale(k.on_hand - k.reserved)::text,
                   'distanceKm', ${distanceKm(near)}) order by w.code) as rows
          from catalog.stock k
          join catalog.warehouses w on w.id = k.warehouse_id
          where k.offer_id = o.id
        ) st on true
        where o.product_id = p.id and o.status = 'active'
      ), '[]'::json)
    )`;
}
