/**
 * The read model from scratch (`npm run insights:rebuild`, the history seed, the evaluation's time
 * split): in one transaction, sold_lines is copied again from every order that is not cancelled and
 * each aggregate is recounted from it, set-based (docs/insights.md, Read model).
 */
import type { Db } from '../../../shared/db/database.js';
import { SALES_AGGREGATES } from './aggregates.js';
import { countProjected, deleteAllLines, lockForRebuild } from './read-model.js';
import { projectOrders } from './sold-lines.sql.js';

export interface RebuildOptions {
  /** Keep only orders placed before this instant: the evaluation trains on them and tests on the rest. */
  before?: Date;
}

export async function rebuildInsights(
  db: Db,
  opts: RebuildOptions = {},
  aggregates = SALES_AGGREGATES,
): Promise<{ orders: number; lines: number }> {
  return db.transaction(async (tx) => {
    await lockForRebuild(tx);
    await deleteAllLines(tx);
    await projectOrders(tx, opts.before ? { before: opts.before } : {});
    for (const a of aggregates) await a.rebuild(tx);
    return countProjected(tx);
  });
}
