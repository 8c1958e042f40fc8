/**
 * Pricing tests' own view of the demo catalog: every fitting offer of a material in every
 * warehouse, read with plain SQL and worked out here (not through the pricing's query), so a test
 * can say which offer the strategy should have chosen.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TestContext } from '../../../../test/context.js';
import { queryRows } from '../../../shared/db/database.js';
import type { MaterialMatch } from '../estimates/model.js';

export const DEMO_SELLERS = ['ООО «СтройБаза»', 'ООО «Кирпичный Двор»', 'ООО «Невский Стройторг»'];

export async function seedDemo(ctx: TestContext): Promise<void> {
  await ctx.app.modules.catalog.seedDemo(DEMO_SELLERS.map((name) => ({ id: randomUUID(), name })));
}

/** Thousandths as an integer. */
export const milli = (v: string): bigint => {
  const [w, f = ''] = v.split('.');
  return BigInt(w!) * 1000n + BigInt(f.padEnd(3, '0').slice(0, 3) || '0');
};
export const fromMilliStr = (m: bigint): string => {
  const frac = (m % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return `${m / 1000n}${frac ? `.${frac}` : ''}`;
};
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** The first point of the grid min, min+step, … at or above x (thousandths). */
export function onGrid(x: bigint, min: bigint, step: bigint): bigint {
  return x <= min ? min : min + ceilDiv(x - min, step) * step;
}

export interface Fit {
  offerId: string;
  sellerId: string;
  sellerName: string;
  warehouseId: string;
  lat: number;
  lon: number;
  priceMinor: number;
  packSize: string;
  orderQuantity: string;
  totalMinor: number;
  /** The warehouse has the whole order quantity. */
  enough: boolean;
}

/** Every (fitting offer, warehouse) of a material for `quantity` line units, enough stock or not. */
export async function fits(ctx: TestContext, match: MaterialMatch, quantity: string): Promise<Fit[]> {
  const rows = await queryRows<{
    offer_id: string;
    seller_id: string;
    seller_name: string;
    price_minor: string;
    min_qty: string;
    step: string;
    unit: string;
    attributes: Record<string, string>;
    warehouse_id: string;
    lat: number;
    lon: number;
    available: string;
  }>(
    ctx.database.db,
    sql`select o.id as offer_id, o.seller_id, s.name as seller_name, o.price_minor, o.min_qty::text, o.step::text,
               p.unit, p.attributes, k.warehouse_id, w.lat, w.lon, (k.on_hand - k.reserved)::text as available
        from catalog.offers o
        join catalog.products p on p.id = o.product_id
        join catalog.categories c on c.id = p.category_id
        join catalog.sellers s on s.id = o.seller_id
        join catalog.stock k on k.offer_id = o.id
        join catalog.warehouses w on w.id = k.warehouse_id
        where o.status = 'active' and s.status = 'approved'
          and exists (select 1 from catalog.categories r
                      where r.slug in (${sql.join(
                        match.categories.map((m) => sql`${m}`),
                        sql`, `,
                      )}) and c.path like r.path || '%')`,
  );
  const out: Fit[] = [];
  for (const r of rows) {
    if (!Object.entries(match.attributes ?? {}).every(([k, v]) => r.attributes[k] === v)) continue;
    const m = match.sale.find(
      (s) => s.unit === r.unit && (!s.attribute || /^\d+(\.\d+)?$/.test(r.attributes[s.attribute] ?? '')),
    );
    if (!m) continue;
    // Line units per sale unit in millionths, cut (demo attributes have at most 4 places).
    const psuMicro = BigInt(
      Math.floor(Number(m.attribute ? r.attributes[m.attribute] : '1') * (m.factor ?? 1) * 1e6 + 1e-6),
    );
    const packMilli = (psuMicro * milli(r.step)) / 1_000_000n;
    if (packMilli === 0n) continue;
    const packs = ceilDiv(milli(quantity), packMilli);
    const oq = onGrid(packs * milli(r.step), milli(r.min_qty), milli(r.step));
    out.push({
      offerId: r.offer_id,
      sellerId: r.seller_id,
      sellerName: r.seller_name,
      warehouseId: r.warehouse_id,
      lat: Number(r.lat),
      lon: Number(r.lon),
      priceMinor: Number(r.price_minor),
      packSize: fromMilliStr(packMilli),
      orderQuantity: fromMilliStr(oq),
      totalMinor: Number((BigInt(r.price_minor) * oq + 500n) / 1000n),
      enough: milli(r.available) >= oq,
    });
  }
  return out;
}

/** Cheapest first: line total, then price, then offer id (the documented order). */
export const byCost = (a: Fit, b: Fit) =>
  a.totalMinor - b.totalMinor || a.priceMinor - b.priceMinor || a.offerId.localeCompare(b.offerId);

/** Great-circle km on PostgreSQL's earth (the house's haversine, written out here). */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6378.168 * Math.asin(Math.min(1, Math.sqrt(h)));
}
