/**
 * Trends' one door into the catalog: a category by its slug, products' names and units
 * (src/modules/catalog/trends-lookup.api.ts).
 */
export { trendsLookupApi } from '../../catalog/index.js';
