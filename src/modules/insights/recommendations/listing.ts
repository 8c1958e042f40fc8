/** The one door from recommendations into the catalog: its recommendation listing API. */
export { recommendationListingApi, type ListedProduct } from '../../catalog/index.js';
