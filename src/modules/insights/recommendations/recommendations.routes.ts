import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { recommendationListingApi } from './listing.js';
import type { InsightsModuleDeps } from '../index.js';
import { isRegionCode, regionName } from '../regions.js';
import { boughtTogether } from './bought-together.js';
import type { RecommendContext } from './candidates.js';
import { forMe } from './for-me.js';
import { estimateOffersOf } from './recommendations.repository.js';
import { boughtTogetherQuery, boughtTogetherView, forMeQuery, forMeView } from './recommendations.schemas.js';

export type RecommendationRoutesOptions = InsightsModuleDeps;

const nameOf = (code: string) => (isRegionCode(code) ? regionName(code) : 'все регионы');

/** GET /recommendations/bought-together (anyone) and /recommendations/for-me (customers). */
export async function recommendationRoutes(app: FastifyInstance, deps: RecommendationRoutesOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx: RecommendContext = { db: deps.db, listing: recommendationListingApi };

  r.get(
    '/recommendations/bought-together',
    {
      schema: {
        tags: ['insights'],
        operationId: 'listBoughtTogether',
        security: [],
        summary: 'Products bought together with a product, ranked by lift shrunk toward 1, only those on sale now',
        description:
          'Pairs held by at least 3 orders, scored (n_ab + 100) / (n_a·n_b/N + 100); each item says why (support, lift, ' +
          'confidence). Slots the pairs leave go to the most ordered products of its category, then its parents ' +
          '(path cold_start when no pair qualified). Unknown product: 404.',
        querystring: boughtTogetherQuery,
        response: { 200: boughtTogetherView, ...errorResponses(400, 404) },
      },
    },
    async (req) =>
      boughtTogether(ctx, req.query.productId, {
        limit: req.query.limit,
        region: req.query.region,
        regionName: nameOf(req.query.region ?? 'all'),
      }),
  );

  r.get(
    '/recommendations/for-me',
    {
      preValidation: app.requireRole('customer'),
      schema: {
        tags: ['insights'],
        operationId: 'listRecommendationsForMe',
        security: [{ bearerAuth: [] }],
        summary: 'Customer: what completes their project, from their orders, open cart and saved estimates',
        description:
          'The cart’s and the latest saved estimates’ bought-together partners; for past orders, what the customers ' +
          'who bought most of the customer’s latest stage (its purchases within 14 days of the latest) bought after it. ' +
          'Left out: products bought in the last 7 days, in the cart, or not on sale now. Slots left (all of them for a ' +
          'customer with nothing: path cold_start) go to popular products of the cart’s and estimates’ categories, then ' +
          'of their region (their latest order’s, else `region`, else moscow).',
        querystring: forMeQuery,
        response: { 200: forMeView, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const customerId = principalOf(req).userId;
      const estimates = await estimateOffersOf(deps.db, customerId);
      const cartOffers = await deps.orders.cartOfferIds(customerId);
      const products = await recommendationListingApi.productsOfOffers(deps.db, [
        ...cartOffers,
        ...estimates.map((e) => e.offerId),
      ]);
      const cart = [...new Set(cartOffers.map((o) => products.get(o)).filter((p): p is string => !!p))];
      return forMe(ctx, {
        customerId,
        now: deps.clock.now(),
        limit: req.query.limit,
        region: req.query.region,
        cart,
        estimates: estimates.flatMap((e) => {
          const productId = products.get(e.offerId);
          return productId ? [{ productId, title: e.title }] : [];
        }),
        regionName: nameOf,
      });
    },
  );
}
