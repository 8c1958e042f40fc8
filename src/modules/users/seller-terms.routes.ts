import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import { requisitesBody, requisitesView, taxRegimeBody, taxRegimesView } from './seller-terms.schemas.js';
import type { SellerTermsService } from './seller-terms.service.js';
import { userIdParams } from './users.schemas.js';

/** Bank requisites and the tax regime: a seller or carrier its own (`/me/…`), admins anyone's (`/{id}/…`). */
export async function sellerTermsRoutes(app: FastifyInstance, { terms }: { terms: SellerTermsService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const common = { tags: ['users'], security: [{ bearerAuth: [] }] };
  // preValidation, not preHandler: who is calling is settled before their input is judged.
  const trader = app.requireRole('seller', 'carrier');
  const admin = app.requireRole('admin');
  const read = errorResponses(401, 403);
  const write = errorResponses(400, 401, 403);
  const byAdmin = errorResponses(400, 401, 403, 404, 409);

  r.get(
    '/me/requisites',
    {
      preValidation: trader,
      schema: {
        ...common,
        operationId: 'getMyRequisites',
        summary: 'Your bank requisites',
        response: { 200: requisitesView, ...read },
      },
    },
    async (req) => terms.requisites(principalOf(req).userId),
  );
  r.put(
    '/me/requisites',
    {
      preValidation: trader,
      schema: {
        ...common,
        operationId: 'setMyRequisites',
        summary: 'Set your bank requisites (both accounts checked against the БИК)',
        body: requisitesBody,
        response: { 200: requisitesView, ...write },
      },
    },
    async (req) => terms.setRequisites(principalOf(req), principalOf(req).userId, req.body.bank),
  );
  r.get(
    '/me/tax-regimes',
    {
      preValidation: trader,
      schema: {
        ...common,
        operationId: 'listMyTaxRegimes',
        summary: 'Your tax regime and its history',
        response: { 200: taxRegimesView, ...read },
      },
    },
    async (req) => terms.regimes(principalOf(req).userId),
  );
  r.post(
    '/me/tax-regimes',
    {
      preValidation: trader,
      schema: {
        ...common,
        operationId: 'addMyTaxRegime',
        summary: 'Change your tax regime from a date (today or later)',
        body: taxRegimeBody,
        response: { 201: taxRegimesView, ...write },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await terms.addRegime(principalOf(req), principalOf(req).userId, req.body)),
  );

  r.get(
    '/:id/requisites',
    {
      preValidation: admin,
      schema: {
        ...common,
        operationId: 'getUserRequisites',
        summary: "Admin: a seller's or carrier's bank requisites",
        params: userIdParams,
        response: { 200: requisitesView, ...byAdmin },
      },
    },
    async (req) => terms.requisites(req.params.id),
  );
  r.put(
    '/:id/requisites',
    {
      preValidation: admin,
      schema: {
        ...common,
        operationId: 'setUserRequisites',
        summary: "Admin: set a seller's or carrier's bank requisites",
        params: userIdParams,
        body: requisitesBody,
        response: { 200: requisitesView, ...byAdmin },
      },
    },
    async (req) => terms.setRequisites(principalOf(req), req.params.id, req.body.bank),
  );
  r.get(
    '/:id/tax-regimes',
    {
      preValidation: admin,
      schema: {
        ...common,
        operationId: 'listUserTaxRegimes',
        summary: "Admin: a seller's or carrier's tax regime and its history",
        params: userIdParams,
        response: { 200: taxRegimesView, ...byAdmin },
      },
    },
    async (req) => terms.regimes(req.params.id),
  );
  r.post(
    '/:id/tax-regimes',
    {
      preValidation: admin,
      schema: {
        ...common,
        operationId: 'addUserTaxRegime',
        summary: "Admin: change a seller's or carrier's tax regime from a date (today or later)",
        params: userIdParams,
        body: taxRegimeBody,
        response: { 201: taxRegimesView, ...byAdmin },
      },
    },
    async (req, reply) => reply.code(201).send(await terms.addRegime(principalOf(req), req.params.id, req.body)),
  );
}
