/**
 * Which weekly price series a forecast request names: an offer's own, or a product's median over
 * its shown offers (read through the catalog module: src/modules/catalog/price-series.api.ts).
 */
import type { Executor } from '../../../shared/db/database.js';
import { NotFoundError } from '../../../shared/errors.js';
import { priceSeriesApi, type WeeklyPriceSeries } from '../../catalog/index.js';

export type { WeeklyPriceSeries } from '../../catalog/index.js';

export type SeriesRef = { productId: string; offerId?: undefined } | { offerId: string; productId?: undefined };

export class ForecastProductNotFoundError extends NotFoundError {
  constructor() {
    super('product', 'INSIGHTS.PRODUCT_NOT_FOUND');
  }
}

export class ForecastOfferNotFoundError extends NotFoundError {
  constructor() {
    super('offer', 'INSIGHTS.OFFER_NOT_FOUND');
  }
}

/** The series, or 404: an unknown product, an unknown offer or one not shown to the public. */
export async function loadSeries(ex: Executor, ref: SeriesRef, now: Date): Promise<WeeklyPriceSeries> {
  if (ref.offerId !== undefined) {
    const s = await priceSeriesApi.offer(ex, ref.offerId, now);
    if (!s) throw new ForecastOfferNotFoundError();
    return s;
  }
  const s = await priceSeriesApi.product(ex, ref.productId, now);
  if (!s) throw new ForecastProductNotFoundError();
  return s;
}
