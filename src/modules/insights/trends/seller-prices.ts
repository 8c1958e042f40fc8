/**
 * A seller's prices against the market's (docs/insights.md, Market trends, mine): per product it
 * sold in the range, its own unit value (revenue ÷ units) against the market's median unit price;
 * overall, the revenue-weighted geometric mean of those ratios, so a product that earns the seller
 * more counts more and a price 10 % over and another 10 % under cancel out.
 */
import type { Executor } from '../../../shared/db/database.js';
import { trendsLookupApi } from './catalog-reads.js';
import { changePct } from './price-index.js';
import type { PriceVsMarketRow } from './trends.repository.js';
import type { TrendsView } from './trends.schemas.js';

/** The products shown one by one: the seller's best earners in the range. */
export const PRICE_PRODUCTS_SHOWN = 5;

export interface PriceRatio {
  productId: string;
  revenueMinor: number;
  unitPrice: number;
  marketMedian: number;
}

/** Own price ÷ market median over the products, weighted by own revenue, as a per cent difference. */
export function overallVsMarket(rows: readonly PriceRatio[]): number | null {
  let weight = 0;
  let logSum = 0;
  for (const r of rows) {
    if (!(r.marketMedian > 0) || !(r.unitPrice > 0) || !(r.revenueMinor > 0)) continue;
    weight += r.revenueMinor;
    logSum += r.revenueMinor * Math.log(r.unitPrice / r.marketMedian);
  }
  return weight > 0 ? changePct(Math.exp(logSum / weight), 1) : null;
}

export async function sellerPrices(
  ex: Executor,
  rows: readonly PriceVsMarketRow[],
): Promise<NonNullable<TrendsView['mine']>['prices']> {
  const ratios: PriceRatio[] = rows.map((r) => ({
    productId: r.product_id,
    revenueMinor: Number(r.revenue),
    unitPrice: Number(r.revenue) / Number(r.units),
    marketMedian: Number(r.market_median ?? 0),
  }));
  const top = [...ratios]
    .sort((a, b) => b.revenueMinor - a.revenueMinor || a.productId.localeCompare(b.productId))
    .slice(0, PRICE_PRODUCTS_SHOWN);
  const products = await trendsLookupApi.products(
    ex,
    top.map((r) => r.productId),
  );
  return {
    vsMarketPct: overallVsMarket(ratios),
    products: top.map((r) => ({
      product: products.get(r.productId) ?? { id: r.productId, name: '', sku: null, unit: '' },
      revenueMinor: r.revenueMinor,
      unitPriceMinor: Math.round(r.unitPrice),
      marketMedianMinor: Math.round(r.marketMedian),
      diffPct: changePct(r.unitPrice, r.marketMedian),
    })),
  };
}
