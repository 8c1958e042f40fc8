import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import type { Principal } from '../../shared/principal.js';
import type { OrderPlan } from './order-plan.js';
import { returns } from './returns/returns.tables.js';
import { RECEIVED } from './state-machine.js';
import {
  orderLines,
  orders,
  payments,
  statusHistory,
  subOrders,
  type OrderBuyer,
  type SellerRequisites,
  type SubOrderStatus,
  type CheckoutInput,
} from './orders.tables.js';

export type OrderRow = typeof orders.$inferSelect;
export type SubOrderRow = typeof subOrders.$inferSelect;
export type LineRow = typeof orderLines.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type HistoryRow = typeof statusHistory.$inferSelect;

export interface NewOrder {
  customerId: string;
  actor: Principal;
  key: string;
  hash: string;
  input: CheckoutInput;
  buyer: OrderBuyer;
  plan: OrderPlan;
  requisites: Map<string, SellerRequisites>;
  now: Date;
  payBy: Date;
}

/** The order, its sub-orders (one per seller warehouse), frozen lines and first history entries. */
export async function insertOrder(tx: Executor, o: NewOrder) {
  const [row] = await queryRows<{ n: string | number }>(tx, sql`select nextval('orders.order_number_seq') as n`);
  const n = row!.n;
  const number = `T-${String(n).padStart(6, '0')}`;
  const [order] = await tx
    .insert(orders)
    .values({
      number,
      customerId: o.customerId,
      status: 'pending_payment',
      paymentMethod: o.input.paymentMethod,
      delivery: o.input.delivery,
      buyer: o.buyer,
      goodsMinor: o.plan.goodsMinor,
      deliveryMinor: o.plan.deliveryMinor,
      vatMinor: o.plan.vatMinor,
      totalMinor: o.plan.totalMinor,
      idempotencyKey: o.key,
      requestHash: o.hash,
      payBy: o.payBy,
      createdAt: o.now,
      updatedAt: o.now,
    })
    .returning({ id: orders.id });
  const made: { id: string; number: string; sellerId: string; totalMinor: number }[] = [];
  let position = 0;
  for (const [i, g] of o.plan.groups.entries()) {
    const [sub] = await tx
      .insert(subOrders)
      .values({
        orderId: order!.id,
        number: `${number}-${i + 1}`,
        sellerId: g.sellerId,
        sellerName: g.sellerName,
        sellerRequisites: o.requisites.get(g.sellerId)!,
        warehouseId: g.warehouse.warehouseId,
        warehouseName: g.warehouse.warehouseName,
        warehouseAddress: g.warehouse.address,
        warehouseLat: g.warehouse.lat,
        warehouseLon: g.warehouse.lon,
        status: 'pending_payment',
        goodsMinor: g.goodsMinor,
        deliveryMinor: g.deliveryMinor,
        vatMinor: g.vatMinor,
        totalMinor: g.totalMinor,
        weightKg: g.weightKg,
        volumeM3: g.volumeM3,
        deliveryQuote: g.quote,
        createdAt: o.now,
        updatedAt: o.now,
      })
      .returning({ id: subOrders.id, number: subOrders.number });
    made.push({ id: sub!.id, number: sub!.number, sellerId: g.sellerId, totalMinor: g.totalMinor });
    await tx.insert(orderLines).values(
      g.lines.map((l) => ({
        orderId: order!.id,
        subOrderId: sub!.id,
        position: ++position,
        offerId: l.offer.offerId,
        productId: l.offer.productId,
        sku: l.offer.sku,
        name: l.offer.productName,
        unit: l.offer.unit,
        quantity: l.item.quantity,
        priceMinor: l.priceMinor,
        vatRate: l.vatRate,
        totalMinor: l.totalMinor,
        vatMinor: l.vatMinor,
        weightKg: l.weightKg,
        volumeM3: l.volumeM3,
      })),
    );
  }
  await tx.insert(statusHistory).values([
    {
      orderId: order!.id,
      toStatus: 'pending_payment',
      actorId: o.actor.userId,
      actorRole: o.actor.role,
      reason: 'order placed',
      at: o.now,
    },
    ...made.map((s) => ({
      orderId: order!.id,
      subOrderId: s.id,
      toStatus: 'pending_payment',
      actorId: o.actor.userId,
      actorRole: o.actor.role,
      reason: 'order placed',
      at: o.now,
    })),
  ]);
  return { id: order!.id, number, subOrders: made };
}

