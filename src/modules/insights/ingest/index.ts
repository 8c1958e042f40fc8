/** How orders reach the insights read model: outbox handlers one order at a time, or a full rebuild. */
export {
  registerInsightsHandlers,
  ORDER_CANCELLED_HANDLER,
  ORDER_PLACED_HANDLER,
  PART_CANCELLED_HANDLER,
} from './handlers.js';
export { rebuildInsights, type RebuildOptions } from './rebuild.js';
export { SALES_AGGREGATES, type SalesAggregate } from './aggregates.js';
