import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/errors.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { mayReadOwnTrade } from '../../../shared/principal.js';
import type { InsightsModuleDeps } from '../index.js';
import { trendsQuery, trendsView } from './trends.schemas.js';
import { marketTrends } from './trends.service.js';

/** GET /trends: anyone reads the market; a seller with `mine=true` also reads its own sales beside it. */
export async function trendsRoutes(
  app: FastifyInstance,
  deps: Pick<InsightsModuleDeps, 'db' | 'clock'>,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/trends',
    {
      preValidation: app.authenticateIfPresent,
      schema: {
        tags: ['insights'],
        operationId: 'getMarketTrends',
        security: [{ bearerAuth: [] }, {}],
        summary: 'Demand and a chained price index per week or month for a category and region, with top movers',
        description:
          'Periods are Moscow weeks (Monday to Sunday) or months, from the one holding `from` to the one holding `to` ' +
          '(default: the last 12 up to today; at most 104 weeks or 36 months, else 400 naming from). Each period: ' +
          'orders (each once), units (summed over the products’ own units), revenue with VAT, the chained Jevons price ' +
          'index (100 at the first period) and the change against the previous period (wow/mom) in per cent. Movers: ' +
          'products whose units changed most between the last two complete periods. `mine=true` needs a seller’s token ' +
          '(none: 401; another role: 403) and adds its own figures, its share of revenue and its prices against the ' +
          'market’s median. Unknown category: 404 naming category.',
        querystring: trendsQuery,
        response: { 200: trendsView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      let sellerId: string | null = null;
      if (req.query.mine) {
        const p = req.principal;
        if (!p) throw new UnauthenticatedError('mine=true needs a seller’s access token');
        if (p.role !== 'seller' || !mayReadOwnTrade(p)) throw new ForbiddenError('mine=true is for approved sellers');
        sellerId = p.userId;
      }
      return marketTrends(deps.db, req.query, { now: deps.clock.now(), sellerId });
    },
  );
}
