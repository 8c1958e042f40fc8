import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { idParams } from '../orders.schemas.js';
import { paidBackBody, refundPage, refundsQuery, refundView, subOrderMoney } from './payments.schemas.js';
import type { RefundsService } from './refunds.service.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** Refunds for sellers (their sub-orders') and admins (all, due and failed ones to act on). */
export async function refundsRoutes(app: FastifyInstance, s: { refunds: RefundsService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const seller = app.requireRole('seller', 'admin');
  const admin = app.requireRole('admin');

  r.get(
    '/sub-orders/:id/payments',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'listSubOrderPayments',
        summary: 'Seller: a sub-order’s invoice payments and refunds, what it received and what is still due',
        params: idParams,
        response: { 200: subOrderMoney, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.refunds.ofSubOrder(principalOf(req), req.params.id),
  );
  r.post(
    '/refunds/:id/paid-back',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'markRefundPaidBack',
        summary: 'Seller or admin: a refund due (invoice money) was paid back by bank transfer',
        description:
          'The payment order’s number and date: the refund becomes paid_back. The same again answers the same; a ' +
          'refund not due (a card refund, or one already paid back with another document) is 409 REFUND.NOT_DUE.',
        params: idParams,
        body: paidBackBody,
        response: { 200: refundView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.refunds.paidBack(principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/admin/refunds',
    {
      preValidation: admin,
      schema: {
        ...secured,
        operationId: 'listRefundsForAdmin',
        summary: 'Admin: refunds newest first, by status (due: to pay back by hand; failed: to look at)',
        querystring: refundsQuery,
        response: { 200: refundPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.refunds.list(principalOf(req), req.query),
  );
  r.post(
    '/admin/refunds/:id/retry',
    {
      preValidation: admin,
      schema: {
        ...secured,
        operationId: 'retryRefund',
        summary: 'Admin: try again a card refund that failed to reach the payment provider',
        description:
          'Back to pending, paid back by the relay (the provider knows it by its id: never paid twice). 409 ' +
          'REFUND.NOT_RETRYABLE for one not failed, or refused by the provider.',
        params: idParams,
        response: { 200: refundView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.refunds.retry(principalOf(req), req.params.id),
  );
}
