import type { VatRate } from '../../../shared/tax-regimes.js';
import { DAY_MS, roundOfferPrice, rngFor } from './catalog-seed-steps.js';
import { DEMO_CATEGORIES, type DemoProduct } from './demo-catalog-data.js';
import { decimal } from './demo-product-spec.js';
import { regionOf, regionVatRate } from './demo-warehouses.js';

export interface PlannedOffer {
  productIndex: number;
  sellerIndex: number;
  priceMinor: number;
  vatRate: VatRate;
  minQty: string;
  step: string;
  status: 'active' | 'paused';
  backorder: boolean;
  /** On hand per warehouse of the seller, in the seller's warehouse order. */
  stock: string[];
  /** Oldest first; the last point is the current price. */
  history: { at: Date; priceMinor: number }[];
}

export const HISTORY_DAYS = 245;

const topOf = new Map(DEMO_CATEGORIES.map((c) => [c.slug, c.path.split('/')[1]!]));

/** How much of the catalog's demand a top category gets: cement and sand sell every day. */
const DEMAND_WEIGHT: Record<string, number> = {
  'cement-i-smesi': 3,
  'pesok-scheben': 2.5,
  kirpich: 2,
  'gazobeton-i-bloki': 2,
  'armatura-i-metalloprokat': 1.6,
  'gipsokarton-i-profili': 1.6,
  utepliteli: 1.4,
  krovlya: 1.3,
  krepezh: 1.3,
};

/**
 * Which sellers offer each demo product, at what price, with what stock and price history:
 * a pure function of the product list, the number of sellers and their warehouses, and `now`.
 */
export function planDemoOffers(
  products: readonly DemoProduct[],
  warehouseCounts: readonly number[],
  now: Date,
): PlannedOffer[] {
  const sellerCount = warehouseCounts.length;
  if (sellerCount === 0) return [];
  const out: PlannedOffer[] = [];
  products.forEach((product, productIndex) => {
    const rng = rngFor(`${product.sku}:offers`);
    const r = rng();
    // About half the cards have a second seller, so customers can compare offers.
    const count = Math.min(sellerCount, r < 0.12 ? 3 : r < 0.5 ? 2 : 1);
    const first = Math.floor(rng() * sellerCount);
    for (let k = 0; k < count; k++) {
      const sellerIndex = (first + k) % sellerCount;
      const region = regionOf(sellerIndex);
      const priceMinor = roundOfferPrice(product.priceMinor * (0.92 + 0.16 * rng()));
      const status = rng() < 0.03 ? 'paused' : 'active';
      const backorder = rng() < 0.06;
      const key = `${product.sku}:${sellerIndex}`;
      out.push({
        productIndex,
        sellerIndex,
        priceMinor,
        vatRate: regionVatRate(region),
        minQty: product.minQty,
        step: product.step,
        status,
        backorder,
        stock: planStock(key, product, priceMinor, backorder, warehouseCounts[sellerIndex]!),
        history: planHistory(key, priceMinor, now),
      });
    }
  });
  return out;
}

/**
 * Goods a house is built of, bought by the pallet and the truck: a warehouse holds enough of them
 * for one house's estimate (17 000 bricks, 25 m³ of concrete from a plant, 160 m² of metal tile).
 */
const STOCK_SCALE: Record<string, number> = {
  kirpich: 5,
  'gazobeton-i-bloki': 5,
  'cement-i-smesi': 5,
  'beton-i-zhbi': 10,
  krovlya: 5,
  'armatura-i-metalloprokat': 3,
};

/** Whole sale steps, fewer of the dear ones: a warehouse holds 400 bags of glue but 5 radiators. */
function planStock(key: string, product: DemoProduct, priceMinor: number, backorder: boolean, warehouses: number) {
  const rng = rngFor(`${key}:stock`);
  const step = Number(product.step);
  const perStep = priceMinor * step;
  const maxSteps =
    (perStep < 30_000 ? 400 : perStep < 150_000 ? 120 : perStep < 600_000 ? 40 : perStep < 3_000_000 ? 15 : 5) *
    (STOCK_SCALE[topOf.get(product.categorySlug) ?? ''] ?? 1);
  const out: string[] = [];
  for (let w = 0; w < warehouses; w++) {
    // Backorder offers are mostly sold to order, so mostly without stock.
    const empty = rng() < (backorder ? 0.7 : 0.12);
    const steps = empty ? 0 : 1 + Math.floor(rng() * maxSteps);
    out.push(decimal(steps * step, 3));
  }
  return out;
}

/**
 * A point every 7–20 days back to 245 days ago (35 weeks: enough for a price forecast, which
 * needs 30 weekly points), each step back undoing a drift of −3…+4 % (prices crept up, as
 * construction prices did); the last point is today's price.
 */
function planHistory(key: string, priceMinor: number, now: Date): { at: Date; priceMinor: number }[] {
  const rng = rngFor(`${key}:history`);
  const minute = 60_000;
  const start = now.getTime() - HISTORY_DAYS * DAY_MS;
  let at = now.getTime() - Math.floor(rng() * 4 * DAY_MS);
  let price = priceMinor;
  const points = [{ at, priceMinor: price }];
  for (;;) {
    at -= (7 + rng() * 13) * DAY_MS;
    price = roundOfferPrice(price / (1 + (rng() * 0.07 - 0.03)));
    if (at <= start) break;
    points.push({ at: Math.floor(at / minute) * minute, priceMinor: price });
  }
  // The offer was listed when the history starts.
  points.push({ at: start, priceMinor: price });
  return points.reverse().map((p) => ({ at: new Date(p.at), priceMinor: p.priceMinor }));
}

/** A demo popularity score (0–300), so that sorting by popularity shows staples first. */
export function planPopularity(product: DemoProduct): number {
  const weight = DEMAND_WEIGHT[topOf.get(product.categorySlug) ?? ''] ?? 1;
  return Math.floor(rngFor(`${product.sku}:popularity`)() * 100 * weight);
}
