import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../http/problem.js';
import { deadItemPage, deadItemParams, deadListQuery, requeuedItemView } from './events.schemas.js';
import type { EventBus } from './relay.js';

/** Staff tools for the outbox: what failed for good, and putting it back in the queue. */
export async function eventsAdminRoutes(app: FastifyInstance, { relay }: { relay: EventBus }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The orders service mounts these; its tag keeps them next to the flows whose events they are.
  const common = { tags: ['orders'], security: [{ bearerAuth: [] }] };
  // preValidation, not preHandler: who is calling is settled before their input is judged.
  app.addHook('preValidation', app.requireRole('admin'));

  r.get(
    '/admin/events/dead',
    {
      schema: {
        ...common,
        operationId: 'listDeadEvents',
        summary: 'Admin: events and deadlines parked as dead after their last attempt',
        querystring: deadListQuery,
        response: { 200: deadItemPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => relay.listDead(request.query),
  );

  r.post(
    '/admin/events/:id/retry',
    {
      schema: {
        ...common,
        operationId: 'retryDeadEvent',
        summary: 'Admin: put a dead event or deadline back in the queue, due now, attempts reset',
        params: deadItemParams,
        response: { 200: requeuedItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => relay.retry(request.params.id),
  );
}
