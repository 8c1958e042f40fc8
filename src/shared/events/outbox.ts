import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import { queryRows, type Executor } from '../db/database.js';
import { deadlines, outbox } from './events.tables.js';
import type { NewDeadline, NewEvent } from './events.types.js';

const DOTTED_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * The channel a relay listens on (docs/domain.md, Events and deadlines): every transaction that
 * writes an event or a deadline notifies it, so a waiting relay runs as soon as that commits.
 */
export const EVENTS_CHANNEL = 'tutuu_events';

/**
 * Runs the write and wakes the relays once the caller's transaction commits (nothing if it rolls
 * back), in one round trip: the write as a CTE, which runs whether or not it is read. The payload
 * is empty, so PostgreSQL folds a transaction's repeated notifications into one.
 */
async function writeAndWake<T>(tx: Executor, write: SQLWrapper, read: SQL = sql`null`): Promise<T | null> {
  const rows = await queryRows<{ value: T | null }>(
    tx,
    sql`with w as (${write.getSQL()}) select ${read} as value, pg_notify(${EVENTS_CHANNEL}, '')`,
  );
  return rows[0]?.value ?? null;
}

/** A misspelt event type is a programming error: say so here, not as a check violation later. */
export function assertDottedName(what: string, name: string): void {
  if (!DOTTED_NAME.test(name)) throw new Error(`${what} "${name}" must be dotted lower-case words, like order.paid`);
}

/**
 * Writes events in the caller's transaction: they exist if and only if the change commits, and
 * the relay delivers them afterwards. Returns their ids.
 */
export async function publish(tx: Executor, events: NewEvent | readonly NewEvent[], clock: Clock): Promise<string[]> {
  const list = Array.isArray(events) ? (events as readonly NewEvent[]) : [events as NewEvent];
  if (list.length === 0) return [];
  const now = clock.now();
  const rows = list.map((e) => {
    assertDottedName('event type', e.type);
    return {
      id: randomUUID(),
      type: e.type,
      key: e.key ?? null,
      payload: e.payload,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    };
  });
  await writeAndWake(tx, tx.insert(outbox).values(rows));
  return rows.map((r) => r.id);
}

/** Schedules a deadline, replacing a pending one of the same kind and key (its id is kept). */
export async function scheduleDeadline(tx: Executor, deadline: NewDeadline, clock: Clock): Promise<string> {
  assertDottedName('deadline kind', deadline.kind);
  const now = clock.now();
  const write = tx
    .insert(deadlines)
    .values({
      id: randomUUID(),
      kind: deadline.kind,
      key: deadline.key,
      dueAt: deadline.dueAt,
      payload: deadline.payload,
      nextAttemptAt: deadline.dueAt,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [deadlines.kind, deadlines.key],
      targetWhere: sql`${deadlines.status} = 'pending'`,
      set: {
        dueAt: deadline.dueAt,
        nextAttemptAt: deadline.dueAt,
        payload: deadline.payload,
        attempts: 0,
        lastError: null,
        updatedAt: now,
      },
    })
    .returning({ id: deadlines.id });
  // A relay waiting for its next due time learns of an earlier one.
  return (await writeAndWake<string>(tx, write, sql`(select id from w)`))!;
}

/**
 * Cancels the pending deadline of this kind and key; false when there was none (already fired).
 * A deadline the relay has claimed right now is left to it: the relay locks the deadline, then
 * its handler locks the aggregate, while the caller already holds the aggregate — waiting here
 * would deadlock. The handler runs after the caller commits and must find nothing left to do.
 */
export async function cancelDeadline(tx: Executor, kind: string, key: string, clock: Clock): Promise<boolean> {
  const rows = await tx
    .update(deadlines)
    .set({ status: 'cancelled', updatedAt: clock.now() })
    .where(
      inArray(
        deadlines.id,
        tx
          .select({ id: deadlines.id })
          .from(deadlines)
          .where(and(eq(deadlines.kind, kind), eq(deadlines.key, key), eq(deadlines.status, 'pending')))
          .for('update', { skipLocked: true }),
      ),
    )
    .returning({ id: deadlines.id });
  return rows.length > 0;
}
