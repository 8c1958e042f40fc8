/**
 * Domain events and deadlines (docs/domain.md, Events and deadlines). A module writes events
 * and deadlines in the transaction of its change (`bus.publish(tx, …)`,
 * `bus.scheduleDeadline(tx, …)`) and registers idempotent handlers (`bus.on`, `bus.onDeadline`);
 * the relay delivers each at least once, inside a transaction that also marks it done.
 */
export { createEventBus, EventBus, type EventBusOptions, type Outbox, type RelayLog } from './relay.js';
export { publish, scheduleDeadline, cancelDeadline } from './outbox.js';
export { eventsAdminRoutes } from './events.routes.js';
export { retryDelayMs } from './backoff.js';
export type { Backlog, QueueFigures } from './backlog.js';
export { DeadItemNotFoundError, DeadlineSupersededError, NotDeadError } from './events.errors.js';
export type {
  DeadItem,
  DeadlineHandler,
  DeliveredEvent,
  DueDeadline,
  EventHandler,
  EventPayload,
  NewDeadline,
  NewEvent,
  RequeuedItem,
  RunCounts,
  RunResult,
} from './events.types.js';
