import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../../shared/clock.js';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { idempotencyHeaders, idParams, paymentView, payBody, subOrderView } from '../orders.schemas.js';
import { paymentWebhookRoutes } from './webhook.routes.js';
import { cardInput } from './card-input.js';
import type { InvoicePaymentsService } from './invoice-payments.service.js';
import { invoicePaymentBody, orderMoney, paymentParams } from './payments.schemas.js';
import type { PaymentsService } from './payments.service.js';
import { testThreeDsRoutes } from './test-three-ds.routes.js';
import type { TestThreeDsService } from './test-three-ds.service.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** Payments of an order (card and invoice), the providers' webhooks and the test provider's 3-D Secure page. */
export async function paymentsRoutes(
  app: FastifyInstance,
  s: { payments: PaymentsService; invoices: InvoicePaymentsService; threeDs: TestThreeDsService; clock: Clock },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/:id/payments',
    {
      preValidation: app.requireRole('customer'),
      schema: {
        ...secured,
        operationId: 'createOrderPayment',
        summary: 'Customer: pay the unpaid part of a card order',
        description:
          'Charges what the order’s pending_payment sub-orders cost; on success they become paid. A declined card ' +
          'is a 201 with status declined and declineCode (try another card with a new key); requires_action carries ' +
          'action.url, the 3-D Secure page, after which the provider’s webhook settles the payment. Idempotent: a retry ' +
          'with the same Idempotency-Key answers the same payment as it stands (200, Idempotent-Replayed: true): ' +
          'pending until it is settled (by its answer, its webhook, or a look-up at the provider a couple of minutes ' +
          'later should this request be cut off), then the settled result; the same key with another card is 422. ' +
          'One charge per order: 409 ORDER.ALREADY_PAID once it is paid; 409 PAYMENT.IN_PROGRESS while another ' +
          'payment of the order is pending or waits for 3-D Secure (its paymentId, status and action.url: finish it ' +
          'there, or cancel it at /{id}/payments/{paymentId}/cancel). 409 ORDER.NOT_PAYABLE: an invoice order, a ' +
          'cancelled one, or the time to pay ran out. 503 PAYMENT.PROVIDER_NOT_CONFIGURED: no card-payment provider ' +
          'here. The card number and CVC are never stored, logged or answered.',
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
        operationId: 'listOrderPayments',
        summary: 'An order’s payments (card and invoice) and refunds, oldest first (its customer, or an admin)',
        params: idParams,
        response: { 200: orderMoney, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.payments.list(principalOf(req), req.params.id),
  );
  r.post(
    '/:id/payments/:paymentId/cancel',
    {
      preValidation: app.requireRole('customer'),
      schema: {
        ...secured,
        operationId: 'cancelOrderPayment',
        summary: 'Customer: abandon a card payment waiting for 3-D Secure, so the order can be paid anew',
        description:
          'Cancels the payment at the provider: its 3-D Secure page then charges nothing. 200 with the payment ' +
          '(cancelled; again: the same). 409 PAYMENT.NOT_CANCELLABLE: it is still being sent to the provider, or ' +
          'already ended — a confirmation that reached the provider first wins (the payment is then succeeded).',
        params: paymentParams,
        response: { 200: paymentView, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (req) => s.payments.cancel(principalOf(req), req.params.id, req.params.paymentId, req.log),
  );
  r.post(
    '/sub-orders/:id/mark-paid',
    {
      preValidation: app.requireRole('seller', 'admin'),
      schema: {
        ...secured,
        operationId: 'markSubOrderPaid',
        summary: 'Seller or admin: record a bank transfer received for this sub-order’s invoice',
        description:
          'An invoice payment: amount, the payment order’s date and number. The sub-order becomes paid once what it ' +
          'received reaches its total; less leaves it pending_payment with dueMinor still due; more is a 422 ' +
          'PAYMENT.AMOUNT_EXCEEDS_DUE. The same document again answers as before; with another amount or date 422 ' +
          'PAYMENT.DOCUMENT_ALREADY_RECORDED. Money for a sub-order already cancelled is recorded and a refund is ' +
          'due at once. 409 ORDER.NOT_INVOICE for a card order.',
        params: idParams,
        body: invoicePaymentBody,
        response: { 200: subOrderView, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => s.invoices.markPaid(principalOf(req), req.params.id, req.body),
  );

  await app.register(paymentWebhookRoutes, { payments: s.payments });
  if (s.threeDs.available) await app.register(testThreeDsRoutes, { threeDs: s.threeDs });
}
