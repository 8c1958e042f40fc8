import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/context.js';
import { queryRows, type Database } from '../../../shared/db/database.js';
import { UNITS } from '../catalog.tables.js';
import { refreshListings } from '../listing.repository.js';
import { seedDemoCatalog, seedLargeCatalog, type DemoCatalogCounts } from '../seed/catalog-seed.js';
import { isValidEan13 } from '../seed/demo-catalog-data.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const demoSellers = () => [
  { id: randomUUID(), name: 'ООО «СтройБаза»' },
  { id: randomUUID(), name: 'ООО «Кирпичный Двор»' },
];

interface OfferLine {
  sku: string;
  seller: string;
  price_minor: number;
  vat_rate: string;
  status: string;
  backorder: boolean;
  history: number[];
}

/** Everything the seed decides, keyed by what does not depend on random ids. */
function offerLines(database: Database): Promise<OfferLine[]> {
  return queryRows<OfferLine>(
    database.db,
    sql`select p.sku, s.name as seller, o.price_minor::int as price_minor, o.vat_rate, o.status, o.backorder,
               (select array_agg(h.price_minor::int order by h.at) from catalog.price_history h where h.offer_id = o.id) as history
        from catalog.offers o
        join catalog.products p on p.id = o.product_id
        join catalog.sellers s on s.id = o.seller_id
        order by p.sku, s.name`,
  );
}

