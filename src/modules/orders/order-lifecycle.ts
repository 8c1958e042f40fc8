import type { Clock } from '../../shared/clock.js';
import type { Executor } from '../../shared/db/database.js';
import type { Outbox } from '../../shared/events/index.js';
import type { CatalogModule } from '../catalog/index.js';
import { ordersRepository as repo, type OrderRow, type SubOrderRow } from './orders.repository.js';
import { OPEN_PAYMENT, RefundLedger, VOID_REQUESTED } from './payments/index.js';
import type { SubOrderStatus } from './orders.tables.js';
import { orderStatus, RECEIVED, ships, unships } from './state-machine.js';

/** Fires when a received sub-order's return window ends: it is completed unless a return is open. */
export const RETURN_WINDOW_DEADLINE = 'order.return_window';
const DAY_MS = 86_400_000;

export interface Actor {
  actorId: string | null;
  /** A role (a carrier's for a delivery's moves), or `system` (expiry) / `provider` (a payment webhook). */
  actorRole: string;
  reason?: string | null | undefined;
}

/**
 * Every status change goes through here, inside the caller's transaction with the order and its
 * sub-orders locked: the stock moves with it (cancel releases, hand-over ships, a failed delivery
 * brings the goods back on hand and reserved), money received
 * for a part cancelled goes back (refunds), the history and events are written, and the order's
 * own status follows its sub-orders.
 */
export class OrderLifecycle {
  /** Writes refunds in the caller's transaction (payments/refunds.ts); returns call `refundLines`. */
  readonly refunds: RefundLedger;

  constructor(
    private readonly clock: Clock,
    private readonly stock: CatalogModule['stock'],
    private readonly events: Outbox,
    /** ORDER_RETURN_DAYS: how long after the hand-over the customer may ask for a return. */
    private readonly returnWindowDays = 14,
  ) {
    this.refunds = new RefundLedger(clock, events);
  }

  /** Locks the order, then its sub-orders in id order: every writer takes them in this order. */
  async lock(tx: Executor, orderId: string): Promise<{ order: OrderRow; subs: SubOrderRow[] } | undefined> {
    const order = await repo.order(tx, orderId, true);
    if (!order) return undefined;
    return { order, subs: await repo.subOrdersOf(tx, orderId, true) };
  }

  /** Moves these sub-orders to `to` (already checked as allowed), then re-derives the order. */
  async move(
    tx: Executor,
    locked: { order: OrderRow; subs: SubOrderRow[] },
    targets: readonly SubOrderRow[],
    to: SubOrderStatus,
    actor: Actor,
  ): Promise<void> {
    const now = this.clock.now();
    const lines = await repo.linesOf(
      tx,
      targets.map((s) => s.id),
    );
    for (const sub of targets) {
      const stockLines = lines
        .filter((l) => l.subOrderId === sub.id)
        .map((l) => ({ offerId: l.offerId, warehouseId: sub.warehouseId, quantity: l.quantity }));
      if (to === 'cancelled') {
        await this.stock.release(tx, stockLines);
        // Whoever cancels (customer, seller, admin, expiry): what the part received goes back (docs/domain.md, Payments).
        await this.refunds.forCancelled(tx, locked.order, sub, actor);
      }
      if (ships(sub.status, to)) await this.stock.ship(tx, stockLines);
      if (unships(sub.status, to)) await this.stock.unship(tx, stockLines);
      await repo.setSubOrderStatus(tx, sub, to, actor, now);
      if (RECEIVED.has(to) && !sub.receivedAt) {
        // Goods with the customer: returns may be asked for until the window ends (returns/).
        await this.events.scheduleDeadline(tx, {
          kind: RETURN_WINDOW_DEADLINE,
          key: sub.id,
          dueAt: new Date(now.getTime() + this.returnWindowDays * DAY_MS),
          payload: { orderId: sub.orderId, subOrderId: sub.id },
        });
      }
      await this.events.publish(tx, {
        type: 'suborder.status_changed',
        key: sub.orderId,
        payload: {
          orderId: sub.orderId,
          subOrderId: sub.id,
          sellerId: sub.sellerId,
          from: sub.status,
          to,
          deliveryMethod: locked.order.delivery.method,
          reason: actor.reason ?? null,
        },
      });
    }
    const ids = new Set(targets.map((s) => s.id));
    const statuses = locked.subs.map((s) => (ids.has(s.id) ? to : s.status));
    const derived = orderStatus(statuses);
    const before = locked.order.status;
    if (await repo.setOrderStatus(tx, locked.order, derived, actor, now)) {
      const payload = { orderId: locked.order.id, number: locked.order.number, customerId: locked.order.customerId };
      if (derived === 'cancelled') {
        await this.events.publish(tx, {
          type: 'order.cancelled',
          key: locked.order.id,
          payload: { ...payload, reason: actor.reason ?? null },
        });
      }
      if (before === 'pending_payment' && derived !== 'cancelled') {
        await this.events.publish(tx, {
          type: 'order.paid',
          key: locked.order.id,
          payload: { ...payload, totalMinor: locked.order.totalMinor },
        });
      }
    }
    if (to === 'cancelled' && targets.some((s) => s.status === 'pending_payment')) {
      await this.voidOpenPayments(tx, locked.order);
    }
    // Nothing left to pay: the expiry deadline has nothing to do any more.
    if (!statuses.includes('pending_payment'))
      await this.events.cancelDeadline(tx, 'order.payment_expiry', locked.order.id);
  }

  /**
   * A part awaiting payment was cancelled: an open card payment is now for the wrong amount, or for
   * nothing. It is cancelled at the provider by the relay (a provider call never runs in here), so
   * its 3-D Secure page charges nothing (docs/domain.md, Payments).
   */
  private async voidOpenPayments(tx: Executor, order: OrderRow): Promise<void> {
    if (order.paymentMethod !== 'card') return;
    for (const payment of await repo.paymentsOf(tx, order.id)) {
      if (!OPEN_PAYMENT.has(payment.status)) continue;
      await this.events.publish(tx, { type: VOID_REQUESTED, key: order.id, payload: { paymentId: payment.id } });
    }
  }
}
