import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/http/problem.js';
import type { InsightsModuleDeps } from '../index.js';
import { forecastQuery, forecastView } from './forecast.schemas.js';
import { priceForecast, type PriceForecast } from './price-forecast.js';
import { loadSeries } from './series.js';

/** GET /forecast: anyone; a shown offer's or a product's weekly price, forecast with intervals and its backtest. */
export async function forecastRoutes(
  app: FastifyInstance,
  deps: Pick<InsightsModuleDeps, 'db' | 'clock'>,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/forecast',
    {
      schema: {
        tags: ['insights'],
        operationId: 'getPriceForecast',
        security: [],
        summary: "Forecasts an offer's or a product's price, weekly, with 80 % and 95 % intervals and a backtest",
        description:
          'Exactly one of productId, offerId (else 400 naming it). Damped-trend exponential smoothing fitted to the ' +
          'weekly series (the price at each Moscow week’s end; a product: the median of its shown offers), or simple ' +
          'smoothing when the trend does not earn its parameters (lower AICc), and the ' +
          'series’ own rolling-origin backtest at the same steps (MASE, interval coverage). With fewer than 30 weekly ' +
          'points the answer is status insufficient_history instead of a guess. Money in kopecks, rounded half up.',
        querystring: forecastQuery,
        response: { 200: forecastView, ...errorResponses(400, 404) },
      },
    },
    async (req): Promise<PriceForecast> => {
      const now = deps.clock.now();
      const q = req.query;
      const ref = q.offerId !== undefined ? { offerId: q.offerId } : { productId: q.productId! };
      const series = await loadSeries(deps.db, ref, now);
      return priceForecast(series, now, q.horizonDays);
    },
  );
}
