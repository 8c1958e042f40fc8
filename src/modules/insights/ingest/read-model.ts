/** The ingest's own reads and writes of sold_lines (its table; the orders side is sold-lines.sql.ts). */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { soldLines } from '../analytics.tables.js';

/**
 * Handlers take it shared, the rebuild exclusive: a rebuild does not interleave with an order being
 * counted, and a handler that waited for it sees the rebuilt sold_lines (docs/adr/0014).
 */
const LOCK = sql`hashtextextended('insights.read_model', 0)`;

export async function lockForHandler(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${LOCK})`);
}

export async function lockForRebuild(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
}

/** Whether the order's lines are in sold_lines (then it is counted in every aggregate). */
export async function isProjected(tx: Executor, orderId: string): Promise<boolean> {
  const rows = await tx
    .select({ one: sql`1` })
    .from(soldLines)
    .where(eq(soldLines.orderId, orderId))
    .limit(1);
  return rows.length > 0;
}

export async function deleteOrderLines(tx: Executor, orderId: string): Promise<void> {
  await tx.delete(soldLines).where(eq(soldLines.orderId, orderId));
}

export async function deleteAllLines(tx: Executor): Promise<void> {
  await tx.execute(sql`delete from insights.sold_lines`);
}

export async function countProjected(tx: Executor): Promise<{ orders: number; lines: number }> {
  const [row] = await queryRows<{ orders: number | string; lines: number | string }>(
    tx,
    sql`select count(distinct order_id) as orders, count(*) as lines from insights.sold_lines`,
  );
  return { orders: Number(row?.orders ?? 0), lines: Number(row?.lines ?? 0) };
}
