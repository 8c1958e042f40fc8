/**
 * The catalog service's public face: its routes, the stock API checkout uses inside its own
 * transaction, and the hook that keeps seller visibility in step with account status.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import { catalogRoutes } from './catalog.routes.js';
import { CategoriesService } from './categories.service.js';
import { OffersService } from './offers.service.js';
import { ProductsService } from './products.service.js';
import { syncSeller, type SellerAccount } from './sellers.repository.js';
import { stockApi } from './stock.api.js';
import { WarehousesService } from './warehouses.service.js';

export type { LockedOffer, StockLine } from './stock.api.js';
export type { SellerAccount } from './sellers.repository.js';

export interface CatalogModule {
  routes: (app: FastifyInstance) => Promise<void>;
  stock: typeof stockApi;
  /** Called in the users service's transaction whenever a seller account is made or changes status. */
  onSellerChanged(tx: Executor, seller: SellerAccount): Promise<void>;
}

export function createCatalogModule(deps: { db: Db; clock: Clock }): CatalogModule {
  const categories = new CategoriesService(deps.db);
  const warehouses = new WarehousesService(deps.db, deps.clock);
  const offers = new OffersService(deps.db, deps.clock, warehouses);
  const products = new ProductsService(deps.db, deps.clock);
  return {
    routes: async (app) => {
      await app.register(catalogRoutes, { categories, products, offers, warehouses });
    },
    stock: stockApi,
    onSellerChanged: syncSeller,
  };
}
