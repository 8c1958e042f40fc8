/**
 * The ledger invariant (docs/domain.md, Payments), as a property over random sequences of what
 * customers, sellers and time do to orders: checkout (card / invoice, pickup / delivery), card
 * payments (3-D Secure confirmed, abandoned or left open), invoice payments (partial or whole),
 * cancels by the customer and the seller, hand-over, the carrier's reports of a delivery (loaded, in
 * transit, delivered, failed — the goods back on hand and reserved — some sent twice), returns accepted (restocked or not,
 * with delivery or not) and refused, expiry and the return window ending, the relay paying refunds.
 * After every step, for every order: money received − money promised back = what the customer keeps;
 * and for every stock row: reserved and on hand are what the orders say they are.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { prng } from '../../../../test/openapi/fuzz-values.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { SUB_ORDER_STATUSES } from '../orders.tables.js';
import { CANCELLABLE } from '../state-machine.js';
import { CARDS, PaymentsFixture } from '../payments/__tests__/payments-fixture.js';
import { delivery, ORDERS, pickup, type Listed, type OrderJson } from '../../../../test/fixtures/orders.js';
import { DELIVERY_STATES } from '../orders.tables.js';
import { DELIVERY_STATUS_CHANGED } from '../index.js';

/** Sequences and steps per sequence: every sequence starts from fresh accounts and stock. */
export const SEQUENCES = 12;
export const STEPS = 45;
const MINUTE = 60_000;
const DAY = 86_400_000;

let ctx: TestContext;
let fx: PaymentsFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
});
afterAll(() => ctx?.close());

