import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../shared/db/database.js';
import {
  SEED_LOCK_KEY,
  ensureCategories,
  ensureSellers,
  ensureWarehouses,
  type SeedSeller,
} from './catalog-seed-steps.js';
import { DEMO_PRODUCTS } from './demo-catalog-data.js';
import { regionOf, regionVatRate } from './demo-warehouses.js';
import { refreshListingsWhere } from '../listing.repository.js';

const OFFERS_PER_PRODUCT = 3;

/**
 * A uniform number in [0, 1) from a row key and a salt, computed in the database, so that
 * 100 000 products need no per-row round trip and the same key always gives the same draw.
 */
function rnd(key: SQL, salt: number): SQL {
  return sql`((hashtext((${key})::text || ':' || ${sql.raw(String(salt))}) :: bigint + 2147483648) / 4294967296.0)`;
}

/** Offer prices as tags show them (see roundOfferPrice): 10 kopecks under 100 ₽, roubles above. */
function tagKopecks(raw: SQL): SQL {
  return sql`(case when ${raw} < 10000 then greatest(10, round(${raw} / 10) * 10) else round(${raw} / 100) * 100 end)::bigint`;
}

/**
 * A benchmark catalog: `productCount` variants of the demo cards (SKUs `BIG-000001`, … after
 * any already there), each offered by exactly three sellers with stock in every warehouse of
 * the seller and three price-history points. Sellers missing for three offers are made up
 * (approved, with warehouses in Kazan, Ekaterinburg, …). All set-based SQL in one transaction.
 */
