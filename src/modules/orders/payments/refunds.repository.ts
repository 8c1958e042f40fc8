import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { refunds, type RefundStatus } from './refunds.tables.js';

export type RefundRow = typeof refunds.$inferSelect;
export type NewRefund = typeof refunds.$inferInsert;
export type RefundChanges = Partial<
  Pick<
    RefundRow,
    | 'status'
    | 'providerRefundId'
    | 'failureCode'
    | 'failureMessage'
    | 'attempts'
    | 'documentNumber'
    | 'paidBackOn'
    | 'paidBackBy'
    | 'updatedAt'
  >
>;

const sum = sql<string>`coalesce(sum(${refunds.amountMinor}), 0)`;

/** Refunds' rows (refunds.tables.ts). */
export const refundsRepository = {
  async insert(ex: Executor, values: NewRefund): Promise<RefundRow> {
    const [row] = await ex.insert(refunds).values(values).returning();
    return row!;
  },

  async byId(ex: Executor, id: string, lock = false): Promise<RefundRow | undefined> {
    const q = ex.select().from(refunds).where(eq(refunds.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async update(ex: Executor, id: string, changes: RefundChanges): Promise<RefundRow> {
    const [row] = await ex.update(refunds).set(changes).where(eq(refunds.id, id)).returning();
    return row!;
  },

  ofOrder(ex: Executor, orderId: string): Promise<RefundRow[]> {
    return ex
      .select()
      .from(refunds)
      .where(eq(refunds.orderId, orderId))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
  },

  ofSubOrder(ex: Executor, subOrderId: string): Promise<RefundRow[]> {
    return ex
      .select()
      .from(refunds)
      .where(eq(refunds.subOrderId, subOrderId))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
  },

  /**
   * Kopecks already promised back from a part, or from a payment, whatever their refunds' status:
   * a failed card refund is retried by an admin, never written again.
   */
  async claimed(ex: Executor, on: { subOrderId: string } | { paymentId: string }): Promise<number> {
    const where = 'subOrderId' in on ? eq(refunds.subOrderId, on.subOrderId) : eq(refunds.paymentId, on.paymentId);
    const [row] = await ex.select({ sum }).from(refunds).where(where);
    return Number(row!.sum);
  },

  /** Newest first, by status when asked; `after` is the last (createdAt, id) of the previous page. */
  page(ex: Executor, q: { status?: RefundStatus | undefined; limit: number; after?: [string, string] | undefined }) {
    const after: SQL | undefined = q.after
      ? sql`(${refunds.createdAt}, ${refunds.id}) < (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)`
      : undefined;
    return ex
      .select()
      .from(refunds)
      .where(and(q.status ? eq(refunds.status, q.status) : undefined, after))
      .orderBy(desc(refunds.createdAt), desc(refunds.id))
      .limit(q.limit + 1);
  },
};
