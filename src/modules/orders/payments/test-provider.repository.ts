import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { testProviderPayments } from '../orders.tables.js';
import { testProviderRefunds } from './refunds.tables.js';

export type TestProviderRecord = typeof testProviderPayments.$inferSelect;
export type TestProviderRefund = typeof testProviderRefunds.$inferSelect;
export type TestProviderChanges = Partial<
  Pick<TestProviderRecord, 'status' | 'declineCode' | 'declineMessage' | 'completionBody' | 'updatedAt'>
>;

/** The test provider's own records (orders.test_provider_payments); `lock` takes the row for the caller's transaction. */
export const testProviderRepository = {
  async byKey(ex: Executor, idempotencyKey: string, lock = false): Promise<TestProviderRecord | undefined> {
    const q = ex.select().from(testProviderPayments).where(eq(testProviderPayments.idempotencyKey, idempotencyKey));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async byId(ex: Executor, providerPaymentId: string, lock = false): Promise<TestProviderRecord | undefined> {
    const q = ex
      .select()
      .from(testProviderPayments)
      .where(eq(testProviderPayments.providerPaymentId, providerPaymentId));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  /** Undefined when a record with this idempotency key already exists (a parallel request got there first). */
  async insert(ex: Executor, values: TestProviderRecord): Promise<TestProviderRecord | undefined> {
    const [row] = await ex
      .insert(testProviderPayments)
      .values(values)
      .onConflictDoNothing({ target: testProviderPayments.idempotencyKey })
      .returning();
    return row;
  },

  async update(ex: Executor, providerPaymentId: string, changes: TestProviderChanges): Promise<TestProviderRecord> {
    const [row] = await ex
      .update(testProviderPayments)
      .set(changes)
      .where(eq(testProviderPayments.providerPaymentId, providerPaymentId))
      .returning();
    return row!;
  },

  async refundByKey(ex: Executor, idempotencyKey: string): Promise<TestProviderRefund | undefined> {
    const [row] = await ex
      .select()
      .from(testProviderRefunds)
      .where(eq(testProviderRefunds.idempotencyKey, idempotencyKey));
    return row;
  },

  /** Kopecks already paid back from this payment. */
  async refundedOf(ex: Executor, providerPaymentId: string): Promise<number> {
    const [row] = await ex
      .select({ sum: sql<string>`coalesce(sum(${testProviderRefunds.amountMinor}), 0)` })
      .from(testProviderRefunds)
      .where(
        and(eq(testProviderRefunds.providerPaymentId, providerPaymentId), eq(testProviderRefunds.status, 'succeeded')),
      );
    return Number(row!.sum);
  },

  /** Undefined when a refund with this key already exists (a parallel request got there first). */
  async insertRefund(ex: Executor, values: TestProviderRefund): Promise<TestProviderRefund | undefined> {
    const [row] = await ex
      .insert(testProviderRefunds)
      .values(values)
      .onConflictDoNothing({ target: testProviderRefunds.idempotencyKey })
      .returning();
    return row;
  },
};
