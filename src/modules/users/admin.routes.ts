import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../shared/http/auth.js';
import { pageQuery } from '../../shared/http/pagination.js';
import { errorResponses } from '../../shared/http/problem.js';
import { z } from 'zod';
import type { AdminUsersService } from './admin.service.js';
import {
  auditPage,
  optionalReasonBody,
  reasonBody,
  userIdParams,
  userListQuery,
  userPage,
  userView,
} from './users.schemas.js';

export async function adminRoutes(app: FastifyInstance, { admin }: { admin: AdminUsersService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const common = { tags: ['users'], security: [{ bearerAuth: [] }] };
  // preValidation, not preHandler: who is calling is settled before their input is judged.
  app.addHook('preValidation', app.requireRole('admin'));
  const denied = errorResponses(400, 401, 403, 404);

  r.get(
    '/',
    {
      schema: {
        ...common,
        operationId: 'listUsers',
        summary: 'Admin: find users',
        querystring: userListQuery,
        response: { 200: userPage, ...denied },
      },
    },
    async (request) => admin.list(request.query),
  );

  r.get(
    '/:id',
    {
      schema: {
        ...common,
        operationId: 'getUser',
        summary: 'Admin: one user',
        params: userIdParams,
        response: { 200: userView, ...denied },
      },
    },
    async (request) => admin.get(request.params.id),
  );

  r.get(
    '/:id/audit',
    {
      schema: {
        ...common,
        operationId: 'listUserAudit',
        summary: 'Admin: who did what to this account, when and why',
        params: userIdParams,
        querystring: z.object(pageQuery),
        response: { 200: auditPage, ...denied },
      },
    },
    async (request) => admin.auditTrail(request.params.id, request.query.limit, request.query.cursor),
  );

  const transition = { 200: userView, ...errorResponses(400, 401, 403, 404, 409) };
  r.post(
    '/:id/approve',
    {
      schema: {
        ...common,
        operationId: 'approveUser',
        summary: 'Admin: approve a pending seller or carrier',
        params: userIdParams,
        body: optionalReasonBody,
        response: transition,
      },
    },
    async (request) => admin.approve(principalOf(request), request.params.id, request.body?.reason),
  );
  r.post(
    '/:id/suspend',
    {
      schema: {
        ...common,
        operationId: 'suspendUser',
        summary: 'Admin: suspend an account; its tokens stop working at once',
        params: userIdParams,
        body: reasonBody,
        response: transition,
      },
    },
    async (request) => admin.suspend(principalOf(request), request.params.id, request.body.reason),
  );
  r.post(
    '/:id/reinstate',
    {
      schema: {
        ...common,
        operationId: 'reinstateUser',
        summary: 'Admin: lift a suspension',
        params: userIdParams,
        body: optionalReasonBody,
        response: transition,
      },
    },
    async (request) => admin.reinstate(principalOf(request), request.params.id, request.body?.reason),
  );
}
