import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The outbox and the deadlines, shared by every module. No column takes a default time from the
 * database: every time comes from the application's clock, so tests move time by hand.
 */
export const eventsSchema = pgSchema('events');

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
// `order.placed`, `suborder.status_changed`, `order.payment_expiry`: dotted lower-case words.
const DOTTED_NAME = `'^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'`;

/** Domain events written in the transaction of the change; the relay delivers them at least once. */
export const outbox = eventsSchema.table(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    /** Publication order, so events written in the same millisecond are still delivered in order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    /** The aggregate the event is about (an order id), for finding an aggregate's events. */
    key: text('key'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'done', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Handlers (by name) that have already taken this event; a retry runs only the others. */
    deliveredTo: text('delivered_to')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    /** The last status change: when it was delivered, failed, parked or retried. */
    updatedAt: ts('updated_at').notNull(),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [
    // The relay's claim: pending rows due now, oldest first.
    index('outbox_due_idx')
      .on(t.nextAttemptAt, t.seq)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_dead_idx')
      .on(t.updatedAt, t.id)
      .where(sql`${t.status} = 'dead'`),
    index('outbox_key_idx').on(t.key, t.seq),
    // The relay's purge: delivered events past the retention period, oldest first.
    index('outbox_done_idx')
      .on(t.deliveredAt)
      .where(sql`${t.status} = 'done'`),
    check('outbox_type_format', sql`${t.type} ~ ${sql.raw(DOTTED_NAME)}`),
    check('outbox_status', sql`${t.status} in ('pending', 'done', 'dead')`),
    check('outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('outbox_payload_object', sql`jsonb_typeof(${t.payload}) = 'object'`),
    check('outbox_delivered_when_done', sql`(${t.status} = 'done') = (${t.deliveredAt} is not null)`),
  ],
);

/** Things that must happen at a time (unpaid-order expiry, auction close); claimed like events. */
export const deadlines = eventsSchema.table(
  'deadlines',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** What the deadline is about (an order id); one pending deadline per kind and key. */
    key: text('key').notNull(),
    dueAt: ts('due_at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'done', 'dead', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** `due_at` until a failure pushes it back. */
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    firedAt: ts('fired_at'),
  },
  (t) => [
    // Scheduling again replaces the pending deadline (an upsert on this index).
    uniqueIndex('deadlines_pending_key')
      .on(t.kind, t.key)
      .where(sql`${t.status} = 'pending'`),
    index('deadlines_due_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.status} = 'pending'`),
    index('deadlines_dead_idx')
      .on(t.updatedAt, t.id)
      .where(sql`${t.status} = 'dead'`),
    // The relay's purge: fired and cancelled deadlines past the retention period.
    index('deadlines_finished_idx')
      .on(t.updatedAt)
      .where(sql`${t.status} in ('done', 'cancelled')`),
    check('deadlines_kind_format', sql`${t.kind} ~ ${sql.raw(DOTTED_NAME)}`),
    check('deadlines_key_not_empty', sql`length(${t.key}) > 0`),
    check('deadlines_status', sql`${t.status} in ('pending', 'done', 'dead', 'cancelled')`),
    check('deadlines_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('deadlines_payload_object', sql`jsonb_typeof(${t.payload}) = 'object'`),
    // A deadline never fires before it is due, however it was retried.
    check('deadlines_not_before_due', sql`${t.nextAttemptAt} >= ${t.dueAt}`),
    check('deadlines_fired_when_done', sql`(${t.status} = 'done') = (${t.firedAt} is not null)`),
  ],
);
