import { and, asc, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { deadlines, outbox } from './events.tables.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type DeadlineRow = typeof deadlines.$inferSelect;

/** What a failed attempt leaves behind: when to try again, or parked as dead. */
export interface Failure {
  attempts: number;
  dead: boolean;
  nextAttemptAt: Date;
  lastError: string;
  now: Date;
}

/** Sort key of the last item of the previous page: most recently parked first. */
export type DeadCursor = [string, string];

const deadBefore = (table: typeof outbox | typeof deadlines, after: DeadCursor | undefined) =>
  after
    ? or(lt(table.updatedAt, new Date(after[0])), and(eq(table.updatedAt, new Date(after[0])), lt(table.id, after[1])))
    : undefined;

export const relayRepository = {
  /**
   * Due pending events, locked for this transaction. SKIP LOCKED lets several relays claim at
   * once: each gets rows no other holds, so no event is handled twice at the same time.
   */
  claimEvents(tx: Executor, now: Date, limit: number): Promise<OutboxRow[]> {
    return tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.seq))
      .limit(limit)
      .for('update', { skipLocked: true });
  },

  async eventDone(tx: Executor, id: string, deliveredTo: string[], now: Date): Promise<void> {
    await tx
      .update(outbox)
      .set({ status: 'done', deliveredTo, deliveredAt: now, updatedAt: now })
      .where(eq(outbox.id, id));
  },

  async eventFailed(tx: Executor, id: string, deliveredTo: string[], f: Failure): Promise<void> {
    await tx
      .update(outbox)
      .set({
        status: f.dead ? 'dead' : 'pending',
        deliveredTo,
        attempts: f.attempts,
        nextAttemptAt: f.nextAttemptAt,
        lastError: f.lastError,
        updatedAt: f.now,
      })
      .where(eq(outbox.id, id));
  },

  claimDeadlines(tx: Executor, now: Date, limit: number): Promise<DeadlineRow[]> {
    return tx
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.status, 'pending'), lte(deadlines.nextAttemptAt, now)))
      .orderBy(asc(deadlines.nextAttemptAt), asc(deadlines.id))
      .limit(limit)
      .for('update', { skipLocked: true });
  },

  /**
   * Marks the deadline fired, unless its handler scheduled it again (same kind and key, a new due
   * time): then it stays pending for that time.
   */
  async deadlineDone(tx: Executor, claimed: DeadlineRow, now: Date): Promise<void> {
    await tx
      .update(deadlines)
      .set({ status: 'done', firedAt: now, updatedAt: now })
      .where(
        and(
          eq(deadlines.id, claimed.id),
          // Rescheduled = still pending with another due time (compared to the millisecond, as read).
          sql`(${deadlines.status} <> 'pending' or date_trunc('milliseconds', ${deadlines.dueAt}) = ${claimed.dueAt.toISOString()}::timestamptz)`,
        ),
      );
  },

  async deadlineFailed(tx: Executor, id: string, f: Failure): Promise<void> {
    await tx
      .update(deadlines)
      .set({
        status: f.dead ? 'dead' : 'pending',
        attempts: f.attempts,
        nextAttemptAt: f.nextAttemptAt,
        lastError: f.lastError,
        updatedAt: f.now,
      })
      .where(eq(deadlines.id, id));
  },

  deadEvents(ex: Executor, limit: number, after?: DeadCursor): Promise<OutboxRow[]> {
    return ex
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'dead'), deadBefore(outbox, after)))
      .orderBy(desc(outbox.updatedAt), desc(outbox.id))
      .limit(limit);
  },

  deadDeadlines(ex: Executor, limit: number, after?: DeadCursor): Promise<DeadlineRow[]> {
    return ex
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.status, 'dead'), deadBefore(deadlines, after)))
      .orderBy(desc(deadlines.updatedAt), desc(deadlines.id))
      .limit(limit);
  },

  async eventForUpdate(tx: Executor, id: string): Promise<OutboxRow | undefined> {
    const [row] = await tx.select().from(outbox).where(eq(outbox.id, id)).for('update');
    return row;
  },

  async deadlineForUpdate(tx: Executor, id: string): Promise<DeadlineRow | undefined> {
    const [row] = await tx.select().from(deadlines).where(eq(deadlines.id, id)).for('update');
    return row;
  },

  async pendingDeadlineExists(tx: Executor, kind: string, key: string): Promise<boolean> {
    const rows = await tx
      .select({ id: deadlines.id })
      .from(deadlines)
      .where(and(eq(deadlines.kind, kind), eq(deadlines.key, key), eq(deadlines.status, 'pending')))
      .limit(1);
    return rows.length > 0;
  },

  async requeueEvent(tx: Executor, id: string, now: Date): Promise<OutboxRow> {
    const [row] = await tx
      .update(outbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
      .where(eq(outbox.id, id))
      .returning();
    return row!;
  },

  async requeueDeadline(tx: Executor, id: string, nextAttemptAt: Date, now: Date): Promise<DeadlineRow> {
    const [row] = await tx
      .update(deadlines)
      .set({ status: 'pending', attempts: 0, nextAttemptAt, updatedAt: now })
      .where(eq(deadlines.id, id))
      .returning();
    return row!;
  },

  /** When the earliest pending event or deadline falls due (null: none pending). */
  async nextDue(ex: Executor): Promise<Date | null> {
    const [row] = await queryRows<{ next: Date | string | null }>(
      ex,
      sql`select least(
            (select min(${outbox.nextAttemptAt}) from ${outbox} where ${outbox.status} = 'pending'),
            (select min(${deadlines.nextAttemptAt}) from ${deadlines} where ${deadlines.status} = 'pending')
          ) as next`,
    );
    return row?.next ? new Date(row.next) : null;
  },

  // The literal status matches the partial index's predicate (outbox_done_idx, deadlines_finished_idx).
  /** Deletes up to `limit` delivered events delivered before `before`; how many. */
  async purgeEvents(ex: Executor, before: Date, limit: number): Promise<number> {
    const rows = await ex
      .delete(outbox)
      .where(
        inArray(
          outbox.id,
          ex
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(sql`${outbox.status} = 'done'`, lt(outbox.deliveredAt, before)))
            .limit(limit),
        ),
      )
      .returning({ id: outbox.id });
    return rows.length;
  },

  /** Deletes up to `limit` fired or cancelled deadlines last changed before `before`; how many. */
  async purgeDeadlines(ex: Executor, before: Date, limit: number): Promise<number> {
    const rows = await ex
      .delete(deadlines)
      .where(
        inArray(
          deadlines.id,
          ex
            .select({ id: deadlines.id })
            .from(deadlines)
            .where(and(sql`${deadlines.status} in ('done', 'cancelled')`, lt(deadlines.updatedAt, before)))
            .limit(limit),
        ),
      )
      .returning({ id: deadlines.id });
    return rows.length;
  },
};