/** The fuzz tests' seeded generator, so a failing sequence can be replayed by its seed. */
function rng(seed: number) {
  const r = prng(seed);
  return {
    int: (lo: number, hi: number) => lo + r.int(hi - lo + 1),
    pick: r.pick,
    chance: (p: number) => r.next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

interface World {
  r: Rng;
  customer: Account;
  sellers: Account[];
  listings: (Listed & { seller: Account })[];
  orders: string[];
  /** What each step did, to name a failing sequence. */
  log: string[];
}

const ON_HAND = 40;

async function newWorld(seed: number): Promise<World> {
  const customer = await ctx.make.customer();
  const sellers = [await ctx.make.seller(), await ctx.make.seller({ taxRegime: 'usn' })];
  const listings: World['listings'] = [];
  for (const seller of sellers) {
    for (let i = 0; i < 2; i++) listings.push({ ...(await fx.listed(seller, String(ON_HAND))), seller });
  }
  return { r: rng(seed), customer, sellers, listings, orders: [], log: [] };
}

const noServerError = (res: { statusCode: number; body: string }, what: string) =>
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(500);

async function orderOf(w: World, id: string): Promise<OrderJson> {
  return fx.order(w.customer, id);
}

/** Each step: a thing a person (or time) does, applied to a random order where it may apply. */
const STEPS_BY_NAME: Record<string, (w: World) => Promise<void>> = {
  async checkout(w) {
    const { r } = w;
    for (const l of [r.pick(w.listings), r.pick(w.listings)]) {
      noServerError(await fx.add(w.customer, l.offerId, r.int(1, 6)), 'add');
    }
    const paymentMethod = r.chance(0.5) ? 'card' : 'invoice';
    const body = r.chance(0.5) ? pickup({ paymentMethod }) : delivery({ paymentMethod }, ctx.clock.now().getTime());
    const res = await fx.checkout(w.customer, { ...body, acceptPriceChanges: true });
    noServerError(res, 'checkout');
    if (res.statusCode === 201) w.orders.push(res.json().id);
    else await ctx.request({ method: 'DELETE', url: `${ORDERS}/cart`, token: w.customer.accessToken });
  },

  async payCard(w) {
    const order = await someOrder(
      w,
      (o) => o.paymentMethod === 'card' && o.subOrders.some((s) => s.status === 'pending_payment'),
    );
    if (!order) return;
    const threeDs = w.r.chance(0.5);
    const res = await fx.pay(w.customer, order.id, threeDs ? CARDS.threeDs : CARDS.visa, randomUUID());
    noServerError(res, 'pay');
    if (res.statusCode !== 201 || res.json().status !== 'requires_action') return;
    const choice = w.r.int(0, 2);
    if (choice === 0) {
      const done = await ctx.request({
        method: 'POST',
        url: res.json().action.url,
        payload: 'outcome=succeed',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      });
      noServerError(done, '3-D Secure');
    } else if (choice === 1) {
      noServerError(await fx.cancelPayment(w.customer, order.id, res.json().id), 'cancel payment');
    }
  },

  async markPaid(w) {
    const order = await someOrder(
      w,
      (o) => o.paymentMethod === 'invoice' && o.subOrders.some((s) => s.status === 'pending_payment'),
    );
    if (!order) return;
    const sub = w.r.pick(order.subOrders.filter((s) => s.status === 'pending_payment'));
    const seller = sellerOf(w, sub.sellerId);
    const view = (
      await ctx.request({
        method: 'GET',
        url: `${ORDERS}/${await fx.orderOf(sub.id)}/sub-orders/${sub.id}`,
        token: seller.accessToken,
      })
    ).json();
    const amountMinor = w.r.chance(0.5) ? view.dueMinor : w.r.int(1, view.dueMinor);
    // At most what is due, by the part's seller: always taken.
    const paid = await fx.markPaid(seller, sub.id, { amountMinor });
    expect(paid.statusCode, `mark paid: ${paid.body}`).toBe(200);
  },

  async customerCancel(w) {
    const order = await someOrder(w, () => true);
    if (!order) return;
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: w.customer.accessToken,
      payload: { reason: 'передумал' },
    });
    noServerError(res, 'customer cancel');
  },

  async sellerCancel(w) {
    const sub = await someSub(w, () => true);
    if (!sub) return;
    noServerError(
      await fx.transition(sellerOf(w, sub.sellerId), sub.id, 'cancelled', 'нет в наличии'),
      'seller cancel',
    );
  },

  async advance(w) {
    const sub = await someSub(w, (s) => MOVABLE.has(s.status));
    if (!sub) return;
    const seller = sellerOf(w, sub.sellerId);
    const view = (
      await ctx.request({
        method: 'GET',
        url: `${ORDERS}/${await fx.orderOf(sub.id)}/sub-orders/${sub.id}`,
        token: seller.accessToken,
      })
    ).json();
    const next = (view.nextStatuses as string[]).filter((s) => s !== 'cancelled' && s !== 'completed');
    if (next.length === 0) return;
    // A move the seller is offered always goes through.
    const moved = await fx.transition(seller, sub.id, w.r.pick(next));
    expect(moved.statusCode, `advance: ${moved.body}`).toBe(200);
  },

  async carrier(w) {
    // What a delivery part's carrier reports, as logistics publishes it; some reports come twice.
    const sub = await someSub(w, (s) => s.deliveryMethod === 'delivery' && CARRIED.has(s.status));
    if (!sub) return;
    const [sent] = await fx.deliverByCarrier(sub.id, w.r.pick(DELIVERY_STATES));
    if (w.r.chance(0.2)) await fx.publish(DELIVERY_STATUS_CHANGED, sent!);
  },

  async askReturn(w) {
    const sub = await someSub(w, (s) => s.status === 'picked_up' || s.status === 'delivered');
    if (!sub) return;
    const lines = sub.lines
      .filter(() => w.r.chance(0.7))
      .map((l) => ({ lineId: l.id, quantity: String(w.r.int(1, Number(l.quantity))) }));
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${sub.orderId}/returns`,
      token: w.customer.accessToken,
      payload: { subOrderId: sub.id, reason: 'не подошло', ...(lines.length > 0 && w.r.chance(0.6) ? { lines } : {}) },
    });
    noServerError(res, 'return');
  },

  async answerReturn(w) {
    const sub = await someSub(w, (s) => s.status === 'return_requested');
    if (!sub) return;
    const seller = sellerOf(w, sub.sellerId);
    const list = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/returns?status=requested&orderId=${sub.orderId}`,
      token: seller.accessToken,
    });
    const ret = (list.json().items as { id: string; subOrderId: string }[]).find((x) => x.subOrderId === sub.id);
    if (!ret) return;
    const accept = w.r.chance(0.6);
    const warehouse = w.listings.find((l) => l.seller.id === seller.id)!.warehouseId;
    const body = accept
      ? {
          ...(w.r.chance(0.5) ? { restockWarehouseId: w.r.chance(0.5) ? sub.warehouse.id : warehouse } : {}),
          refundDelivery: w.r.chance(0.3),
        }
      : { reason: 'товар повреждён' };
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/returns/${ret.id}/${accept ? 'accept' : 'refuse'}`,
      token: seller.accessToken,
      payload: body,
    });
    // An open return of the seller's own part is always answered.
    expect(res.statusCode, `answer return: ${res.body}`).toBe(200);
  },

  async timePasses(w) {
    const by = w.r.pick([31 * MINUTE, 4 * DAY, 15 * DAY]);
    ctx.clock.advance(by);
    // Access tokens live 15 minutes: everyone signs in again.
    for (const a of [w.customer, ...w.sellers, await ctx.make.admin()]) {
      Object.assign(a, await ctx.make.login(a.email, a.password));
    }
    await relayUntilIdle();
  },

  async relay() {
    await relayUntilIdle();
  },
};

async function relayUntilIdle() {
  for (let i = 0; i < 10; i++) {
    const r = await ctx.app.events.runOnce();
    // Nothing may be parked as dead: every handler of these events must succeed.
    expect(r.events.dead + r.deadlines.dead, 'dead events or deadlines').toBe(0);
    if (r.events.done + r.deadlines.done + r.events.retrying + r.deadlines.retrying === 0) return;
  }
}

/** Parts a seller moves on by hand (completed comes with the end of the return window; delivery parts past ready, with their delivery). */
const MOVABLE = new Set(['paid', 'confirmed', 'assembling', 'ready']);
/** Delivery parts a carrier's report may move (loaded early, while assembling, too). */
const CARRIED = new Set(['assembling', 'ready', 'handed_to_carrier', 'in_transit']);

const sellerOf = (w: World, id: string) => w.sellers.find((s) => s.id === id)!;

/** A random order of the sequence among those `ok` accepts (each read fresh). */
async function someOrder(w: World, ok: (o: OrderJson) => boolean): Promise<OrderJson | undefined> {
  const all = await Promise.all(w.orders.map((id) => orderOf(w, id)));
  const fit = all.filter(ok);
  return fit.length > 0 ? w.r.pick(fit) : undefined;
}

type SubJson = OrderJson['subOrders'][number] & {
  orderId: string;
  deliveryMethod: string;
  lines: { id: string; quantity: string }[];
};
/** A random part of the sequence's orders among those `ok` accepts. */
async function someSub(w: World, ok: (s: SubJson) => boolean): Promise<SubJson | undefined> {
  const all = await Promise.all(w.orders.map((id) => orderOf(w, id)));
  const fit = all.flatMap((o) => o.subOrders.map((s) => ({ ...s, orderId: o.id }) as SubJson)).filter(ok);
  return fit.length > 0 ? w.r.pick(fit) : undefined;
}

/** Received − promised back = kept, per order; from the tables, not from the services' views. */
async function checkMoney(w: World) {
  for (const orderId of w.orders) {
    const [money] = await queryRows<{ received: string; refunded: string }>(
      ctx.database.db,
      sql`select (select coalesce(sum(amount_minor), 0) from orders.payments
                   where order_id = ${orderId}::uuid and status = 'succeeded') as received,
                 (select coalesce(sum(amount_minor), 0) from orders.refunds
                   where order_id = ${orderId}::uuid and status <> 'failed') as refunded`,
    );
    const subs = await queryRows<{ status: string; total_minor: string; received_minor: string; returned: string }>(
      ctx.database.db,
      sql`select s.status, s.total_minor, s.received_minor,
                 (select coalesce(sum(r.refund_minor), 0) from orders.returns r
                   where r.sub_order_id = s.id and r.status = 'accepted') as returned
            from orders.sub_orders s where s.order_id = ${orderId}::uuid`,
    );
    const kept = subs.reduce((sum, s) => {
      if (s.status === 'cancelled') return sum;
      if (s.status === 'pending_payment') return sum + Number(s.received_minor);
      return sum + Number(s.total_minor) - Number(s.returned);
    }, 0);
    expect(Number(money!.received) - Number(money!.refunded), `order ${orderId} after ${w.log.join(' → ')}`).toBe(kept);
  }
}

/** Parts that hold a reservation (up to ready), and those whose goods left the warehouse. */
const RESERVED: readonly string[] = CANCELLABLE;
const SHIPPED = SUB_ORDER_STATUSES.filter((st) => !CANCELLABLE.includes(st) && st !== 'cancelled');

/**
 * Every stock row of the offers (returns may restock a part on another warehouse of the seller):
 * reserved = what live parts hold there; on hand = the start − what left + what came back.
 */
async function checkStock(w: World) {
  const inList = (xs: readonly string[]) =>
    sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    );
  for (const l of w.listings) {
    const rows = await queryRows<{
      warehouse_id: string;
      on_hand: string;
      reserved: string;
      held: string;
      shipped: string;
      back: string;
    }>(
      ctx.database.db,
      sql`select k.warehouse_id, k.on_hand, k.reserved,
                 (select coalesce(sum(ol.quantity), 0) from orders.order_lines ol join orders.sub_orders s on s.id = ol.sub_order_id
                   where ol.offer_id = k.offer_id and s.warehouse_id = k.warehouse_id and s.status in (${inList(RESERVED)})) as held,
                 (select coalesce(sum(ol.quantity), 0) from orders.order_lines ol join orders.sub_orders s on s.id = ol.sub_order_id
                   where ol.offer_id = k.offer_id and s.warehouse_id = k.warehouse_id and s.status in (${inList(SHIPPED)})) as shipped,
                 (select coalesce(sum(rl.quantity), 0) from orders.return_lines rl
                    join orders.returns r on r.id = rl.return_id join orders.order_lines ol on ol.id = rl.line_id
                   where r.status = 'accepted' and r.restock_warehouse_id = k.warehouse_id and ol.offer_id = k.offer_id) as back
            from catalog.stock k where k.offer_id = ${l.offerId}::uuid`,
    );
    for (const row of rows) {
      const start = row.warehouse_id === l.warehouseId ? ON_HAND : 0;
      const what = `stock of ${l.offerId} at ${row.warehouse_id} after ${w.log.join(' → ')}`;
      expect(Number(row.reserved), what).toBe(Number(row.held));
      expect(Number(row.on_hand), what).toBe(start - Number(row.shipped) + Number(row.back));
    }
  }
}

describe('the ledger invariant', () => {
  // How often each step is picked: hand-over and delivery take several moves each, and cancels
  // and time passing end parts, so they come less often than in a uniform pick.
  const weights: Record<string, number> = {
    checkout: 3,
    payCard: 3,
    markPaid: 3,
    advance: 8,
    carrier: 8,
    askReturn: 3,
    answerReturn: 4,
    customerCancel: 1,
    sellerCancel: 1,
    timePasses: 1,
    relay: 1,
  };
  const names = Object.entries(weights).flatMap(([name, n]) => Array<string>(n).fill(name));
  let orders = 0;

  // One test per sequence, so each has the whole per-test time on a slow machine.
  for (let seed = 1; seed <= SEQUENCES; seed++) {
    it(`holds after every step of random sequence ${seed} of ${STEPS} steps`, async () => {
      const w = await newWorld(seed);
      for (let i = 0; i < STEPS; i++) {
        // Orders first: most steps need one.
        const name = i < 2 ? 'checkout' : w.r.pick(names);
        w.log.push(`${seed}:${name}`);
        await STEPS_BY_NAME[name]!(w);
        await checkMoney(w);
        await checkStock(w);
      }
      orders += w.orders.length;
    });
  }

  it(`the ${SEQUENCES} sequences reached every outcome they are meant to check`, async () => {
    // An invariant over nothing proves nothing.
    expect(orders).toBeGreaterThan(SEQUENCES);
    const [seen] = await queryRows<Record<string, number>>(
      ctx.database.db,
      sql`select (select count(*)::int from orders.returns where status = 'accepted') as accepted_returns,
                 (select count(*)::int from orders.returns where status = 'refused') as refused_returns,
                 (select count(*)::int from orders.refunds where method = 'card' and status = 'succeeded') as card_refunds,
                 (select count(*)::int from orders.refunds where method = 'invoice') as invoice_refunds,
                 (select count(*)::int from orders.sub_orders where status = 'cancelled' and received_minor > 0) as paid_cancels,
                 (select count(*)::int from orders.sub_orders where status in ('delivered', 'picked_up', 'completed')) as received,
                 (select count(*)::int from orders.status_history
                   where to_status = 'delivered' and actor_role = 'carrier') as carried,
                 (select count(*)::int from orders.status_history
                   where to_status = 'ready' and from_status in ('handed_to_carrier', 'in_transit')) as failed_deliveries`,
    );
    for (const [what, n] of Object.entries(seen!)) expect(n, what).toBeGreaterThan(0);
  });
});
