import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
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
  type Unloading,
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

/**
 * The order, its sub-orders (one per seller warehouse), frozen lines and first history entries,
 * and the cart emptied (`alsoDelete`), in one statement: ids are made here, the number by the
 * sequence inside it, and foreign keys are checked when it ends. Checkout holds its stock locks
 * meanwhile, so every round trip saved here is time a hot offer is not waited for.
 */
export async function insertOrder(tx: Executor, o: NewOrder, alsoDelete?: SQLWrapper) {
  const orderId = randomUUID();
  const subs = o.plan.groups.map((g, i) => ({ id: randomUUID(), suffix: `-${i + 1}`, g }));
  const placed = { actorId: o.actor.userId, actorRole: o.actor.role, reason: 'order placed', at: o.now };
  let position = 0;
  const order = tx
    .insert(orders)
    .values({
      id: orderId,
      // T-000042: six digits at least (padStart never cuts a longer number, nor does this).
      number: sql`(select 'T-' || lpad(n::text, greatest(6, length(n::text)), '0') from nextval('orders.order_number_seq') n)`,
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
    .returning({ number: orders.number });
  const subOrderRows = tx.insert(subOrders).values(
    subs.map(({ id, suffix, g }) => ({
      id,
      orderId,
      number: sql`(select number from o) || ${suffix}`,
      sellerId: g.sellerId,
      sellerName: g.sellerName,
      sellerRequisites: o.requisites.get(g.sellerId)!,
      warehouseId: g.warehouse.warehouseId,
      warehouseName: g.warehouse.warehouseName,
      warehouseAddress: g.warehouse.address,
      warehouseLat: g.warehouse.lat,
      warehouseLon: g.warehouse.lon,
      status: 'pending_payment' as const,
      goodsMinor: g.goodsMinor,
      deliveryMinor: g.deliveryMinor,
      vatMinor: g.vatMinor,
      totalMinor: g.totalMinor,
      weightKg: g.weightKg,
      volumeM3: g.volumeM3,
      deliveryQuote: g.quote,
      createdAt: o.now,
      updatedAt: o.now,
    })),
  );
  const lines = tx.insert(orderLines).values(
    subs.flatMap(({ id, g }) =>
      g.lines.map((l) => ({
        orderId,
        subOrderId: id,
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
    ),
  );
  const history = tx
    .insert(statusHistory)
    .values([
      { orderId, toStatus: 'pending_payment', ...placed },
      ...subs.map(({ id }) => ({ orderId, subOrderId: id, toStatus: 'pending_payment', ...placed })),
    ]);
  const [row] = await queryRows<{ number: string }>(
    tx,
    sql`with o as (${order.getSQL()}), s as (${subOrderRows.getSQL()}), l as (${lines.getSQL()}), h as (${history.getSQL()})${
      alsoDelete ? sql`, d as (${alsoDelete.getSQL()})` : sql``
    } select number from o`,
  );
  const number = row!.number;
  const made = subs.map(({ id, suffix, g }) => ({
    id,
    number: `${number}${suffix}`,
    sellerId: g.sellerId,
    totalMinor: g.totalMinor,
  }));
  return { id: orderId, number, subOrders: made };
}

/**
 * The start of a checkout, once its key is locked: the order this customer already made with this
 * key, and the cart with its lines, both locked (a parallel checkout or change of the cart waits).
 * The lines are locked too, not only read: a checkout that waited here for another one finds the
 * lines that one ordered gone, instead of the statement's earlier view of them.
 */
export async function startCheckout(tx: Executor, customerId: string, key: string) {
  const rows = await queryRows<{
    existing: { id: string; requestHash: string } | string | null;
    cart_id: string | null;
    address: string | null;
    lat: number | null;
    lon: number | null;
    unloading: Unloading | null;
    item_id: string | null;
    offer_id: string | null;
    quantity: string | null;
    seen_price_minor: string | number | null;
  }>(
    tx,
    sql`select (select json_build_object('id', id, 'requestHash', request_hash) from orders.orders
                where customer_id = ${customerId}::uuid and idempotency_key = ${key}) as existing,
               c.cart_id, c.address, c.lat, c.lon, c.unloading, c.item_id, c.offer_id, c.quantity, c.seen_price_minor
        from (select 1) one
        left join lateral (
          select c.id as cart_id, c.address, c.lat, c.lon, c.unloading,
                 i.id as item_id, i.offer_id, i.quantity::text as quantity, i.seen_price_minor
          from orders.carts c join orders.cart_items i on i.cart_id = c.id
          where c.customer_id = ${customerId}::uuid
          order by i.added_at, i.id
          for update of c, i
        ) c on true`,
  );
  const first = rows[0];
  const existing = typeof first?.existing === 'string' ? JSON.parse(first.existing) : first?.existing;
  const items = rows.flatMap((r) =>
    r.item_id && r.offer_id && r.quantity !== null
      ? [{ id: r.item_id, offerId: r.offer_id, quantity: r.quantity, seenPriceMinor: Number(r.seen_price_minor) }]
      : [],
  );
  const cart = first?.cart_id
    ? { id: first.cart_id, address: first.address, lat: first.lat, lon: first.lon, unloading: first.unloading }
    : null;
  return { existing: (existing ?? undefined) as { id: string; requestHash: string } | undefined, cart, items };
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
