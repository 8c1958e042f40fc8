import { and, desc, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../shared/db/database.js';
import { DomainError, ForbiddenError, ValidationError } from '../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../shared/http/pagination.js';
import type { Principal } from '../../shared/principal.js';
import type { OrderLifecycle } from './order-lifecycle.js';
import {
  IllegalTransitionError,
  MovedByDeliveryError,
  OrderNotFoundError,
  SubOrderNotFoundError,
} from './orders.errors.js';
import { assertSellerOrAdmin } from './seller-guard.js';
import { ordersRepository as repo, type OrderRow, type SubOrderRow } from './orders.repository.js';
import { orders, subOrders, type SubOrderStatus } from './orders.tables.js';
import { toHistoryView, toOrderSummary, toOrderView, toSubOrderView } from './orders.views.js';
import type { UsersApi } from '../users/index.js';
import { byDelivery, canCancel, CANCELLABLE, sellerTransitions } from './state-machine.js';

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
    private readonly users: UsersApi,
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
      .select({ sub: subOrders, order: { delivery: orders.delivery, buyer: orders.buyer } })
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
      (r) => toSubOrderView(r.sub, lines, r.order, p.role),
    );
  }

  /** `orderId`: read through its order's path, where another order's sub-order is as unknown as none. */
  async getSubOrder(p: Principal, id: string, orderId?: string) {
    assertSellerOrAdmin(p);
    const sub = await this.ownSubOrder(p, id);
    if (orderId !== undefined && sub.orderId !== orderId) throw new SubOrderNotFoundError();
    const order = (await repo.order(this.db, sub.orderId))!;
    return toSubOrderView(sub, await repo.linesOf(this.db, [sub.id]), order, p.role);
  }

  /**
   * The seller moves its sub-order along the state machine; anything else is a 409 naming what is
   * allowed. A delivery part's moves past ready are its delivery's (docs/domain.md, Logistics).
   */
  async transition(p: Principal, id: string, to: SubOrderStatus, reason?: string) {
    assertSellerOrAdmin(p);
    if (to === 'cancelled' && !reason)
      throw new ValidationError([{ path: 'reason', message: 'say why it is cancelled' }]);
    const sub = await this.ownSubOrder(p, id);
    await this.db.transaction(async (tx) => {
      const locked = (await this.lifecycle.lock(tx, sub.orderId))!;
      const current = locked.subs.find((s) => s.id === id)!;
      const method = locked.order.delivery.method;
      const allowed = sellerTransitions(current.status, method, p.role);
      if (!allowed.includes(to)) {
        if (byDelivery(current.status, to, method)) throw new MovedByDeliveryError(current.status, to, allowed);
        throw new IllegalTransitionError(current.status, to, allowed);
      }
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

  /**
   * An admin ends the open business of a suspended seller: every part of it not yet handed over
   * is cancelled (stock released; what was paid is refunded by the lifecycle). Each order in its
   * own transaction, locked like any other change of it.
   */
  async cancelOpenOfSeller(admin: Principal, sellerId: string, reason: string) {
    if (admin.role !== 'admin') throw new ForbiddenError('only admins end a seller’s orders', 'AUTH.FORBIDDEN');
    const seller = await this.users.getUser(sellerId);
    if (!seller || seller.role !== 'seller') throw new DomainError('not_found', 'USER.NOT_FOUND', 'seller not found');
    if (seller.status !== 'suspended') {
      throw new DomainError(
        'conflict',
        'ORDER.SELLER_NOT_SUSPENDED',
        'suspend the seller before cancelling its orders',
      );
    }
    const open = await this.db
      .select({ id: subOrders.id, orderId: subOrders.orderId })
      .from(subOrders)
      .where(and(eq(subOrders.sellerId, sellerId), inArray(subOrders.status, CANCELLABLE)))
      .orderBy(subOrders.orderId, subOrders.id);
    const cancelled: { id: string; number: string; orderId: string }[] = [];
    for (const orderId of [...new Set(open.map((o) => o.orderId))]) {
      await this.db.transaction(async (tx) => {
        const locked = (await this.lifecycle.lock(tx, orderId))!;
        const targets = locked.subs.filter((s) => s.sellerId === sellerId && canCancel(s.status));
        if (targets.length === 0) return;
        await this.lifecycle.move(tx, locked, targets, 'cancelled', {
          actorId: admin.userId,
          actorRole: admin.role,
          reason,
        });
        cancelled.push(...targets.map((t) => ({ id: t.id, number: t.number, orderId })));
      });
    }
    return { cancelled: cancelled.length, subOrders: cancelled };
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

function keyset(createdAt: AnyColumn, id: AnyColumn, after: [string, string]): SQL {
  return sql`(${createdAt}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`;
}

function cancelRefusal(live: number, stuck: SubOrderRow[]): string {
  if (live === 0) return 'the order is already cancelled';
  return `parts of the order are past ready and can no longer be cancelled: ${stuck
    .map((s) => `${s.number} (${s.status})`)
    .join(', ')}`;
}
