/**
 * The aggregates counted from sold_lines (docs/insights.md, Read model): each adds or takes back one
 * order already in sold_lines, and rebuilds its tables from all of sold_lines. The handlers and
 * the rebuild run every one of them, in this order, in the transaction that changes sold_lines.
 */
import type { Executor } from '../../../shared/db/database.js';
import { applyRecommendations, rebuildRecommendations } from '../recommendations/aggregate.js';
import { applyTrends, rebuildTrends } from '../trends/aggregate.js';

export interface SalesAggregate {
  name: string;
  /** Counts (+1) or uncounts (−1) one order whose lines are in sold_lines at the time of the call. */
  apply(tx: Executor, orderId: string, sign: 1 | -1): Promise<void>;
  /** Empties its tables and counts all of sold_lines again, set-based. */
  rebuild(tx: Executor): Promise<void>;
}

export const SALES_AGGREGATES: readonly SalesAggregate[] = [
  { name: 'recommendations', apply: applyRecommendations, rebuild: rebuildRecommendations },
  { name: 'trends', apply: applyTrends, rebuild: rebuildTrends },
];
