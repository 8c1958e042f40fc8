/** Pricing of an estimate (first cut: the lines without offers; the strategies follow). */
import type { Executor } from '../../../../shared/db/database.js';
import type { CalculateOptions, EstimateDeps, EstimateRequest, EstimateView } from '../estimate.js';
import { computeJobs } from '../jobs.js';

export async function priceEstimate(
  _ex: Executor,
  _deps: EstimateDeps,
  request: EstimateRequest,
  _opts: CalculateOptions,
): Promise<EstimateView> {
  const jobs = computeJobs(request.jobs);
  return {
    jobs: jobs.map((job) => ({
      ...job,
      lines: job.lines.map(({ match: _match, ...line }) => ({
        ...line,
        product: null,
        offer: null,
        orderQuantity: null,
        priceMinor: null,
        totalMinor: null,
        vatRate: null,
        vatMinor: null,
        reason: null,
        reasonCode: null,
        overridden: { quantity: false, offer: false },
        previousPriceMinor: null,
      })),
    })),
    freeLines: [],
    pricing: { strategy: request.pricing?.strategy ?? 'cheapest', near: request.pricing?.near ?? null },
    sellers: [],
    missing: [],
    totals: {
      goodsMinor: 0,
      deliveryMinor: 0,
      vatMinor: 0,
      totalMinor: 0,
      vatByRate: [],
      withoutSeller: { goodsMinor: 0, lines: 0 },
    },
  };
}
