import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import { sendJsonText } from '../../shared/http/json-text.js';
import {
  categoryBody,
  categoryNode,
  categoryPatch,
  categoryView,
  idParams,
  nearQuery,
  offerBody,
  offerDetails,
  offerListQuery,
  offerPage,
  offerPatch,
  offerView,
  priceHistoryQuery,
  priceHistoryView,
  productBody,
  productCard,
  productPage,
  productPatch,
  stockBody,
  stockParams,
  stockView,
  warehouseBody,
  warehousePatch,
  warehouseStockPage,
  warehouseStockQuery,
  warehouseView,
} from './catalog.schemas.js';
import type { CategoriesService } from './categories.service.js';
import type { OffersService } from './offers.service.js';
import type { ProductsService } from './products.service.js';
import type { StockService } from './stock.service.js';
import type { WarehousesService } from './warehouses.service.js';

export interface CatalogRoutesOptions {
  categories: CategoriesService;
  products: ProductsService;
  offers: OffersService;
  warehouses: WarehousesService;
  stock: StockService;
}

const tags = ['catalog'];
const secured = { tags, security: [{ bearerAuth: [] }] };

/** Categories, product cards, offers, warehouses and stock (search lives in search.routes.ts). */
export async function catalogRoutes(app: FastifyInstance, s: CatalogRoutesOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = app.requireRole('admin');
  const seller = app.requireRole('seller', 'admin');

  r.get(
    '/categories',
    {
      schema: {
        operationId: 'getCategoryTree',
        security: [],
        tags,
        summary: 'The category tree with counts of products on sale',
        response: { 200: z.object({ items: z.array(categoryNode) }) },
      },
    },
    async () => ({ items: await s.categories.tree() }),
  );
  r.post(
    '/categories',
    {
      preValidation: admin,
      schema: {
        ...secured,
        operationId: 'createCategory',
        summary: 'Admin: add a category',
        body: categoryBody,
        response: { 201: categoryView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.categories.create(req.body)),
  );
  r.patch(
    '/categories/:id',
    {
      preValidation: admin,
      schema: {
        ...secured,
        operationId: 'updateCategory',
        summary: 'Admin: rename or move a category',
        params: idParams,
        body: categoryPatch,
        response: { 200: categoryView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.categories.update(req.params.id, req.body),
  );
  r.delete(
    '/categories/:id',
    {
      preValidation: admin,
      schema: {
        ...secured,
        operationId: 'deleteCategory',
        summary: 'Admin: delete an unused category',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await s.categories.remove(req.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/products/:id',
    {
      schema: {
        operationId: 'getProduct',
        security: [],
        tags,
        summary: 'A product card with every active offer and its stock per warehouse',
        params: idParams,
        querystring: z.object({ near: nearQuery.optional().describe('"lat,lon": adds distanceKm to each warehouse') }),
        response: { 200: productPage, ...errorResponses(400, 404) },
      },
    },
    // Sent as the database wrote it: the statement builds the page's JSON (product-page.sql.ts).
    async (req, reply) => sendJsonText(reply, await s.products.page(req.params.id, req.query.near)),
  );
  r.post(
    '/products',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'createProduct',
        summary: 'Seller: add a product card when none fits',
        body: productBody,
        response: { 201: productCard, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.products.create(principalOf(req), req.body)),
  );
  r.patch(
    '/products/:id',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'updateProduct',
        summary: 'Seller: edit a card you created (admins: any)',
        params: idParams,
        body: productPatch,
        response: { 200: productCard, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.products.update(principalOf(req), req.params.id, req.body),
  );

  r.get(
    '/offers',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'listOffers',
        summary: 'Seller: your offers',
        querystring: offerListQuery,
        response: { 200: offerPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.offers.listMine(principalOf(req), req.query),
  );
  r.post(
    '/offers',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'createOffer',
        summary: 'Seller: offer a product at your price',
        body: offerBody,
        response: { 201: offerView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.offers.create(principalOf(req), req.body)),
  );
  r.patch(
    '/offers/:id',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'updateOffer',
        summary: 'Seller: change price, VAT, minimum, step or status (each price change is kept)',
        params: idParams,
        body: offerPatch,
        response: { 200: offerView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.offers.update(principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/offers/:id',
    {
      preValidation: app.authenticateIfPresent,
      schema: {
        operationId: 'getOffer',
        tags,
        security: [{ bearerAuth: [] }, {}],
        summary: 'An offer with its product and stock per warehouse',
        description:
          'Its seller and admins: any state, with on hand, reserved and available per warehouse. Anyone else: ' +
          'an active offer of an approved seller, with what is available per warehouse (404 otherwise).',
        params: idParams,
        response: { 200: offerDetails, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.offers.details(req.principal, req.params.id),
  );
  r.get(
    '/offers/:id/price-history',
    {
      preValidation: app.authenticateIfPresent,
      schema: {
        operationId: 'getOfferPriceHistory',
        tags,
        security: [{ bearerAuth: [] }, {}],
        summary: 'Price history of an offer',
        description:
          'Public for an active offer of an approved seller; a paused offer, or one of a suspended seller, ' +
          'is shown only to its seller and admins (404 to anyone else).',
        params: idParams,
        querystring: priceHistoryQuery,
        response: { 200: priceHistoryView, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) =>
      s.offers.priceHistory(req.principal, req.params.id, {
        from: req.query.from ? new Date(req.query.from) : undefined,
        to: req.query.to ? new Date(req.query.to) : undefined,
      }),
  );

  r.get(
    '/warehouses',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'listWarehouses',
        summary: 'Seller: your warehouses',
        response: { 200: z.object({ items: z.array(warehouseView) }), ...errorResponses(401, 403) },
      },
    },
    async (req) => ({ items: await s.warehouses.listMine(principalOf(req)) }),
  );
  r.get(
    '/warehouses/:id',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'getWarehouse',
        summary: 'Seller: one of your warehouses (admins: any)',
        params: idParams,
        response: { 200: warehouseView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.warehouses.get(principalOf(req), req.params.id),
  );
  r.get(
    '/warehouses/:id/stock',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'listWarehouseStock',
        summary: "Seller: a warehouse's stock by product name, with what orders hold (admins: any)",
        params: idParams,
        querystring: warehouseStockQuery,
        response: { 200: warehouseStockPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.stock.ofWarehouse(principalOf(req), req.params.id, req.query),
  );
  r.post(
    '/warehouses',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'createWarehouse',
        summary: 'Seller: add a warehouse',
        body: warehouseBody,
        response: { 201: warehouseView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.warehouses.create(principalOf(req), req.body)),
  );
  r.patch(
    '/warehouses/:id',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'updateWarehouse',
        summary: 'Seller: edit a warehouse',
        params: idParams,
        body: warehousePatch,
        response: { 200: warehouseView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.warehouses.update(principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/warehouses/:id',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'deleteWarehouse',
        summary: 'Seller: remove a warehouse (refused while it holds anything, on hand or reserved)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await s.warehouses.remove(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  r.put(
    '/warehouses/:id/stock/:offerId',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'setWarehouseStock',
        summary: 'Seller: set the quantity on hand of an offer in a warehouse',
        params: stockParams,
        body: stockBody,
        response: { 200: stockView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.stock.put(principalOf(req), req.params.id, req.params.offerId, req.body.onHand),
  );
}
