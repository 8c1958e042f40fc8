import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { orderLines, orders, subOrders } from '../orders.tables.js';
import { returnLines, returns, type ReturnStatus } from './returns.tables.js';

export type ReturnRow = typeof returns.$inferSelect;
export type ReturnLineRow = typeof returnLines.$inferSelect;

export interface ReturnListFilter {
  customerId?: string | undefined;
  sellerId?: string | undefined;
  orderId?: string | undefined;
  status?: ReturnStatus | undefined;
  after?: [string, string] | undefined;
  limit: number;
}

export const returnsRepository = {
  async byId(ex: Executor, id: string, lock = false): Promise<ReturnRow | undefined> {
    const q = ex.select().from(returns).where(eq(returns.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  linesOf(ex: Executor, returnIds: readonly string[]): Promise<ReturnLineRow[]> {
    if (returnIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(returnLines)
      .where(inArray(returnLines.returnId, [...returnIds]));
  },

  /** Per order line, what came back (accepted) or is asked back (open) so far. */
  async claimedByLine(ex: Executor, subOrderId: string): Promise<Map<string, string>> {
    const rows = await ex
      .select({ lineId: returnLines.lineId, quantity: sql<string>`sum(${returnLines.quantity})::text` })
      .from(returnLines)
      .innerJoin(returns, eq(returns.id, returnLines.returnId))
      .where(and(eq(returns.subOrderId, subOrderId), inArray(returns.status, ['requested', 'accepted'])))
      .groupBy(returnLines.lineId);
    return new Map(rows.map((r) => [r.lineId, r.quantity]));
  },

  /** Per order line, what came back in accepted returns only. */
  async acceptedByLine(ex: Executor, subOrderId: string): Promise<Map<string, string>> {
    const rows = await ex
      .select({ lineId: returnLines.lineId, quantity: sql<string>`sum(${returnLines.quantity})::text` })
      .from(returnLines)
      .innerJoin(returns, eq(returns.id, returnLines.returnId))
      .where(and(eq(returns.subOrderId, subOrderId), eq(returns.status, 'accepted')))
      .groupBy(returnLines.lineId);
    return new Map(rows.map((r) => [r.lineId, r.quantity]));
  },

  /** Whether an accepted return of this sub-order already gave the delivery back. */
  async deliveryRefunded(ex: Executor, subOrderId: string): Promise<boolean> {
    const [row] = await ex
      .select({ id: returns.id })
      .from(returns)
      .where(and(eq(returns.subOrderId, subOrderId), eq(returns.status, 'accepted'), eq(returns.refundDelivery, true)))
      .limit(1);
    return row !== undefined;
  },

  async insert(
    tx: Executor,
    row: typeof returns.$inferInsert,
    lines: Omit<typeof returnLines.$inferInsert, 'returnId'>[],
  ): Promise<ReturnRow> {
    const [made] = await tx.insert(returns).values(row).returning();
    await tx.insert(returnLines).values(lines.map((l) => ({ ...l, returnId: made!.id })));
    return made!;
  },

  async resolve(tx: Executor, id: string, set: Partial<typeof returns.$inferInsert>): Promise<ReturnRow> {
    const [row] = await tx.update(returns).set(set).where(eq(returns.id, id)).returning();
    return row!;
  },

  /** Newest first; a customer's, a seller's, or (no filter) every return. */
  list(ex: Executor, f: ReturnListFilter) {
    const where: (SQL | undefined)[] = [
      f.customerId ? eq(orders.customerId, f.customerId) : undefined,
      f.sellerId ? eq(subOrders.sellerId, f.sellerId) : undefined,
      f.orderId ? eq(returns.orderId, f.orderId) : undefined,
      f.status ? eq(returns.status, f.status) : undefined,
      f.after
        ? sql`(${returns.requestedAt}, ${returns.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`
        : undefined,
    ];
    return ex
      .select({ ret: returns })
      .from(returns)
      .innerJoin(orders, eq(orders.id, returns.orderId))
      .innerJoin(subOrders, eq(subOrders.id, returns.subOrderId))
      .where(and(...where))
      .orderBy(desc(returns.requestedAt), desc(returns.id))
      .limit(f.limit + 1)
      .then((rows) => rows.map((r) => r.ret));
  },

  /** The order lines a return names, with the lines' own names and units for the view. */
  orderLinesOf(ex: Executor, lineIds: readonly string[]) {
    if (lineIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(orderLines)
      .where(inArray(orderLines.id, [...lineIds]));
  },
};
