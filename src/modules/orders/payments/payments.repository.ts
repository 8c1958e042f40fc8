import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import type { PaymentRow } from '../orders.repository.js';
import { payments, subOrders, webhookEvents } from '../orders.tables.js';

export type PaymentChanges = Partial<
  Pick<
    PaymentRow,
    | 'status'
    | 'providerPaymentId'
    | 'cardBrand'
    | 'cardLast4'
    | 'declineCode'
    | 'declineMessage'
    | 'actionUrl'
    | 'updatedAt'
  >
>;

/** Payments' rows (card and invoice). Nothing here ever sees a full card number: only brand and last four digits. */
export const paymentsRepository = {
  async byKey(ex: Executor, orderId: string, key: string): Promise<PaymentRow | undefined> {
    const [row] = await ex
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, orderId), eq(payments.idempotencyKey, key)));
    return row;
  },

  async byId(ex: Executor, id: string): Promise<PaymentRow | undefined> {
    const [row] = await ex.select().from(payments).where(eq(payments.id, id));
    return row;
  },

  async lock(ex: Executor, id: string): Promise<PaymentRow | undefined> {
    const [row] = await ex.select().from(payments).where(eq(payments.id, id)).for('update');
    return row;
  },

  async byProviderId(
    ex: Executor,
    provider: string,
    providerPaymentId: string,
    lock = false,
  ): Promise<PaymentRow | undefined> {
    const q = ex
      .select()
      .from(payments)
      .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, providerPaymentId)));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async insert(ex: Executor, values: typeof payments.$inferInsert): Promise<PaymentRow> {
    const [row] = await ex.insert(payments).values(values).returning();
    return row!;
  },

  async update(ex: Executor, id: string, changes: PaymentChanges): Promise<PaymentRow> {
    const [row] = await ex.update(payments).set(changes).where(eq(payments.id, id)).returning();
    return row!;
  },

  /** Records a provider event as seen; false when it already was (a redelivery). */
  async markEventSeen(ex: Executor, provider: string, eventId: string, now: Date): Promise<boolean> {
    const rows = await ex
      .insert(webhookEvents)
      .values({ provider, eventId, receivedAt: now })
      .onConflictDoNothing()
      .returning({ eventId: webhookEvents.eventId });
    return rows.length > 0;
  },

  /** Invoice payments of a sub-order, oldest first. */
  ofSubOrder(ex: Executor, subOrderId: string): Promise<PaymentRow[]> {
    return ex
      .select()
      .from(payments)
      .where(eq(payments.subOrderId, subOrderId))
      .orderBy(asc(payments.createdAt), asc(payments.id));
  },

  /** Parts paid whole (by a card payment): they received their total. */
  async markReceived(ex: Executor, subOrderIds: readonly string[]): Promise<void> {
    if (subOrderIds.length === 0) return;
    await ex
      .update(subOrders)
      .set({ receivedMinor: sql`${subOrders.totalMinor}` })
      .where(inArray(subOrders.id, [...subOrderIds]));
  },

  /** Adds an invoice payment to what a part received (the database refuses more than its total). */
  async addReceived(ex: Executor, subOrderId: string, amountMinor: number): Promise<number> {
    const [row] = await ex
      .update(subOrders)
      .set({ receivedMinor: sql`${subOrders.receivedMinor} + ${amountMinor}` })
      .where(eq(subOrders.id, subOrderId))
      .returning({ receivedMinor: subOrders.receivedMinor });
    return row!.receivedMinor;
  },
};
