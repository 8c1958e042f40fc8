import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { idParams } from '../orders.schemas.js';
import {
  acceptReturnBody,
  refuseReturnBody,
  returnIdParams,
  returnRequestBody,
  returnsPage,
  returnsQuery,
  returnView,
} from './returns.schemas.js';
import type { ReturnsService } from './returns.service.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** The customer asks to return goods it received; the seller accepts or refuses (docs/domain.md, Returns). */
export async function returnsRoutes(app: FastifyInstance, { returns }: { returns: ReturnsService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customer = app.requireRole('customer');
  const seller = app.requireRole('seller', 'admin');

  r.post(
    '/:id/returns',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'createOrderReturn',
        summary: 'Customer: ask to return lines of a part received (picked up or delivered) within the return window',
        params: idParams,
        body: returnRequestBody,
        response: { 201: returnView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await returns.request(principalOf(req), req.params.id, req.body)),
  );
  r.get(
    '/returns',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'listReturns',
        summary: 'Returns: a customer’s own, a seller’s (of its sub-orders), or all for admins; newest first',
        querystring: returnsQuery,
        response: { 200: returnsPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => returns.list(principalOf(req), req.query),
  );
  r.get(
    '/:id/returns/:returnId',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getOrderReturn',
        summary: 'One return, read through its order',
        params: idParams.extend(returnIdParams.shape),
        response: { 200: returnView, ...errorResponses(401, 404) },
      },
    },
    async (req) => returns.get(principalOf(req), req.params.returnId, req.params.id),
  );
  r.post(
    '/returns/:returnId/accept',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'acceptReturn',
        summary: 'Seller: take the goods back (restocked on a warehouse if named) and pay them back',
        params: returnIdParams,
        body: acceptReturnBody,
        response: { 200: returnView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => returns.accept(principalOf(req), req.params.returnId, req.body),
  );
  r.post(
    '/returns/:returnId/refuse',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'refuseReturn',
        summary: 'Seller: refuse the return, saying why',
        params: returnIdParams,
        body: refuseReturnBody,
        response: { 200: returnView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => returns.refuse(principalOf(req), req.params.returnId, req.body.reason),
  );
}