describe('demo catalog seed', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let counts: DemoCatalogCounts;
  const sellers = demoSellers();

  beforeAll(async () => {
    ({ database, drop } = await openTestDatabase());
    counts = await seedDemoCatalog(database.db, sellers, { now: NOW });
  });
  afterAll(async () => drop());

  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

  it('seeds at least 400 products in a tree of at least 15 top-level categories', async () => {
    expect(counts.products).toBeGreaterThanOrEqual(400);
    expect(counts.categories).toBeGreaterThanOrEqual(15);
    expect(counts.warehouses).toBe(6);
    const [c] = await rows<{ products: number; top: number; leaves_used: number }>(sql`
      select (select count(*)::int from catalog.products) as products,
             (select count(*)::int from catalog.categories where parent_id is null) as top,
             (select count(distinct category_id)::int from catalog.products) as leaves_used`);
    expect(c!.products).toBe(counts.products);
    expect(c!.top).toBeGreaterThanOrEqual(15);
    expect(c!.leaves_used).toBeGreaterThanOrEqual(15);
    const bad = await rows<{ slug: string }>(sql`
      select c.slug from catalog.categories c left join catalog.categories parent on parent.id = c.parent_id
      where c.slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'
         or c.path <> coalesce(parent.path, '/') || c.slug || '/'`);
    expect(bad).toEqual([]);
    const [cement] = await rows<{ path: string }>(sql`select path from catalog.categories where slug = 'cement'`);
    expect(cement!.path).toBe('/cement-i-smesi/cement/');
  });

  it('gives every product a listing, and at least 95 % of them a visible offer', async () => {
    const [l] = await rows<{ products: number; listed: number; offered: number }>(sql`
      select count(*)::int as products,
             count(l.product_id)::int as listed,
             count(*) filter (where l.offer_count > 0)::int as offered
      from catalog.products p left join catalog.product_listing l on l.product_id = p.id`);
    expect(l!.listed).toBe(l!.products);
    expect(l!.offered / l!.products).toBeGreaterThanOrEqual(0.95);
  });

  it('offers each product from one or both sellers, within ±10 % of each other', async () => {
    const perProduct = await rows<{ n: number; spread: number }>(sql`
      select count(*)::int as n, (max(price_minor)::float / min(price_minor)) as spread
      from catalog.offers group by product_id`);
    expect(perProduct.length).toBe(counts.products);
    expect(perProduct.some((p) => p.n === 2)).toBe(true);
    expect(perProduct.every((p) => p.n >= 1 && p.n <= 2 && p.spread <= 1.2)).toBe(true);
    const [o] = await rows<{ offers: number; paused: number; backorder: number }>(sql`
      select count(*)::int as offers,
             count(*) filter (where status = 'paused')::int as paused,
             count(*) filter (where backorder)::int as backorder
      from catalog.offers`);
    expect(o!.offers).toBe(counts.offers);
    expect(o!.paused).toBeGreaterThan(0);
    expect(o!.backorder).toBeGreaterThan(0);
    // Each seller offers at its regime's rate: Москва a VAT payer at 22 %, Санкт-Петербург on УСН at 5 %.
    const rates = await rows<{ seller: string; vat_rate: string; regimes: unknown }>(sql`
      select distinct s.name as seller, o.vat_rate, s.tax_regimes as regimes
      from catalog.offers o join catalog.sellers s on s.id = o.seller_id order by s.name`);
    expect(rates).toEqual([
      {
        seller: 'ООО «Кирпичный Двор»',
        vat_rate: '5',
        regimes: [{ regime: 'usn_vat_5', from: new Date(0).toISOString() }],
      },
      { seller: 'ООО «СтройБаза»', vat_rate: '22', regimes: [] },
    ]);
  });

  it('sells bricks by whole pallets and sand by half cubic metres', async () => {
    const [brick] = await rows<{ pack_size: string; min_qty: string; step: string }>(sql`
      select p.pack_size, o.min_qty, o.step from catalog.products p join catalog.offers o on o.product_id = p.id
      where p.name like 'Кирпич керамический облицовочный Braer 1НФ%' limit 1`);
    expect(Number(brick!.pack_size)).toBe(480);
    expect(Number(brick!.min_qty)).toBe(480);
    expect(Number(brick!.step)).toBe(480);
    const [sand] = await rows<{ unit: string; step: string }>(sql`
      select p.unit, o.step from catalog.products p join catalog.offers o on o.product_id = p.id
      where p.name = 'Песок карьерный' limit 1`);
    expect(sand).toEqual({ unit: 'м³', step: '0.500' });
  });

  it('ends every price history at the current price, 245 days long', async () => {
    const offers = await rows<{
      price_minor: number;
      last_price: number;
      first_at: Date;
      last_at: Date;
      points: number;
    }>(sql`
      select o.price_minor::int as price_minor,
             (select h.price_minor::int from catalog.price_history h where h.offer_id = o.id order by h.at desc limit 1) as last_price,
             (select min(h.at) from catalog.price_history h where h.offer_id = o.id) as first_at,
             (select max(h.at) from catalog.price_history h where h.offer_id = o.id) as last_at,
             (select count(*)::int from catalog.price_history h where h.offer_id = o.id) as points
      from catalog.offers o`);
    for (const o of offers) {
      expect(o.last_price).toBe(o.price_minor);
      expect(new Date(o.first_at).getTime()).toBe(NOW.getTime() - 245 * DAY);
      expect(NOW.getTime() - new Date(o.last_at).getTime()).toBeLessThanOrEqual(4 * DAY);
      expect(o.points).toBeGreaterThanOrEqual(12);
    }
  });

  it('keeps units in the ОКЕИ list, weights and volumes positive, SKUs unique and EANs valid', async () => {
    const products = await rows<{
      sku: string;
      ean: string | null;
      unit: string;
      weight_kg: string;
      volume_m3: string;
    }>(sql`select sku, ean, unit, weight_kg, volume_m3 from catalog.products`);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    for (const p of products) {
      expect(UNITS).toContain(p.unit);
      expect(Number(p.weight_kg)).toBeGreaterThan(0);
      expect(Number(p.volume_m3)).toBeGreaterThan(0);
    }
    const eans = products.flatMap((p) => (p.ean ? [p.ean] : []));
    expect(eans.length).toBeGreaterThan(100);
    expect(eans.filter((e) => !isValidEan13(e))).toEqual([]);
    expect(new Set(eans).size).toBe(eans.length);
  });

  it('puts the warehouses around Moscow and Saint Petersburg with stock for every offer', async () => {
    const warehouses = await rows<{ seller_id: string; code: string; lat: number; lon: number }>(
      sql`select seller_id, code, lat, lon from catalog.warehouses order by code`,
    );
    const near = (lat: number, lon: number, w: { lat: number; lon: number }) =>
      Math.abs(w.lat - lat) < 0.5 && Math.abs(w.lon - lon) < 0.5;
    const msk = warehouses.filter((w) => w.seller_id === sellers[0]!.id);
    const spb = warehouses.filter((w) => w.seller_id === sellers[1]!.id);
    expect(msk.map((w) => w.code)).toEqual(['MSK-1', 'MSK-2', 'MSK-3']);
    expect(msk.every((w) => near(55.75, 37.62, w))).toBe(true);
    expect(spb.map((w) => w.code)).toEqual(['SPB-1', 'SPB-2', 'SPB-3']);
    expect(spb.every((w) => near(59.94, 30.31, w))).toBe(true);
    const [s] = await rows<{ rows: number; expected: number; reserved: number; zero: number }>(sql`
      select (select count(*)::int from catalog.stock) as rows,
             (select count(*)::int from catalog.offers o join catalog.warehouses w on w.seller_id = o.seller_id) as expected,
             (select count(*)::int from catalog.stock where reserved <> 0) as reserved,
             (select count(*)::int from catalog.stock where on_hand = 0) as zero`);
    expect(s!.rows).toBe(s!.expected);
    expect(s!.reserved).toBe(0);
    expect(s!.zero).toBeGreaterThan(0);
    const [sellerRows] = await rows<{ n: number }>(
      sql`select count(*)::int as n from catalog.sellers where status = 'approved'`,
    );
    expect(sellerRows!.n).toBe(2);
  });

  it('changes nothing when run again', async () => {
    const before = await offerLines(database);
    const again = await seedDemoCatalog(database.db, sellers, { now: NOW });
    expect(again).toEqual({ categories: 0, products: 0, offers: 0, warehouses: 0 });
    const [c] = await rows<{ products: number; categories: number; warehouses: number }>(sql`
      select (select count(*)::int from catalog.products) as products,
             (select count(*)::int from catalog.categories) as categories,
             (select count(*)::int from catalog.warehouses) as warehouses`);
    expect(c).toEqual({ products: counts.products, categories: counts.categories, warehouses: 6 });
    expect(await offerLines(database)).toEqual(before);
  });

  it('is deterministic: a fresh database gets the same SKUs, offers and prices', async () => {
    const other = await openTestDatabase();
    try {
      const otherCounts = await seedDemoCatalog(other.database.db, demoSellers(), { now: NOW });
      expect(otherCounts).toEqual(counts);
      const skus = (db: Database) =>
        queryRows<{ sku: string }>(db.db, sql`select sku from catalog.products order by sku`);
      expect(await skus(other.database)).toEqual(await skus(database));
      expect(await offerLines(other.database)).toEqual(await offerLines(database));
    } finally {
      await other.drop();
    }
  });

  it('adds a large benchmark catalog on top: three offers per product, listed like refreshListings would', async () => {
    const result = await seedLargeCatalog(database.db, sellers, 300);
    expect(result).toEqual({ products: 300, offers: 900 });
    const [c] = await rows<{
      products: number;
      offers: number;
      listed: number;
      sellers: number;
      min_sku: string;
      max_sku: string;
    }>(sql`
      select count(distinct p.id)::int as products, count(o.id)::int as offers,
             count(distinct l.product_id)::int as listed, count(distinct o.seller_id)::int as sellers,
             min(p.sku) as min_sku, max(p.sku) as max_sku
      from catalog.products p
      join catalog.offers o on o.product_id = p.id
      left join catalog.product_listing l on l.product_id = p.id
      where p.sku like 'BIG-%'`);
    // Two sellers given: a third, synthetic one (approved, with warehouses) makes up the three offers.
    expect(c).toEqual({
      products: 300,
      offers: 900,
      listed: 300,
      sellers: 3,
      min_sku: 'BIG-000001',
      max_sku: 'BIG-000300',
    });
    const [h] = await rows<{ bad: number; stockless: number }>(sql`
      select count(*) filter (where o.price_minor <> (select h.price_minor from catalog.price_history h
                                where h.offer_id = o.id order by h.at desc limit 1))::int as bad,
             count(*) filter (where not exists (select 1 from catalog.stock k where k.offer_id = o.id))::int as stockless
      from catalog.offers o join catalog.products p on p.id = o.product_id where p.sku like 'BIG-%'`);
    expect(h).toEqual({ bad: 0, stockless: 0 });

    const listing = () =>
      rows<Record<string, unknown>>(sql`
        select l.product_id, l.category_path, l.min_price_minor, l.offer_count, l.in_stock
        from catalog.product_listing l join catalog.products p on p.id = l.product_id
        where p.sku like 'BIG-%' order by l.product_id`);
    const setBased = await listing();
    const ids = setBased.map((r) => String(r.product_id));
    await refreshListings(database.db, ids);
    expect(await listing()).toEqual(setBased);
    expect(setBased.filter((r) => Number(r.offer_count) > 0).length).toBeGreaterThan(290);

    const more = await seedLargeCatalog(database.db, sellers, 5);
    expect(more).toEqual({ products: 5, offers: 15 });
    const [next] = await rows<{ max_sku: string }>(
      sql`select max(sku) as max_sku from catalog.products where sku like 'BIG-%'`,
    );
    expect(next!.max_sku).toBe('BIG-000305');
  });
});
