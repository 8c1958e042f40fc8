import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import type { CartService } from './cart.service.js';
import { addItemBody, cartAddressBody, cartView, itemParams, updateItemBody } from './orders.schemas.js';

const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };

/** The customer's cart: `/cart`, its items and its delivery address. */
export async function cartRoutes(app: FastifyInstance, s: { cart: CartService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const customer = app.requireRole('customer');

  r.get(
    '/cart',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'getCart',
        summary: 'The cart: lines with live prices and stock, per seller, totals with VAT, delivery quotes',
        response: { 200: cartView, ...errorResponses(401, 403) },
      },
    },
    async (req) => s.cart.view(principalOf(req)),
  );
  r.post(
    '/cart/items',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'addCartItem',
        summary: 'Add an offer (adding one already in the cart adds to its line)',
        body: addItemBody,
        response: { 201: cartView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.cart.addItem(principalOf(req), req.body)),
  );
  r.patch(
    '/cart/items/:itemId',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'updateCartItem',
        summary: 'Change a line’s quantity',
        params: itemParams,
        body: updateItemBody,
        response: { 200: cartView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.cart.updateItem(principalOf(req), req.params.itemId, req.body.quantity),
  );
  r.delete(
    '/cart/items/:itemId',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'removeCartItem',
        summary: 'Remove a line',
        params: itemParams,
        response: { 200: cartView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.cart.removeItem(principalOf(req), req.params.itemId),
  );
  r.delete(
    '/cart',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'clearCart',
        summary: 'Empty the cart',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (req, reply) => {
      await s.cart.clear(principalOf(req));
      return reply.code(204).send(null);
    },
  );
  r.put(
    '/cart/address',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'setCartAddress',
        summary: 'Where to deliver: the cart then quotes delivery per seller',
        body: cartAddressBody,
        response: { 200: cartView, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.cart.setAddress(principalOf(req), req.body),
  );
}