export const ordersRepository = {
  async order(ex: Executor, id: string, lock = false): Promise<OrderRow | undefined> {
    const q = ex.select().from(orders).where(eq(orders.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async subOrder(ex: Executor, id: string, lock = false): Promise<SubOrderRow | undefined> {
    const q = ex.select().from(subOrders).where(eq(subOrders.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  /** Sub-orders of an order, locked in id order when asked (so two writers never deadlock). */
  subOrdersOf(ex: Executor, orderId: string, lock = false): Promise<SubOrderRow[]> {
    const q = ex.select().from(subOrders).where(eq(subOrders.orderId, orderId)).orderBy(asc(subOrders.id));
    return lock ? q.for('update') : q;
  },

  linesOf(ex: Executor, subOrderIds: readonly string[]): Promise<LineRow[]> {
    if (subOrderIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(orderLines)
      .where(inArray(orderLines.subOrderId, [...subOrderIds]))
      .orderBy(asc(orderLines.position));
  },

  paymentsOf(ex: Executor, orderId: string): Promise<PaymentRow[]> {
    return ex
      .select()
      .from(payments)
      .where(eq(payments.orderId, orderId))
      .orderBy(asc(payments.createdAt), asc(payments.id));
  },

  historyOf(ex: Executor, orderId: string): Promise<HistoryRow[]> {
    return ex.select().from(statusHistory).where(eq(statusHistory.orderId, orderId)).orderBy(asc(statusHistory.seq));
  },

  async setSubOrderStatus(
    ex: Executor,
    sub: SubOrderRow,
    to: SubOrderStatus,
    by: { actorId: string | null; actorRole: string; reason?: string | null | undefined },
    now: Date,
  ): Promise<void> {
    await ex
      .update(subOrders)
      .set({
        status: to,
        updatedAt: now,
        ...(to === 'paid' ? { paidAt: now } : {}),
        // The first hand-over starts the return window; coming back from a return request does not.
        ...(RECEIVED.has(to) && !sub.receivedAt ? { receivedAt: now } : {}),
      })
      .where(eq(subOrders.id, sub.id));
    await ex.insert(statusHistory).values({
      orderId: sub.orderId,
      subOrderId: sub.id,
      fromStatus: sub.status,
      toStatus: to,
      actorId: by.actorId,
      actorRole: by.actorRole,
      reason: by.reason ?? null,
      at: now,
    });
  },

  async setOrderStatus(
    ex: Executor,
    order: OrderRow,
    to: SubOrderStatus,
    by: { actorId: string | null; actorRole: string; reason?: string | null | undefined },
    now: Date,
  ): Promise<boolean> {
    if (order.status === to) return false;
    const returnedPartially = to === 'completed' && (await anyLinesReturned(ex, order.id));
    await ex.update(orders).set({ status: to, returnedPartially, updatedAt: now }).where(eq(orders.id, order.id));
    await ex.insert(statusHistory).values({
      orderId: order.id,
      fromStatus: order.status,
      toStatus: to,
      actorId: by.actorId,
      actorRole: by.actorRole,
      reason: by.reason ?? null,
      at: now,
    });
    return true;
  },
};

/** Whether any goods of the order came back (a part returned, or lines of a return accepted). */
async function anyLinesReturned(ex: Executor, orderId: string): Promise<boolean> {
  const [row] = await ex
    .select({ id: returns.id })
    .from(returns)
    .where(and(eq(returns.orderId, orderId), eq(returns.status, 'accepted')))
    .limit(1);
  return row !== undefined;
}
