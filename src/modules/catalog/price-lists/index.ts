/**
 * Sellers' price lists: the upload route and its service. Inside: the bounded readers of CSV
 * and XLSX (read-file.ts and below), the row checks (row-checker.ts), the import (import-rows.ts).
 */
export { priceListRoutes } from './price-lists.routes.js';
export { PriceListsService } from './price-lists.service.js';
export { PRICE_LIST_LIMITS, type PriceListLimits } from './read-limits.js';
