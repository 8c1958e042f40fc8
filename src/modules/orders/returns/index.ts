/** Returns of goods received: the customer asks, the seller accepts or refuses (docs/domain.md, Returns). */
export { returnsRoutes } from './returns.routes.js';
export { ReturnsService, type Restocker, type ReturnRefunder } from './returns.service.js';
