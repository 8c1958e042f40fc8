/**
 * Keeps the read model up to date as orders happen (docs/insights.md, Read model): the outbox
 * delivers each event at least once, inside a transaction that also marks it delivered, so each
 * handler checks what sold_lines already holds before counting anything.
 */
import type { Executor } from '../../../shared/db/database.js';
import type { EventBus } from '../../../shared/events/index.js';
import { SALES_AGGREGATES, type SalesAggregate } from './aggregates.js';
import { deleteOrderLines, isProjected, lockForHandler } from './read-model.js';
import { projectOrders, removePartLines } from './sold-lines.sql.js';

export const ORDER_PLACED_HANDLER = 'insights.order_placed';
export const ORDER_CANCELLED_HANDLER = 'insights.order_cancelled';
export const PART_CANCELLED_HANDLER = 'insights.part_cancelled';

async function applyAll(aggregates: readonly SalesAggregate[], tx: Executor, orderId: string, sign: 1 | -1) {
  for (const a of aggregates) await a.apply(tx, orderId, sign);
}

/** Copies a placed order into sold_lines and counts it; a second delivery finds it there and stops. */
export async function orderPlaced(tx: Executor, orderId: string, aggregates = SALES_AGGREGATES): Promise<void> {
  await lockForHandler(tx);
  if (await isProjected(tx, orderId)) return;
  // Nothing copied: the order was cancelled before this event came round (a retry after a failure).
  if ((await projectOrders(tx, { orderId })) === 0) return;
  await applyAll(aggregates, tx, orderId, 1);
}

/** A cancelled order stops counting: taken back from every aggregate, then from sold_lines. */
export async function orderCancelled(tx: Executor, orderId: string, aggregates = SALES_AGGREGATES): Promise<void> {
  await lockForHandler(tx);
  if (!(await isProjected(tx, orderId))) return;
  await applyAll(aggregates, tx, orderId, -1);
  await deleteOrderLines(tx, orderId);
}

/**
 * A part cancelled on its own: the order is counted again without that part's lines (its basket
 * changed, so pairs and popularity change too). Uncounting and recounting the whole order keeps each
 * aggregate's arithmetic to the two moves it already has.
 */
export async function partCancelled(
  tx: Executor,
  orderId: string,
  subOrderId: string,
  aggregates = SALES_AGGREGATES,
): Promise<void> {
  await lockForHandler(tx);
  if (!(await isProjected(tx, orderId))) return;
  await applyAll(aggregates, tx, orderId, -1);
  await removePartLines(tx, subOrderId);
  if (await isProjected(tx, orderId)) await applyAll(aggregates, tx, orderId, 1);
}

// Type aliases, not interfaces: an event payload must fit `Record<string, unknown>`.
type OrderEvent = { orderId: string };
type PartStatusChanged = { orderId: string; subOrderId: string; to: string };

/** Subscribes the read model to the orders module's events (published by checkout and order-lifecycle). */
export function registerInsightsHandlers(events: EventBus, aggregates = SALES_AGGREGATES): void {
  events.on<OrderEvent>('order.placed', ORDER_PLACED_HANDLER, (event, tx) =>
    orderPlaced(tx, event.payload.orderId, aggregates),
  );
  events.on<OrderEvent>('order.cancelled', ORDER_CANCELLED_HANDLER, (event, tx) =>
    orderCancelled(tx, event.payload.orderId, aggregates),
  );
  events.on<PartStatusChanged>('suborder.status_changed', PART_CANCELLED_HANDLER, async (event, tx) => {
    if (event.payload.to !== 'cancelled') return;
    await partCancelled(tx, event.payload.orderId, event.payload.subOrderId, aggregates);
  });
}
