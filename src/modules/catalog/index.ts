/**
 * The catalog service's public face: its routes, the stock API checkout uses inside its own
 * transaction, and the hook that keeps seller visibility in step with account status.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import { PlannedStatements } from '../../shared/db/planned-statements.js';
import { catalogRoutes } from './catalog.routes.js';
import { CategoriesService } from './categories.service.js';
import { OffersService } from './offers.service.js';
import { priceListRoutes, PriceListsService } from './price-lists/index.js';
import { ProductsService } from './products.service.js';
import { searchRoutes } from './search.routes.js';
import { StockService } from './stock.service.js';
import { SearchService, type SearchCacheCounts } from './search.service.js';
import { approvedSellers, syncSeller, type SellerAccount } from './sellers.repository.js';
import { seedDemoCatalog, seedLargeCatalog, type DemoCatalogCounts, type SeedSeller } from './seed/catalog-seed.js';
import { stockApi } from './stock.api.js';
import { WarehousesService } from './warehouses.service.js';
import { transportApi } from './transport.api.js';
import { materialsApi } from './materials.api.js';
import { refreshListingFacets } from './listing.repository.js';

export type { LockedOffer, StockLine } from './stock.api.js';
export { transportApi } from './transport.api.js';
export {
  materialsApi,
  type DescribedOffer,
  type MaterialCandidate,
  type MaterialQuery,
  type SaleMeasure,
} from './materials.api.js';
export type { SellerAccount } from './sellers.repository.js';
export type { SearchCacheCounts } from './search.service.js';
export { isPieceUnit } from './units.js';
export { priceSeriesApi, weekEndAfter, type WeeklyPriceSeries } from './price-series.api.js';
export { trendsLookupApi } from './trends-lookup.api.js';
export { recommendationListingApi, type ListedProduct } from './recommendation-listing.api.js';

export interface CatalogModule {
  routes: (app: FastifyInstance) => Promise<void>;
  stock: typeof stockApi;
  /** Product attributes and warehouse hours for delivery jobs (logistics). */
  transport: typeof transportApi;
  /** Offers that can serve an estimate's materials (insights). */
  materials: typeof materialsApi;
  /** Called in the users service's transaction whenever a seller account is made or changes status. */
  onSellerChanged(tx: Executor, seller: SellerAccount): Promise<void>;
  /** The demo catalog for these sellers, when the catalog is empty. */
  seedDemo(sellers: readonly SeedSeller[]): Promise<DemoCatalogCounts>;
  /** `count` more products × 3 offers, for benchmarks (`npm run seed -- --products N`). */
  seedLarge(sellers: readonly SeedSeller[], count: number): Promise<{ products: number; offers: number }>;
  knownSellers(): Promise<{ id: string; name: string }[]>;
  /** Searches answered from this process's cache, computed, or computed with the cache off (/metrics). */
  searchCacheCounts(): Readonly<SearchCacheCounts>;
  /** Counts afresh the facets of categories whose listing changed (migration 0023); how many. */
  refreshFacets(): Promise<number>;
  /** Settles when what this process's searches asked the primary to count or render is done (tests wait on it). */
  searchSettled(): Promise<void>;
}

export function createCatalogModule(deps: {
  db: Db;
  /** Search and product pages read here: a replica when there is one (docs/adr/0015). */
  readDb?: Db;
  /** The PostgreSQL pool behind readDb (none on PGlite): search keeps plans on its connections. */
  readPool?: pg.Pool | undefined;
  clock: Clock;
  searchCacheEntries?: number;
}): CatalogModule {
  const readDb = deps.readDb ?? deps.db;
  const categories = new CategoriesService(deps.db, readDb);
  const warehouses = new WarehousesService(deps.db, deps.clock);
  const offers = new OffersService(deps.db, deps.clock, readDb);
  const stock = new StockService(deps.db, deps.clock, offers, warehouses);
  const products = new ProductsService(deps.db, deps.clock, readDb);
  // The cache's version is read from the replica too, so it always matches the rows it stamps.
  // Plans for the 24 statement texts used most: search statements (0.5–0.8 MB each per connection), small lookups.
  const plans = deps.readPool ? new PlannedStatements(deps.readPool, 24) : undefined;
  const search = new SearchService(readDb, deps.searchCacheEntries, deps.clock, deps.db, plans);
  const priceLists = new PriceListsService(deps.db, deps.clock);
  return {
    routes: async (app) => {
      await app.register(catalogRoutes, { categories, products, offers, warehouses, stock });
      await app.register(searchRoutes, { search });
      await app.register(priceListRoutes, { priceLists });
    },
    stock: stockApi,
    transport: transportApi,
    materials: materialsApi,
    onSellerChanged: syncSeller,
    seedDemo: (sellers) => seedDemoCatalog(deps.db, sellers),
    seedLarge: async (sellers, count) => {
      const added = await seedLargeCatalog(deps.db, sellers, count);
      // A bulk load leaves the full-text index's pending list unmerged (5× slower text search
      // where autovacuum is off): merge it and refresh statistics now.
      for (const table of ['products', 'offers', 'stock', 'product_listing', 'listing_stock', 'price_history']) {
        await deps.db.execute(sql.raw(`vacuum analyze catalog.${table}`));
      }
      return added;
    },
    knownSellers: () => approvedSellers(deps.db),
    searchCacheCounts: () => search.cacheCounts,
    refreshFacets: () => refreshListingFacets(deps.db),
    searchSettled: () => search.settled(),
  };
}
