import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../shared/db/database.js';
import { offers, priceHistory, products, stock } from '../catalog.tables.js';
import { refreshListings } from '../listing.repository.js';
import {
  DAY_MS,
  SEED_LOCK_KEY,
  catalogHasProducts,
  ensureCategories,
  ensureSellers,
  ensureWarehouses,
  insertBatched,
  type SeedSeller,
  type SeedWarehouse,
} from './catalog-seed-steps.js';
import { DEMO_PRODUCTS } from './demo-catalog-data.js';
import { HISTORY_DAYS, planDemoOffers, planPopularity } from './demo-offer-plan.js';

export { seedLargeCatalog } from './large-catalog-seed.js';
export type { SeedSeller } from './catalog-seed-steps.js';

export interface DemoCatalogCounts {
  categories: number;
  products: number;
  offers: number;
  warehouses: number;
}

const LISTING_BATCH = 500;

/**
 * Seeds the demo catalog — categories, ~700 products, the given sellers (approved) with
 * warehouses, offers, stock and 245 days of price history — in one transaction. Deterministic:
 * the same sellers in the same order give the same SKUs, offers and prices. Does nothing and
 * answers zeros when the catalog already has products.
 */
export async function seedDemoCatalog(
  db: Db,
  sellers: readonly SeedSeller[],
  opts: { now?: Date } = {},
): Promise<DemoCatalogCounts> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`);
    if (await catalogHasProducts(tx)) return { categories: 0, products: 0, offers: 0, warehouses: 0 };

    const { ids: categoryIds, created: categoriesCreated } = await ensureCategories(tx);
    await ensureSellers(tx, sellers);
    const sellerWarehouses: SeedWarehouse[][] = [];
    let warehousesCreated = 0;
    for (const [index, seller] of sellers.entries()) {
      const { warehouses, created } = await ensureWarehouses(tx, seller.id, index);
      sellerWarehouses.push(warehouses);
      warehousesCreated += created;
    }

    // Cards appear a day before their offers' history starts.
    const listedAt = new Date(now.getTime() - (HISTORY_DAYS + 1) * DAY_MS);
    const productIds = DEMO_PRODUCTS.map(() => randomUUID());
    await insertBatched(
      tx,
      products,
      DEMO_PRODUCTS.map((p, i) => ({
        id: productIds[i],
        sku: p.sku,
        ean: p.ean,
        name: p.name,
        description: p.description,
        brand: p.brand,
        categoryId: categoryIds.get(p.categorySlug)!,
        unit: p.unit,
        packSize: p.packSize,
        weightKg: p.weightKg,
        volumeM3: p.volumeM3,
        attributes: p.attributes,
        createdBy: null,
        createdAt: listedAt,
        updatedAt: listedAt,
      })),
    );

    const plan = planDemoOffers(
      DEMO_PRODUCTS,
      sellerWarehouses.map((w) => w.length),
      now,
    );
    const offerRows: (typeof offers.$inferInsert)[] = [];
    const stockRows: (typeof stock.$inferInsert)[] = [];
    const historyRows: (typeof priceHistory.$inferInsert)[] = [];
    for (const o of plan) {
      const id = randomUUID();
      const first = o.history[0]!;
      const last = o.history[o.history.length - 1]!;
      offerRows.push({
        id,
        productId: productIds[o.productIndex]!,
        sellerId: sellers[o.sellerIndex]!.id,
        priceMinor: o.priceMinor,
        vatRate: o.vatRate,
        minQty: o.minQty,
        step: o.step,
        status: o.status,
        backorder: o.backorder,
        createdAt: first.at,
        updatedAt: last.at,
      });
      o.stock.forEach((onHand, w) => {
        stockRows.push({ offerId: id, warehouseId: sellerWarehouses[o.sellerIndex]![w]!.id, onHand, updatedAt: now });
      });
      for (const h of o.history)
        historyRows.push({ offerId: id, priceMinor: h.priceMinor, vatRate: o.vatRate, at: h.at });
    }
    await insertBatched(tx, offers, offerRows);
    await insertBatched(tx, stock, stockRows);
    await insertBatched(tx, priceHistory, historyRows);

    for (let i = 0; i < productIds.length; i += LISTING_BATCH) {
      await refreshListings(tx, productIds.slice(i, i + LISTING_BATCH));
    }
    await setDemoPopularity(tx, productIds);

    return {
      categories: categoriesCreated,
      products: productIds.length,
      offers: offerRows.length,
      warehouses: warehousesCreated,
    };
  });
}

/** Refreshing listings leaves popularity alone; the demo gives it values so sorting by it shows something. */
async function setDemoPopularity(ex: Executor, productIds: readonly string[]): Promise<void> {
  for (let i = 0; i < productIds.length; i += LISTING_BATCH) {
    const values = productIds
      .slice(i, i + LISTING_BATCH)
      .map((id, j) => sql`(${id}::uuid, ${planPopularity(DEMO_PRODUCTS[i + j]!)}::int)`);
    await ex.execute(sql`
      update catalog.product_listing l set popularity = v.popularity
      from (values ${sql.join(values, sql`, `)}) as v(product_id, popularity)
      where l.product_id = v.product_id`);
  }
}
