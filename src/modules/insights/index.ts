/**
 * The insights service's public face (docs/domain.md, Estimates; docs/insights.md): estimate
 * templates, the calculation that prices them with live offers, saved and shared estimates with their
 * exports; and the read model of sales (ingest/) that recommendations and trends count from. It reads
 * the catalog and fills carts only through those modules' index files; orders reach it as events.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import type { EventBus } from '../../shared/events/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrdersModule } from '../orders/index.js';
import { calculateRoutes } from './estimates/calculate.routes.js';
import { savedEstimateRoutes } from './estimates/saved/saved.routes.js';
import { templatesRoutes } from './estimates/templates.routes.js';
import { forecastRoutes } from './forecast/forecast.routes.js';
import { rebuildInsights, registerInsightsHandlers, type RebuildOptions } from './ingest/index.js';
import { recommendationRoutes } from './recommendations/recommendations.routes.js';
import { trendsRoutes } from './trends/trends.routes.js';

export { rebuildInsights, type RebuildOptions } from './ingest/index.js';
export { ALL, REGIONS, regionOf, type RegionCode } from './regions.js';
export { seedHistory, type HistoryCounts, type HistorySize } from './history/index.js';

export interface InsightsModuleDeps {
  db: Db;
  /** Recommendations, forecasts and trends read here: a replica when there is one (docs/adr/0015). */
  readDb?: Db;
  clock: Clock;
  catalog: CatalogModule;
  orders: OrdersModule;
  events: EventBus;
}

export interface InsightsModule {
  routes: (app: FastifyInstance) => Promise<void>;
  /** The read model of sales from scratch (`npm run insights:rebuild`): orders and lines counted. */
  rebuild(opts?: RebuildOptions): Promise<{ orders: number; lines: number }>;
}

export function createInsightsModule(deps: InsightsModuleDeps): InsightsModule {
  registerInsightsHandlers(deps.events);
  return {
    rebuild: (opts) => rebuildInsights(deps.db, opts),
    routes: async (app) => {
      await app.register(templatesRoutes);
      await app.register(calculateRoutes, deps);
      await app.register(savedEstimateRoutes, deps);
      // Reads only; the read model is written by the event handlers, on the primary.
      const reads = { ...deps, db: deps.readDb ?? deps.db };
      await app.register(recommendationRoutes, reads);
      await app.register(forecastRoutes, reads);
      await app.register(trendsRoutes, reads);
    },
  };
}
