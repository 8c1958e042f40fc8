import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { haversineKm } from '../../../shared/geo.js';
import type { HistoryRegion } from './customers.js';

/**
 * What the generator builds orders from: the catalog's products with their active offers of
 * approved sellers, the sellers' warehouses and requisites. Read once, set-based.
 */
export interface SnapOffer {
  id: string;
  productId: string;
  sellerId: string;
  priceMinor: number;
  vatRate: string;
  minQty: string;
  step: string;
}

export interface SnapProduct {
  id: string;
  sku: string;
  name: string;
  unit: string;
  weightKg: string;
  volumeM3: string;
  categorySlug: string;
  categoryPath: string;
  offers: SnapOffer[];
}

export interface SnapWarehouse {
  id: string;
  sellerId: string;
  name: string;
  address: string;
  lat: number;
  lon: number;
  pickup: boolean;
}

/** The seller's requisites as sub-orders freeze them (the orders module's SellerRequisites shape). */
export interface Requisites {
  name: string;
  inn: string | null;
  kpp: string | null;
  address: string | null;
  taxRegime?: string;
  bank: { bankName: string; bik: string; corrAccount: string; account: string } | null;
}

export interface SnapSeller {
  id: string;
  name: string;
  region: HistoryRegion | null;
  requisites: Requisites;
  warehouses: SnapWarehouse[];
}

export interface Snapshot {
  products: SnapProduct[];
  bySlug: Map<string, SnapProduct[]>;
  sellers: Map<string, SnapSeller>;
}

const CENTRES: Record<HistoryRegion, { lat: number; lon: number }> = {
  moscow: { lat: 55.7558, lon: 37.6173 },
  spb: { lat: 59.9386, lon: 30.3141 },
};

/** The region of the seller's first warehouse, when it is within 250 km of Москва or Санкт-Петербург. */
function regionNear(p: { lat: number; lon: number }): HistoryRegion | null {
  for (const r of ['moscow', 'spb'] as const) if (haversineKm(p, CENTRES[r]) <= 250) return r;
  return null;
}

export async function readSnapshot(ex: Executor): Promise<Snapshot> {
  const rows = await queryRows<{
    product_id: string;
    sku: string;
    name: string;
    unit: string;
    weight_kg: string;
    volume_m3: string;
    slug: string;
    path: string;
    offer_id: string;
    seller_id: string;
    price_minor: string | number;
    vat_rate: string;
    min_qty: string;
    step: string;
  }>(
    ex,
    sql`select p.id as product_id, p.sku, p.name, p.unit, p.weight_kg::text, p.volume_m3::text, c.slug, c.path,
               o.id as offer_id, o.seller_id, o.price_minor, o.vat_rate, o.min_qty::text, o.step::text
        from catalog.products p
        join catalog.categories c on c.id = p.category_id
        join catalog.offers o on o.product_id = p.id and o.status = 'active'
        join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
        where p.sku is not null
        order by p.sku, s.name, o.seller_id`,
  );
  const products: SnapProduct[] = [];
  const byId = new Map<string, SnapProduct>();
  for (const r of rows) {
    let p = byId.get(r.product_id);
    if (!p) {
      p = {
        id: r.product_id,
        sku: r.sku,
        name: r.name,
        unit: r.unit,
        weightKg: r.weight_kg,
        volumeM3: r.volume_m3,
        categorySlug: r.slug,
        categoryPath: r.path,
        offers: [],
      };
      byId.set(p.id, p);
      products.push(p);
    }
    p.offers.push({
      id: r.offer_id,
      productId: r.product_id,
      sellerId: r.seller_id,
      priceMinor: Number(r.price_minor),
      vatRate: r.vat_rate,
      minQty: r.min_qty,
      step: r.step,
    });
  }
  const bySlug = new Map<string, SnapProduct[]>();
  for (const p of products) bySlug.set(p.categorySlug, [...(bySlug.get(p.categorySlug) ?? []), p]);
  return { products, bySlug, sellers: await readSellers(ex) };
}

async function readSellers(ex: Executor): Promise<Map<string, SnapSeller>> {
  const sellers = await queryRows<{
    id: string;
    name: string;
    company_name: string | null;
    company_inn: string | null;
    company_kpp: string | null;
    company_address: string | null;
    bank_name: string | null;
    bank_bik: string | null;
    bank_corr_account: string | null;
    bank_account: string | null;
  }>(
    ex,
    sql`select s.id, s.name, u.company_name, u.company_inn, u.company_kpp, u.company_address,
               u.bank_name, u.bank_bik, u.bank_corr_account, u.bank_account
        from catalog.sellers s left join users.users u on u.id = s.id
        where s.status = 'approved' order by s.name, s.id`,
  );
  const warehouses = await queryRows<SnapWarehouse & { seller_id: string }>(
    ex,
    sql`select id, seller_id, name, address, lat, lon, pickup from catalog.warehouses order by seller_id, code`,
  );
  const out = new Map<string, SnapSeller>();
  for (const s of sellers) {
    const own = warehouses
      .filter((w) => w.seller_id === s.id)
      .map((w) => ({ ...w, sellerId: w.seller_id, lat: Number(w.lat), lon: Number(w.lon) }));
    if (own.length === 0) continue;
    const bank =
      s.bank_name && s.bank_bik && s.bank_corr_account && s.bank_account
        ? { bankName: s.bank_name, bik: s.bank_bik, corrAccount: s.bank_corr_account, account: s.bank_account }
        : null;
    out.set(s.id, {
      id: s.id,
      name: s.company_name ?? s.name,
      region: regionNear(own[0]!),
      requisites: {
        name: s.company_name ?? s.name,
        inn: s.company_inn,
        kpp: s.company_kpp,
        address: s.company_address,
        bank,
      },
      warehouses: own,
    });
  }
  return out;
}
