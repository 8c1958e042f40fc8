import { eq } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { testProviderPayments } from '../orders.tables.js';

export type TestProviderRecord = typeof testProviderPayments.$inferSelect;
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
};
