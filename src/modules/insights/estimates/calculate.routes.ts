import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/http/problem.js';
import type { InsightsModuleDeps } from '../index.js';
import { estimateRequest, estimateView } from './calculate.schemas.js';
import { calculateEstimate, type EstimateView } from './estimate.js';

/** POST /estimates/calculate: anyone, logged in or not, prices described jobs with live offers. */
export async function calculateRoutes(app: FastifyInstance, deps: InsightsModuleDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/estimates/calculate',
    {
      schema: {
        tags: ['insights'],
        operationId: 'calculateEstimate',
        security: [],
        summary:
          'Prices described jobs: materials by the norms, mapped to products, offers by the strategy, totals per seller',
        description:
          'Each job’s inputs are checked and defaulted as GET /estimate-templates lists them (400 names jobs.N.inputs.X). ' +
          'Each line maps to products by category and exact attributes, never by name; a material without a fitting ' +
          'offer with enough stock in one warehouse is answered with offer null, a reason and reasonCode, and listed in ' +
          '`missing`. Delivery per seller is the guide price the cart would show for the same lines, only with pricing.near.',
        body: estimateRequest,
        response: { 200: estimateView, ...errorResponses(400) },
      },
    },
    async (req): Promise<EstimateView> => calculateEstimate(deps.db, deps, req.body, { at: deps.clock.now() }),
  );
}
