import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../../shared/clock.js';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { idempotencyHeaders, idParams, paymentList, paymentView, payBody } from '../orders.schemas.js';
import { paymentWebhookRoutes } from './webhook.routes.js';
import { cardInput } from './card-input.js';
import type { PaymentsService } from './payments.service.js';
import { testThreeDsRoutes } from './test-three-ds.routes.js';
import type { TestThreeDsService } from './test-three-ds.service.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** Card payments of an order, the providers' webhooks and the test provider's 3-D Secure page. */
export async function paymentsRoutes(
  app: FastifyInstance,
  s: { payments: PaymentsService; threeDs: TestThreeDsService; clock: Clock },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/:id/payments',
    {
      preValidation: app.requireRole('customer'),
      schema: {
        ...secured,
        summary: 'Customer: pay the unpaid part of a card order',
        description:
          'Charges what the order’s pending_payment sub-orders cost; on success they become paid. A declined card ' +
          'is a 201 with status declined and declineCode (try another card with a new key); requires_action carries ' +
          'action.url, the 3-D Secure page, after which the provider’s webhook settles the payment. Idempotent: a retry ' +
          'with the same Idempotency-Key answers the same payment as it stands (200, Idempotent-Replayed: true): ' +
          'pending until it is settled (by its answer, its webhook, or a look-up at the provider a couple of minutes ' +
          'later should this request be cut off), then the settled result; the same key with another card is 422. ' +
          '409 ORDER.NOT_PAYABLE: an invoice order, nothing left to pay, or the time to pay ran out; 409 ' +
          'PAYMENT.IN_PROGRESS: another payment of the order is still pending. 503 PAYMENT.PROVIDER_NOT_CONFIGURED: ' +
          'no card-payment provider here. The card number and CVC are never stored, logged or answered.',
        headers: idempotencyHeaders,
        params: idParams,
        body: payBody(cardInput(s.clock)),
        response: { 201: paymentView, 200: paymentView, ...errorResponses(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (req, reply) => {
      const made = await s.payments.pay(
        principalOf(req),
        req.params.id,
        req.headers['idempotency-key'],
        req.body,
        req.log,
      );
      if (made.replayed) return reply.header('idempotent-replayed', 'true').code(200).send(made.payment);
      return reply.code(201).send(made.payment);
    },
  );
  r.get(
    '/:id/payments',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        summary: 'An order’s payments, oldest first (its customer, or an admin)',
        params: idParams,
        response: { 200: paymentList, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.payments.list(principalOf(req), req.params.id),
  );

  await app.register(paymentWebhookRoutes, { payments: s.payments });
  if (s.threeDs.available) await app.register(testThreeDsRoutes, { threeDs: s.threeDs });
}
