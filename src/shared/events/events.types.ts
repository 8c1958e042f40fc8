import type { Executor } from '../db/database.js';

/** A JSON object; events and deadlines carry ids and facts, never live objects. */
export type EventPayload = Record<string, unknown>;

/** What a module publishes: `{ type: 'order.paid', key: orderId, payload: { orderId, totalMinor } }`. */
export interface NewEvent<P extends EventPayload = EventPayload> {
  /** Dotted lower-case name, `<aggregate>.<what happened>`. */
  type: string;
  payload: P;
  /** The aggregate it is about (an order id): lets anyone find an aggregate's events. */
  key?: string | undefined;
}

/** An event as a handler receives it. */
export interface DeliveredEvent<P extends EventPayload = EventPayload> {
  id: string;
  type: string;
  key: string | null;
  payload: P;
  createdAt: Date;
  /** Failed deliveries so far (0 on the first). */
  attempts: number;
}

export interface NewDeadline<P extends EventPayload = EventPayload> {
  /** Dotted lower-case name: `order.payment_expiry`, `auction.close`. */
  kind: string;
  /** What it is about (an order id); scheduling the same kind and key again replaces it. */
  key: string;
  dueAt: Date;
  payload: P;
}

/** A deadline as its handler receives it, at or after `dueAt`. */
export interface DueDeadline<P extends EventPayload = EventPayload> {
  id: string;
  kind: string;
  key: string;
  dueAt: Date;
  payload: P;
  attempts: number;
}

/**
 * Handlers run inside the relay's transaction (a savepoint of it) and must use the `tx` they are
 * given: their writes commit together with "delivered", or not at all. Delivery is at least once,
 * so a handler must be idempotent.
 */
export type EventHandler<P extends EventPayload = EventPayload> = (
  event: DeliveredEvent<P>,
  tx: Executor,
) => Promise<void>;
export type DeadlineHandler<P extends EventPayload = EventPayload> = (
  deadline: DueDeadline<P>,
  tx: Executor,
) => Promise<void>;

/** One relay pass, per table: handled, put back for a later attempt, parked as dead. */
export interface RunCounts {
  done: number;
  retrying: number;
  dead: number;
}

export interface RunResult {
  events: RunCounts;
  deadlines: RunCounts;
}

/** A parked event or deadline, as the admin list shows it (times ISO-8601). */
export interface DeadItem {
  id: string;
  source: 'event' | 'deadline';
  /** The event type, or the deadline kind. */
  type: string;
  key: string | null;
  payload: EventPayload;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** When it was parked. */
  failedAt: string;
  /** Deadlines only. */
  dueAt: string | null;
}

/** A dead item put back in the queue by an admin. */
export interface RequeuedItem {
  id: string;
  source: 'event' | 'deadline';
  type: string;
  key: string | null;
  status: 'pending';
  attempts: number;
  nextAttemptAt: string;
}