export async function seedLargeCatalog(
  db: Db,
  sellers: readonly SeedSeller[],
  productCount: number,
): Promise<{ products: number; offers: number }> {
  const count = Math.max(0, Math.floor(productCount));
  if (count === 0) return { products: 0, offers: 0 };
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`);
    const all = [...sellers];
    for (let i = all.length; i < OFFERS_PER_PRODUCT; i++)
      all.push({ id: randomUUID(), name: regionOf(i).syntheticName });
    await ensureSellers(tx, all);
    const sellerValues: SQL[] = [];
    const warehouseValues: SQL[] = [];
    for (const [i, seller] of all.entries()) {
      const { warehouses } = await ensureWarehouses(tx, seller.id, i);
      sellerValues.push(sql`(${i}::int, ${seller.id}::uuid, ${regionVatRate(regionOf(i))}::text)`);
      warehouses.forEach((w, ord) => warehouseValues.push(sql`(${seller.id}::uuid, ${w.id}::uuid, ${ord}::int)`));
    }
    const { ids: categoryIds } = await ensureCategories(tx);
    const templates = DEMO_PRODUCTS.map((p, i) => ({
      i,
      name: p.name,
      description: p.description,
      brand: p.brand,
      category_id: categoryIds.get(p.categorySlug)!,
      unit: p.unit,
      pack_size: p.packSize,
      weight_kg: p.weightKg,
      volume_m3: p.volumeM3,
      attributes: p.attributes,
      price_minor: p.priceMinor,
      min_qty: p.minQty,
      step: p.step,
    }));
    const tcount = templates.length;
    const [last] = (
      (await tx.execute(sql`
        select coalesce(max(substring(sku from 5)::bigint), 0)::bigint as n
        from catalog.products where sku ~ '^BIG-[0-9]+$'`)) as unknown as { rows: { n: number | string }[] }
    ).rows;
    const start = Number(last?.n ?? 0);

    await tx.execute(sql`
      create temp table seed_big_tpl on commit drop as
      select * from jsonb_to_recordset(${JSON.stringify(templates)}::jsonb) as t(
        i int, name text, description text, brand text, category_id uuid, unit text, pack_size numeric,
        weight_kg numeric, volume_m3 numeric, attributes jsonb, price_minor bigint, min_qty numeric, step numeric)`);
    await tx.execute(sql`
      create temp table seed_big_sellers (idx int, seller_id uuid, vat_rate text) on commit drop`);
    await tx.execute(sql`insert into seed_big_sellers values ${sql.join(sellerValues, sql`, `)}`);
    await tx.execute(sql`
      create temp table seed_big_wh (seller_id uuid, warehouse_id uuid, ord int) on commit drop`);
    await tx.execute(sql`insert into seed_big_wh values ${sql.join(warehouseValues, sql`, `)}`);
    await tx.execute(sql`
      create temp table seed_big_new on commit drop as
      select g::bigint as n, gen_random_uuid() as product_id, ((g - 1) % ${tcount}::int)::int as tpl
      from generate_series(${start + 1}::bigint, ${start + count}::bigint) as g`);

    await tx.execute(sql`
      insert into catalog.products
        (id, sku, name, description, brand, category_id, unit, pack_size, weight_kg, volume_m3, attributes)
      select n.product_id,
             'BIG-' || lpad(n.n::text, greatest(6, length(n.n::text)), '0'),
             t.name || ', серия ' || ((n.n - 1) / ${tcount}::int + 1),
             t.description, t.brand, t.category_id, t.unit, t.pack_size, t.weight_kg, t.volume_m3, t.attributes
      from seed_big_new n join seed_big_tpl t on t.i = n.tpl`);

    const offerKey = sql`(n.n * ${OFFERS_PER_PRODUCT}::int + k.k)`;
    await tx.execute(sql`
      create temp table seed_big_offers on commit drop as
      select gen_random_uuid() as id, n.product_id, ${offerKey} as ok, s.seller_id, s.vat_rate, t.min_qty, t.step,
             ${tagKopecks(sql`(t.price_minor * (0.9 + 0.2 * ${rnd(offerKey, 1)}))`)} as price_minor,
             ${rnd(offerKey, 2)} < 0.01 as paused,
             ${rnd(offerKey, 3)} < 0.03 as backorder
      from seed_big_new n
      join seed_big_tpl t on t.i = n.tpl
      cross join generate_series(0, ${OFFERS_PER_PRODUCT - 1}::int) as k(k)
      join seed_big_sellers s on s.idx = (n.n + k.k) % ${all.length}::int`);
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    await tx.execute(sql`
      insert into catalog.offers
        (id, product_id, seller_id, price_minor, vat_rate, min_qty, step, status, backorder, created_at, updated_at)
      select o.id, o.product_id, o.seller_id, o.price_minor, o.vat_rate, o.min_qty, o.step,
             case when o.paused then 'paused' else 'active' end, o.backorder,
             ${nowSql} - interval '150 days', ${nowSql}
      from seed_big_offers o`);

    const stockKey = sql`(o.ok * 8 + w.ord)`;
    await tx.execute(sql`
      insert into catalog.stock (offer_id, warehouse_id, on_hand, updated_at)
      select o.id, w.warehouse_id,
             case when o.backorder or ${rnd(stockKey, 4)} < 0.12 then 0
                  else (1 + floor(${rnd(stockKey, 5)} * (case
                    when o.price_minor * o.step < 30000 then 400
                    when o.price_minor * o.step < 150000 then 120
                    when o.price_minor * o.step < 600000 then 40
                    when o.price_minor * o.step < 3000000 then 15
                    else 5 end))) * o.step end,
             ${nowSql}
      from seed_big_offers o join seed_big_wh w on w.seller_id = o.seller_id`);

    // Today's price, and 75 and 150 days ago each step back undoing a −3…+4 % drift.
    await tx.execute(sql`
      insert into catalog.price_history (offer_id, price_minor, vat_rate, at)
      select o.id,
             case when h.h = 0 then o.price_minor
                  else ${tagKopecks(sql`(o.price_minor / (1 + h.h * (${rnd(sql`(o.ok * 4 + h.h)`, 6)} * 0.07 - 0.03)))`)} end,
             o.vat_rate, ${nowSql} - make_interval(days => 75 * h.h)
      from seed_big_offers o cross join generate_series(0, 2) as h(h)`);

    await refreshListingsWhere(tx, sql`select product_id from seed_big_new`);
    // Statistics from before this transaction think the listing small: the join below would scan
    // it once per new product (hours on 100 000).
    await tx.execute(sql`analyze catalog.product_listing, seed_big_new`);
    await tx.execute(sql`
      update catalog.product_listing l set popularity = floor(${rnd(sql`n.n`, 7)} * 300)::int
      from seed_big_new n where l.product_id = n.product_id`);
  });
  // Fresh statistics, so the first benchmark queries get the plans they will have in production.
  await db.execute(
    sql`analyze catalog.products, catalog.offers, catalog.stock, catalog.price_history, catalog.product_listing`,
  );
  return { products: count, offers: count * OFFERS_PER_PRODUCT };
}
