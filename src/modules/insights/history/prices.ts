import { sql } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { DAY_MS, offerHistory, type PricePoint } from './market.js';
import type { Snapshot } from './snapshot.js';

const BATCH = 5000;
const OFFERS_BATCH = 200;

/** Each active offer's weekly history (market.ts), keyed by offer id. */
export function planPrices(snap: Snapshot, now: Date): Map<string, PricePoint[]> {
  const out = new Map<string, PricePoint[]>();
  for (const p of snap.products) {
    for (const o of p.offers) {
      const seller = snap.sellers.get(o.sellerId);
      // Keyed by names, not ids: another database with the same catalog gets the same prices.
      const key = `${p.sku}:${seller?.name ?? o.sellerId}`;
      out.set(o.id, offerHistory(key, o.priceMinor, p.categoryPath, seller?.region ?? null, now));
    }
  }
  return out;
}

/**
 * Replaces the offers' price history with the weekly year (the catalog seed keeps half a year of
 * sparse points); the current prices stay as they are. Offers and cards listed later than the
 * first point are dated back to it, so nothing was sold before it was listed.
 */
export async function writePrices(ex: Executor, prices: ReadonlyMap<string, PricePoint[]>, snap: Snapshot) {
  const offerIds = [...prices.keys()];
  let first = Infinity;
  for (const points of prices.values()) first = Math.min(first, points[0]!.at.getTime());
  // One JSON row per offer (its weekly prices as an array); the instants are the same weeks for all.
  const rows: unknown[] = [];
  let points = 0;
  for (const p of snap.products) {
    for (const o of p.offers) {
      const series = prices.get(o.id);
      if (!series) continue;
      rows.push({
        id: o.id,
        vat: o.vatRate,
        at: series.map((pt) => pt.at.toISOString()),
        price: series.map((pt) => pt.priceMinor),
      });
      points += series.length;
    }
  }
  for (let i = 0; i < offerIds.length; i += BATCH) {
    const ids = JSON.stringify(offerIds.slice(i, i + BATCH));
    await ex.execute(sql`
      delete from catalog.price_history where offer_id in (select value::uuid from json_array_elements_text(${ids}::json))`);
  }
  for (let i = 0; i < rows.length; i += OFFERS_BATCH) {
    await ex.execute(sql`
      insert into catalog.price_history (offer_id, price_minor, vat_rate, at)
      select x.id, p.price, x.vat, p.at
      from json_to_recordset(${JSON.stringify(rows.slice(i, i + OFFERS_BATCH))}::json)
           as x(id uuid, vat text, at timestamptz[], price bigint[])
      cross join lateral unnest(x.price, x.at) as p(price, at)`);
  }
  if (offerIds.length === 0) return 0;
  const listed = new Date(first);
  const before = new Date(first - DAY_MS);
  const ids = JSON.stringify(offerIds);
  await ex.execute(sql`
    update catalog.offers set created_at = ${listed}
    where created_at > ${listed} and id in (select value::uuid from json_array_elements_text(${ids}::json))`);
  await ex.execute(sql`
    update catalog.products p set created_at = ${before}
    where p.created_at > ${before}
      and exists (select 1 from catalog.offers o where o.product_id = p.id and o.created_at <= ${listed})`);
  return points;
}
