/** Sub-orders along the state machine: stock moves with them, history and events are kept. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import {
  delivery,
  ORDERS,
  OrdersFixture,
  pickup,
  type OrderJson,
  type SubOrderJson,
} from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
let rival: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller();
  rival = await ctx.make.seller();
});
afterAll(() => ctx?.close());

const walk = async (sub: SubOrderJson, path: string[]) => {
  for (const to of path) {
    const res = await fx.transition(seller, sub.id, to);
    expect(res.statusCode, `${to}: ${res.body}`).toBe(200);
  }
};
const events = async (type: string, key: string) => {
  const rows = await queryRows<{ payload: Record<string, unknown> }>(
    ctx.database.db,
    sql`select payload from events.outbox where type = ${type} and key = ${key} order by created_at`,
  );
  return rows.map((r) => r.payload);
};

describe('the life of a pickup sub-order', () => {
  it('invoice paid → confirmed → assembling → ready → picked up: stock leaves on hand-over; all recorded', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '100');
    const order = await fx.placed(customer, offerId, '10');
    const sub = order.subOrders[0]!;
    expect(sub.nextStatuses).toEqual([]); // customers are not shown seller moves

    // Payment comes first: the seller cannot skip it.
    const early = await fx.transition(seller, sub.id, 'confirmed');
    const problem = expectProblem(early, 409, 'ORDER.ILLEGAL_TRANSITION');
    expect(problem.allowed).toEqual(['cancelled']);

    expect((await fx.markPaid(seller, sub.id)).statusCode).toBe(200);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect(await events('order.paid', order.id)).toHaveLength(1);

    await walk(sub, ['confirmed', 'assembling', 'ready']);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '100', reserved: '10' });
    const wrongWay = expectProblem(
      await fx.transition(seller, sub.id, 'handed_to_carrier'),
      409,
      'ORDER.ILLEGAL_TRANSITION',
    );
    expect(wrongWay.allowed).toEqual(['picked_up', 'cancelled']);
    await walk(sub, ['picked_up']);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '90', reserved: '0' });
    await walk(sub, ['completed']);
    expect((await fx.order(customer, order.id)).status).toBe('completed');

    const history = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${order.id}/history`,
      token: customer.accessToken,
    });
    const subMoves = history
      .json()
      .items.filter((h: { subOrderId: string | null }) => h.subOrderId === sub.id)
      .map((h: { from: string | null; to: string }) => `${h.from ?? '∅'}→${h.to}`);
    expect(subMoves).toEqual([
      '∅→pending_payment',
      'pending_payment→paid',
      'paid→confirmed',
      'confirmed→assembling',
      'assembling→ready',
      'ready→picked_up',
      'picked_up→completed',
    ]);
    const paid = history
      .json()
      .items.find((h: { subOrderId: string | null; to: string }) => h.subOrderId && h.to === 'paid');
    expect(paid).toMatchObject({ actorId: seller.id, actorRole: 'seller' });
    expect(paid.reason).toMatch(/^invoice paid: п\/п № \d+ от \d{4}-\d{2}-\d{2}$/);
    expect(await events('suborder.status_changed', order.id)).toHaveLength(6);
  });

  it('delivery sub-orders go through the carrier; delivered ones can be asked back by the customer', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '100');
    const order = await fx.placed(customer, offerId, '1', delivery({ paymentMethod: 'invoice' }));
    const sub = order.subOrders[0]!;
    await fx.markPaid(seller, sub.id);
    await walk(sub, ['confirmed', 'assembling', 'ready']);
    // From here the carrier's reports move it (logistics → orders): the stock ships when loaded.
    await fx.deliverByCarrier(sub.id, ['loaded', 'in_transit']);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '99', reserved: '0' });
    const ask = () =>
      ctx.request({
        method: 'POST',
        url: `${ORDERS}/${order.id}/returns`,
        token: customer.accessToken,
        payload: { subOrderId: sub.id, reason: 'не тот цвет' },
      });
    expectProblem(await ask(), 409, 'ORDER.NOT_RETURNABLE');
    await fx.deliverByCarrier(sub.id, 'delivered');
    // The seller cannot declare a return itself: returns go through the returns flow (returns/).
    expect((await fx.transition(seller, sub.id, 'returned')).statusCode).toBe(409);
    expect((await fx.transition(seller, sub.id, 'return_requested')).statusCode).toBe(409);
    const asked = await ask();
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().status).toBe('requested');
    expect((await fx.order(customer, order.id)).subOrders[0]!.status).toBe('return_requested');
  });
});

describe('cancelling', () => {
  it('the customer cancels up to ready: every reservation is released, events written', async () => {
    const customer = await ctx.make.customer();
    const a = await fx.listed(seller, '20');
    const b = await fx.listed(rival, '20');
    await fx.add(customer, a.offerId, 5);
    await fx.add(customer, b.offerId, 7);
    const order = (await fx.checkout(customer, pickup())).json() as OrderJson;
    const bSub = order.subOrders.find((s) => s.sellerId === rival.id)!;
    await fx.markPaid(rival, bSub.id);
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'передумал' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('cancelled');
    expect(res.json().subOrders.map((s: SubOrderJson) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect(await fx.stockRow(a.offerId, a.warehouseId)).toEqual({ onHand: '20', reserved: '0' });
    expect(await fx.stockRow(b.offerId, b.warehouseId)).toEqual({ onHand: '20', reserved: '0' });
    expect(await events('order.cancelled', order.id)).toEqual([expect.objectContaining({ reason: 'передумал' })]);
    const again = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'ещё раз' },
    });
    expectProblem(again, 409, 'ORDER.NOT_CANCELLABLE');
  });

  it('past ready it cannot be cancelled, and nothing changes', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '20');
    const order = await fx.placed(customer, offerId, '3');
    const sub = order.subOrders[0]!;
    await fx.markPaid(seller, sub.id);
    await walk(sub, ['confirmed', 'assembling', 'ready', 'picked_up']);
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'поздно' },
    });
    expectProblem(res, 409, 'ORDER.NOT_CANCELLABLE');
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '17', reserved: '0' });
    expect(
      errorPaths(
        await ctx.request({
          method: 'POST',
          url: `${ORDERS}/${order.id}/cancel`,
          token: customer.accessToken,
          payload: {},
        }),
      ),
    ).toEqual(['reason']);
  });

  it('a seller cancels its own part with a reason; the order follows its remaining part', async () => {
    const customer = await ctx.make.customer();
    const a = await fx.listed(seller, '20');
    const b = await fx.listed(rival, '20');
    await fx.add(customer, a.offerId, 1);
    await fx.add(customer, b.offerId, 1);
    const order = (await fx.checkout(customer, pickup())).json() as OrderJson;
    const mine = order.subOrders.find((s) => s.sellerId === seller.id)!;
    const theirs = order.subOrders.find((s) => s.sellerId === rival.id)!;
    expect(errorPaths(await fx.transition(seller, mine.id, 'cancelled'))).toEqual(['reason']);
    expect((await fx.transition(seller, mine.id, 'cancelled', 'нет в наличии')).statusCode).toBe(200);
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
    await fx.markPaid(rival, theirs.id);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
  });
});

describe('sellers and their sub-orders', () => {
  it('a seller lists and reads only its own sub-orders; another seller’s is a 404', async () => {
    const customer = await ctx.make.customer();
    const a = await fx.listed(seller, '10');
    const b = await fx.listed(rival, '10');
    await fx.add(customer, a.offerId, 1);
    await fx.add(customer, b.offerId, 1);
    const order = (await fx.checkout(customer, pickup())).json() as OrderJson;
    const theirs = order.subOrders.find((s) => s.sellerId === rival.id)!;
    const mine = order.subOrders.find((s) => s.sellerId === seller.id)!;
    const list = await ctx.request({ method: 'GET', url: `${ORDERS}/sub-orders?limit=100`, token: seller.accessToken });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((s: SubOrderJson) => s.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.json().items.every((s: SubOrderJson) => s.sellerId === seller.id)).toBe(true);
    for (const req of [
      { method: 'GET' as const, url: `${ORDERS}/${order.id}/sub-orders/${theirs.id}` },
      { method: 'POST' as const, url: `${ORDERS}/sub-orders/${theirs.id}/transition`, payload: { to: 'confirmed' } },
      {
        method: 'POST' as const,
        url: `${ORDERS}/sub-orders/${theirs.id}/mark-paid`,
        payload: { amountMinor: 100, paidOn: '2026-01-01', documentNumber: '1' },
      },
      { method: 'GET' as const, url: `${ORDERS}/${order.id}/sub-orders/${randomUUID()}` },
      // Its own part, read through an order it is not in.
      { method: 'GET' as const, url: `${ORDERS}/${randomUUID()}/sub-orders/${mine.id}` },
    ]) {
      expectProblem(await ctx.request({ ...req, token: seller.accessToken }), 404, 'ORDER.SUB_ORDER_NOT_FOUND');
    }
    // A seller does not read the customer's order as a whole.
    expectProblem(
      await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}`, token: seller.accessToken }),
      404,
      'ORDER.NOT_FOUND',
    );
    const pending = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/sub-orders?status=pending_payment&limit=100`,
      token: rival.accessToken,
    });
    expect(pending.json().items.map((s: SubOrderJson) => s.id)).toContain(theirs.id);
    expect(pending.json().items[0].nextStatuses).toEqual(['cancelled']);
  });

  it('a card order cannot be marked paid by its seller', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '10');
    const order = await fx.placed(customer, offerId, '1', pickup({ paymentMethod: 'card' }));
    expectProblem(await fx.markPaid(seller, order.subOrders[0]!.id), 409, 'ORDER.NOT_INVOICE');
  });

  it('an unknown status is a 400 naming it', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '10');
    const order = await fx.placed(customer, offerId, '1');
    expect(errorPaths(await fx.transition(seller, order.subOrders[0]!.id, 'teleported'))).toEqual(['to']);
  });
});

describe('a suspended seller', () => {
  it('reads its open orders but changes nothing; an admin cancels them and paid money is owed back', async () => {
    const admin = await ctx.make.admin();
    const gone = await ctx.make.seller();
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(gone, '50');
    const unpaid = await fx.placed(customer, offerId, '2');
    const paid = await fx.placed(customer, offerId, '3');
    expect((await fx.markPaid(gone, paid.subOrders[0]!.id)).statusCode).toBe(200);
    const cancelOpen = () =>
      ctx.request({
        method: 'POST',
        url: `${ORDERS}/admin/sellers/${gone.id}/cancel-open`,
        token: admin.accessToken,
        payload: { reason: 'продавец отстранён' },
      });
    expectProblem(await cancelOpen(), 409, 'ORDER.SELLER_NOT_SUSPENDED');

    const suspended = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${gone.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'жалобы покупателей' },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    // Its sessions ended; it signs in again, read-only.
    Object.assign(gone, await ctx.make.login(gone.email, gone.password));
    const list = await ctx.request({ method: 'GET', url: `${ORDERS}/sub-orders`, token: gone.accessToken });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expectProblem(await fx.transition(gone, paid.subOrders[0]!.id, 'confirmed'), 403, 'USER.SUSPENDED');

    const res = await cancelOpen();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().cancelled).toBe(2);
    expect((await fx.order(customer, unpaid.id)).status).toBe('cancelled');
    expect((await fx.order(customer, paid.id)).status).toBe('cancelled');
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '50', reserved: '0' });
    const money = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${paid.id}/payments`,
      token: customer.accessToken,
    });
    expect(money.json().refunds).toMatchObject([
      { method: 'invoice', status: 'due', cause: 'cancellation', amountMinor: paid.totals.totalMinor },
    ]);
    // Nothing left to cancel: the same call again changes nothing.
    expect((await cancelOpen()).json().cancelled).toBe(0);
  });
});
