import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import type { CheckoutService } from './checkout.service.js';
import {
  checkoutBody,
  historyView,
  idempotencyHeaders,
  idParams,
  listQuery,
  orderPage,
  orderView,
  reasonBody,
  subOrderPage,
  subOrderParams,
  subOrderView,
  transitionBody,
} from './orders.schemas.js';
import type { OrdersService } from './orders.service.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** Checkout, orders, sub-orders and their life. */
export async function ordersRoutes(
  app: FastifyInstance,
  s: { orders: OrdersService; checkout: CheckoutService },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customer = app.requireRole('customer');
  const seller = app.requireRole('seller', 'admin');

  r.post(
    '/checkout',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'checkout',
        summary: 'Turn the cart into an order: reserve stock, one sub-order per seller warehouse',
        description:
          'Idempotent: a retry with the same Idempotency-Key returns the same order (200, Idempotent-Replayed: true); ' +
          'the same key with another body is 422. 409 ORDER.INSUFFICIENT_STOCK lists the lines and what is available; ' +
          '409 ORDER.PRICE_CHANGED lists old and new prices unless acceptPriceChanges is true.',
        headers: idempotencyHeaders,
        body: checkoutBody,
        response: { 201: orderView, 200: orderView, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const made = await s.checkout.checkout(p, req.headers['idempotency-key'], req.body);
      const order = await s.orders.get(p, made.orderId);
      if (made.replayed) return reply.header('idempotent-replayed', 'true').code(200).send(order);
      return reply.code(201).send(order);
    },
  );
  r.get(
    '/',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'listOrders',
        summary: 'Orders: a customer’s own, or all for admins; newest first',
        querystring: listQuery,
        response: { 200: orderPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.orders.list(principalOf(req), req.query),
  );
  r.get(
    '/sub-orders',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'listSubOrders',
        summary: 'Seller: its sub-orders (admins: all); newest first',
        querystring: listQuery,
        response: { 200: subOrderPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.orders.listSubOrders(principalOf(req), req.query),
  );
  r.get(
    '/:id/sub-orders/:subOrderId',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'getSubOrder',
        summary: 'Seller: one of its sub-orders, read through its order',
        params: subOrderParams,
        response: { 200: subOrderView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.orders.getSubOrder(principalOf(req), req.params.subOrderId, req.params.id),
  );
  r.post(
    '/sub-orders/:id/transition',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'transitionSubOrder',
        summary: 'Seller: move a sub-order along its state machine (409 names the allowed moves)',
        params: idParams,
        body: transitionBody,
        response: { 200: subOrderView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.orders.transition(principalOf(req), req.params.id, req.body.to, req.body.reason),
  );
  // POST /sub-orders/:id/mark-paid (an invoice payment) is in payments/payments.routes.ts.
  r.get(
    '/:id',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getOrder',
        summary: 'An order with its sub-orders, lines and payments',
        params: idParams,
        response: { 200: orderView, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.orders.get(principalOf(req), req.params.id),
  );
  r.get(
    '/:id/history',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'listOrderHistory',
        summary: 'Every status change of the order and its sub-orders: who, when, why',
        params: idParams,
        response: { 200: historyView, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.orders.history(principalOf(req), req.params.id),
  );
  r.post(
    '/:id/cancel',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'cancelOrder',
        summary: 'Customer: cancel the order while every part of it is at most ready (stock released)',
        params: idParams,
        body: reasonBody,
        response: { 200: orderView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.orders.cancel(principalOf(req), req.params.id, req.body.reason),
  );

  r.post(
    '/admin/sellers/:sellerId/cancel-open',
    {
      preValidation: app.requireRole('admin'),
      schema: {
        ...secured,
        operationId: 'cancelSellerOpenSubOrders',
        summary: 'Admin: cancel every part of a suspended seller’s orders not yet handed over (refunds follow)',
        params: z.object({ sellerId: z.uuid('must be a UUID') }),
        body: reasonBody,
        response: {
          200: z.object({
            cancelled: z.number().int(),
            subOrders: z.array(z.object({ id: z.uuid(), number: z.string(), orderId: z.uuid() })),
          }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => s.orders.cancelOpenOfSeller(principalOf(req), req.params.sellerId, req.body.reason),
  );
}
