/**
 * The one door from recommendations into the catalog: its recommendation listing API.
 * TODO(lead): once src/modules/catalog/index.ts exports it, import it from '../../catalog/index.js'.
 */
// eslint-disable-next-line tutuu/module-boundaries -- catalog/index.ts does not export it yet (see the report)
export { recommendationListingApi, type ListedProduct } from '../../catalog/recommendation-listing.api.js';
