/**
 * Trends' one door into the catalog: a category by its slug, products' names and units
 * (src/modules/catalog/trends-lookup.api.ts).
 */
// eslint-disable-next-line tutuu/module-boundaries -- until catalog/index.ts exports trendsLookupApi; then import it from there
export { trendsLookupApi } from '../../catalog/trends-lookup.api.js';
