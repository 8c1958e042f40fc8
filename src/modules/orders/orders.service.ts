import { and, desc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../shared/db/database.js';
import { DomainError, ForbiddenError, ValidationError } from '../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../shared/http/pagination.js';
import type { Principal } from '../../shared/principal.js';
import type { OrderLifecycle } from './order-lifecycle.js';
import { IllegalTransitionError, OrderNotFoundError, SubOrderNotFoundError } from './orders.errors.js';
import { ordersRepository as repo, type OrderRow, type SubOrderRow } from './orders.repository.js';
import { orders, subOrders, type SubOrderStatus } from './orders.tables.js';
import { toHistoryView, toOrderSummary, toOrderView, toSubOrderView } from './orders.views.js';
import { canCancel, sellerTransitions } from './state-machine.js';

export interface ListQuery {
  status?: SubOrderStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Orders as customers, sellers and admins read and move them. */
export class OrdersService {
  constructor(
    private readonly db: Db,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  async list(p: Principal, q: ListQuery) {
    if (p.role !== 'customer' && p.role !== 'admin') {
      throw new ForbiddenError('sellers read their sub-orders at /sub-orders', 'ORDER.CUSTOMERS_ONLY');
    }
    const after = decodeCursor(q.cursor, timeIdCursor);
    const rows = await this.db
      .select()
      .from(orders)
      .where(
        and(
          p.role === 'customer' ? eq(orders.customerId, p.userId) : undefined,
          q.status ? eq(orders.status, q.status) : undefined,
          after ? keyset(orders.createdAt, orders.id, after) : undefined,
        ),
      )
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(q.limit + 1);
    return toPage(rows, q.limit, (o) => [o.createdAt.toISOString(), o.id], toOrderSummary);
  }

  async get(p: Principal, id: string) {
    const order = await this.ownOrder(p, id);
    const subs = await repo.subOrdersOf(this.db, order.id);
    const lines = await repo.linesOf(
      this.db,
      subs.map((s) => s.id),
    );
    return toOrderView(order, subs, lines, await repo.paymentsOf(this.db, order.id), p.role);
  }

  async history(p: Principal, id: string) {
    const order = await this.ownOrder(p, id);
    return { items: (await repo.historyOf(this.db, order.id)).map(toHistoryView) };
  }

  async listSubOrders(p: Principal, q: ListQuery) {
    assertSellerOrAdmin(p);
    const after = decodeCursor(q.cursor, timeIdCursor);
    const rows = await this.db
      .select({ sub: subOrders, method: sql<'delivery' | 'pickup'>`${orders.delivery}->>'method'` })
      .from(subOrders)
      .innerJoin(orders, eq(orders.id, subOrders.orderId))
      .where(
        and(
          p.role === 'seller' ? eq(subOrders.sellerId, p.userId) : undefined,
          q.status ? eq(subOrders.status, q.status) : undefined,
          after ? keyset(subOrders.createdAt, subOrders.id, after) : undefined,
        ),
      )
      .orderBy(desc(subOrders.createdAt), desc(subOrders.id))
      .limit(q.limit + 1);
    const lines = await repo.linesOf(
      this.db,
      rows.slice(0, q.limit).map((r) => r.sub.id),
    );
    return toPage(
      rows,
      q.limit,
      (r) => [r.sub.createdAt.toISOString(), r.sub.id],
      (r) => toSubOrderView(r.sub, lines, r.method, p.role),
    );
  }

  async getSubOrder(p: Principal, id: string) {
    assertSellerOrAdmin(p);
    const sub = await this.ownSubOrder(p, id);
    const order = (await repo.order(this.db, sub.orderId))!;
    return toSubOrderView(sub, await repo.linesOf(this.db, [sub.id]), order.delivery.method, p.role);
  }

  /** The seller moves its sub-order along the state machine; anything else is a 409 naming what is allowed. */
  async transition(p: Principal, id: string, to: SubOrderStatus, reason?: string) {
    assertSellerOrAdmin(p);
    if (to === 'cancelled' && !reason)
      throw new ValidationError([{ path: 'reason', message: 'say why it is cancelled' }]);
    const sub = await this.ownSubOrder(p, id);
    await this.db.transaction(async (tx) => {
      const locked = (await this.lifecycle.lock(tx, sub.orderId))!;
      const current = locked.subs.find((s) => s.id === id)!;
      const allowed = sellerTransitions(current.status, locked.order.delivery.method, p.role);
      if (!allowed.includes(to)) throw new IllegalTransitionError(current.status, to, allowed);
      await this.lifecycle.move(tx, locked, [current], to, { actorId: p.userId, actorRole: p.role, reason });
    });
    return this.getSubOrder(p, id);
  }

  /** The customer cancels the whole order while every part of it is at most `ready`. */
  async cancel(p: Principal, id: string, reason: string) {
    const order = await this.ownOrder(p, id);
    await this.db.transaction(async (tx) => {
      const locked = (await this.lifecycle.lock(tx, order.id))!;
      const live = locked.subs.filter((s) => s.status !== 'cancelled');
      const stuck = live.filter((s) => !canCancel(s.status));
      if (live.length === 0 || stuck.length > 0) {
        throw new DomainError('conflict', 'ORDER.NOT_CANCELLABLE', cancelRefusal(live.length, stuck), {
          subOrders: stuck.map((s) => ({ id: s.id, number: s.number, status: s.status })),
        });
      }
      await this.lifecycle.move(tx, locked, live, 'cancelled', { actorId: p.userId, actorRole: p.role, reason });
    });
    return this.get(p, id);
  }

  /** The customer returns a delivered sub-order (docs/domain.md: `returned` after delivered). */
  async returnSubOrder(p: Principal, orderId: string, subOrderId: string, reason: string) {
    const order = await this.ownOrder(p, orderId);
    await this.db.transaction(async (tx) => {
      const locked = (await this.lifecycle.lock(tx, order.id))!;
      const sub = locked.subs.find((s) => s.id === subOrderId);
      if (!sub) throw new SubOrderNotFoundError();
      if (sub.status !== 'delivered') throw new IllegalTransitionError(sub.status, 'returned', []);
      await this.lifecycle.move(tx, locked, [sub], 'returned', { actorId: p.userId, actorRole: p.role, reason });
    });
    return this.get(p, orderId);
  }

  /** An invoice paid by bank transfer: its seller (or an admin) says so. */
  async markPaid(p: Principal, subOrderId: string) {
    assertSellerOrAdmin(p);
    const sub = await this.ownSubOrder(p, subOrderId);
    await this.db.transaction(async (tx) => {
      const locked = (await this.lifecycle.lock(tx, sub.orderId))!;
      const current = locked.subs.find((s) => s.id === subOrderId)!;
      if (locked.order.paymentMethod !== 'invoice') {
        throw new DomainError('conflict', 'ORDER.NOT_INVOICE', 'this order is paid by card, not by invoice');
      }
      if (current.status !== 'pending_payment') {
        throw new IllegalTransitionError(current.status, 'paid', []);
      }
      await this.lifecycle.move(tx, locked, [current], 'paid', {
        actorId: p.userId,
        actorRole: p.role,
        reason: 'invoice paid',
      });
    });
    return this.getSubOrder(p, subOrderId);
  }

  /** Customers see their own orders, admins all; anything else is a 404. */
  async ownOrder(p: Principal, id: string): Promise<OrderRow> {
    const order = await repo.order(this.db, id);
    if (!order || (p.role !== 'admin' && order.customerId !== p.userId)) throw new OrderNotFoundError();
    return order;
  }

  async ownSubOrder(p: Principal, id: string): Promise<SubOrderRow> {
    const sub = await repo.subOrder(this.db, id);
    if (!sub || (p.role !== 'admin' && sub.sellerId !== p.userId)) throw new SubOrderNotFoundError();
    return sub;
  }
}

function assertSellerOrAdmin(p: Principal): void {
  if (p.role !== 'seller' && p.role !== 'admin') {
    throw new ForbiddenError('sub-orders are handled by their sellers', 'ORDER.SELLERS_ONLY');
  }
}

function keyset(createdAt: AnyColumn, id: AnyColumn, after: [string, string]): SQL {
  return sql`(${createdAt}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`;
}

function cancelRefusal(live: number, stuck: SubOrderRow[]): string {
  if (live === 0) return 'the order is already cancelled';
  return `parts of the order are past ready and can no longer be cancelled: ${stuck
    .map((s) => `${s.number} (${s.status})`)
    .join(', ')}`;
}
