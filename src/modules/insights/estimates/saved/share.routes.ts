import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../shared/http/auth.js';
import { errorResponses } from '../../../../shared/http/problem.js';
import {
  copyBody,
  createdShareView,
  idParams,
  savedEstimateView,
  shareParams,
  sharedEstimateView,
  tokenParams,
} from './saved.schemas.js';
import type { SavedEstimates } from './saved.service.js';
import { MAX_LIVE_SHARES } from './share-tokens.js';

const secured = { tags: ['insights'], security: [{ bearerAuth: [] }] };

/** A share token in the path never reaches a log line. */
export const tokenlessLog = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    url: req.url.replace(/(\/shared-estimates\/)[^/?]+/, '$1[redacted]'),
    host: req.host,
    remoteAddress: req.ip,
  }),
};

/** Read-only links to an estimate: made and revoked by its owner, opened by anyone, copied by customers. */
export async function shareRoutes(app: FastifyInstance, { saved }: { saved: SavedEstimates }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customer = app.requireRole('customer');

  r.post(
    '/estimates/:id/share',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'shareEstimate',
        summary: 'Customer: a read-only link to the estimate for anyone holding it (the token is shown once)',
        description: `Only the token’s sha256 is kept. At most ${MAX_LIVE_SHARES} live links per estimate (409 ESTIMATE.TOO_MANY_SHARES).`,
        params: idParams,
        response: { 201: createdShareView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await saved.shares.create(principalOf(req), req.params.id)),
  );

  r.delete(
    '/estimates/:id/share/:shareId',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'revokeEstimateShare',
        summary: 'Customer: revoke a share link (its token then opens nothing); revoking twice is the same as once',
        params: shareParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await saved.shares.revoke(principalOf(req), req.params.id, req.params.shareId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/shared-estimates/:token',
    {
      logSerializers: tokenlessLog,
      schema: {
        tags: ['insights'],
        operationId: 'getSharedEstimate',
        security: [],
        summary: 'A shared estimate, read-only and priced now (no account needed)',
        description:
          'No ids and no owner are shown. 404 for an unknown or revoked token and once the estimate is deleted.',
        params: tokenParams,
        response: { 200: sharedEstimateView, ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store');
      return saved.shares.view(req.params.token);
    },
  );

  r.post(
    '/estimates/copy',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'copySharedEstimate',
        summary: 'Customer: copy a shared estimate into its own (version 1, priced now)',
        description:
          'The token travels in the body, not the path, so no log line holds it. 404 ESTIMATE.SHARE_NOT_FOUND for an ' +
          'unknown or revoked token; the copy counts towards the customer’s estimates (409 ESTIMATE.TOO_MANY).',
        body: copyBody,
        response: { 201: savedEstimateView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await saved.shares.copy(principalOf(req), req.body.token, req.body.title)),
  );
}
