/**
 * The insights service's public face (docs/domain.md, Estimates): estimate templates, the
 * calculation that prices them with live offers, saved and shared estimates with their exports.
 * It reads the catalog and fills carts only through those modules' index files.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrdersModule } from '../orders/index.js';
import { calculateRoutes } from './estimates/calculate.routes.js';
import { savedEstimateRoutes } from './estimates/saved/saved.routes.js';
import { templatesRoutes } from './estimates/templates.routes.js';

export interface InsightsModuleDeps {
  db: Db;
  clock: Clock;
  catalog: CatalogModule;
  orders: OrdersModule;
}

export interface InsightsModule {
  routes: (app: FastifyInstance) => Promise<void>;
}

export function createInsightsModule(deps: InsightsModuleDeps): InsightsModule {
  return {
    routes: async (app) => {
      await app.register(templatesRoutes);
      await app.register(calculateRoutes, deps);
      await app.register(savedEstimateRoutes, deps);
    },
  };
}
