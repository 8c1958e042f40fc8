import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../shared/http/auth.js';
import { errorResponses } from '../../../../shared/http/problem.js';
import type { InsightsModuleDeps } from '../../index.js';
import { exportRoutes } from './export.routes.js';
import {
  createBody,
  estimatePage,
  idParams,
  listQuery,
  patchBody,
  savedEstimateView,
  toCartBody,
  toCartView,
  versionPage,
  versionParams,
  versionView,
} from './saved.schemas.js';
import { MAX_ESTIMATES, MAX_VERSIONS_KEPT, SavedEstimates } from './saved.service.js';
import { shareRoutes } from './share.routes.js';

const secured = { tags: ['insights'], security: [{ bearerAuth: [] }] };

/** A customer's saved estimates: `/estimates`, their versions, to-cart, shares and exports. */
export async function savedEstimateRoutes(app: FastifyInstance, deps: InsightsModuleDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customer = app.requireRole('customer');
  const saved = new SavedEstimates(deps);

  r.post(
    '/estimates',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'createEstimate',
        summary: 'Customer: save an estimate (version 1), priced now',
        description:
          'The body is a calculate request with a title; it is checked as calculate checks it (400 naming the field). ' +
          `A customer keeps at most ${MAX_ESTIMATES} estimates (409 ESTIMATE.TOO_MANY).`,
        body: createBody,
        response: { 201: savedEstimateView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await saved.create(principalOf(req), req.body)),
  );

  r.get(
    '/estimates',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'listEstimates',
        summary: 'Customer: its estimates, newest first, with the total of each one’s last save',
        querystring: listQuery,
        response: { 200: estimatePage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => saved.list(principalOf(req), req.query.limit, req.query.cursor),
  );

  r.get(
    '/estimates/:id',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'getEstimate',
        summary:
          'Customer: an estimate priced now; lines whose price moved since the last save carry previousPriceMinor',
        params: idParams,
        response: { 200: savedEstimateView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => saved.view(principalOf(req), req.params.id),
  );

  r.patch(
    '/estimates/:id',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'updateEstimate',
        summary: 'Customer: save a change (a new version): title, jobs, pricing, overrides, free lines',
        description:
          'Each part given replaces the saved one whole (overrides refer to jobs by their place in `jobs`: send ' +
          'them again when jobs move); `pricing: null` removes it. `version` names the version edited: another ' +
          `save since is a 409 ESTIMATE.VERSION_CONFLICT with currentVersion. The latest ${MAX_VERSIONS_KEPT} versions are kept.`,
        params: idParams,
        body: patchBody,
        response: { 200: savedEstimateView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => saved.update(principalOf(req), req.params.id, req.body),
  );

  r.delete(
    '/estimates/:id',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'deleteEstimate',
        summary: 'Customer: delete an estimate with its versions and share links',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await saved.remove(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/estimates/:id/versions',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'listEstimateVersions',
        summary: 'Customer: an estimate’s saves, newest first, with their totals as priced then',
        params: idParams,
        querystring: listQuery,
        response: { 200: versionPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => saved.versions(principalOf(req), req.params.id, req.query.limit, req.query.cursor),
  );

  r.get(
    '/estimates/:id/versions/:version',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'getEstimateVersion',
        summary: 'Customer: one save as it was saved, and priced now',
        params: versionParams,
        response: { 200: versionView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => saved.version(principalOf(req), req.params.id, req.params.version),
  );

  r.post(
    '/estimates/:id/to-cart',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'addEstimateToCart',
        summary: 'Customer: every line priced now into the cart; answers what went in and what did not, and why',
        description:
          'Each line with an offer goes in with its order quantity (whole packs × the offer’s step, at least its ' +
          'minimum); lines of one offer go in together and add to the cart’s line of that offer, as POST /cart/items ' +
          'adds (a second call adds again), rounded up onto the offer’s grid. Lines without an offer, excluded ones, ' +
          'free lines of your own and offers the cart refuses are listed in `skipped` with reasonCode and reason.',
        params: idParams,
        body: toCartBody,
        response: { 200: toCartView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => saved.toCart(principalOf(req), req.params.id, req.body?.version),
  );

  await app.register(shareRoutes, { saved });
  await app.register(exportRoutes, { saved });
}
