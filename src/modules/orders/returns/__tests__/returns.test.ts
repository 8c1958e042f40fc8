/** Returns as a flow: the customer asks within the window, the seller accepts (restocking, refunding) or refuses. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { delivery, ORDERS, pickup, type OrderJson } from '../../../../../test/fixtures/orders.js';
import { PaymentsFixture } from '../../payments/__tests__/payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let seller: Account;
let rival: Account;

const DAY_MS = 86_400_000;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  seller = await ctx.make.seller();
  rival = await ctx.make.seller();
});
afterAll(() => ctx?.close());

const walk = async (sub: { id: string }, path: string[]) => {
  for (const to of path) {
    const res = await fx.transition(seller, sub.id, to);
    expect(res.statusCode, `${to}: ${res.body}`).toBe(200);
  }
};

/** A card-paid delivery order of `quantity` bags, delivered to the customer. */
async function delivered(customer: Account, quantity = '10', onHand = '100') {
  const listed = await fx.listed(seller, onHand);
  const order = await fx.placed(customer, listed.offerId, quantity, delivery({}, ctx.clock.now().getTime()));
  const paid = await fx.pay(customer, order.id);
  expect(paid.json().status, paid.body).toBe('succeeded');
  const sub = order.subOrders[0]!;
  await walk(sub, ['confirmed', 'assembling', 'ready']);
  await fx.delivered(sub.id);
  return { ...listed, order, sub, line: sub.lines[0]!.id };
}

const ask = (customer: Account, orderId: string, payload: Record<string, unknown>) =>
  ctx.request({ method: 'POST', url: `${ORDERS}/${orderId}/returns`, token: customer.accessToken, payload });
const answer = (who: Account, returnId: string, verb: 'accept' | 'refuse', payload: Record<string, unknown> = {}) =>
  ctx.request({ method: 'POST', url: `${ORDERS}/returns/${returnId}/${verb}`, token: who.accessToken, payload });
const subStatus = async (customer: Account, orderId: string) => {
  const order = await fx.order(customer, orderId);
  return { order: order.status, sub: order.subOrders[0]!.status, returnedPartially: order.returnedPartially };
};

/** Moves the clock; access tokens live 15 minutes, so everyone logs in again. */
const later = async (ms: number, ...accounts: Account[]) => {
  ctx.clock.advance(ms);
  for (const a of [...accounts, seller, rival, await ctx.make.admin()])
    Object.assign(a, await ctx.make.login(a.email, a.password));
};

describe('a customer returns part of a delivered card order', () => {
  it('asks, the seller accepts onto a warehouse: the lines are refunded by card and restocked', async () => {
    const customer = await ctx.make.customer();
    const { order, sub, line, offerId, warehouseId } = await delivered(customer, '10');
    const unitMinor = sub.lines[0]!.totalMinor / 10;

    const asked = await ask(customer, order.id, {
      subOrderId: sub.id,
      reason: 'лишние мешки',
      lines: [{ lineId: line, quantity: '3' }],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const ret = asked.json();
    expect(ret).toMatchObject({
      status: 'requested',
      lines: [{ lineId: line, quantity: '3', amountMinor: 3 * unitMinor }],
    });
    expect(await subStatus(customer, order.id)).toMatchObject({ order: 'return_requested', sub: 'return_requested' });
    // A second return while this one waits is refused.
    expectProblem(await ask(customer, order.id, { subOrderId: sub.id, reason: 'ещё' }), 409, 'ORDER.RETURN_OPEN');

    // Someone else's return is not there: another seller, another customer.
    expect((await answer(rival, ret.id, 'accept')).statusCode).toBe(404);
    const stranger = await ctx.make.customer();
    expect(
      (
        await ctx.request({
          method: 'GET',
          url: `${ORDERS}/${order.id}/returns/${ret.id}`,
          token: stranger.accessToken,
        })
      ).statusCode,
    ).toBe(404);
    // Its own return, read through an order it is not of.
    expectProblem(
      await ctx.request({
        method: 'GET',
        url: `${ORDERS}/${randomUUID()}/returns/${ret.id}`,
        token: customer.accessToken,
      }),
      404,
      'ORDER.RETURN_NOT_FOUND',
    );

    const accepted = await answer(seller, ret.id, 'accept', { restockWarehouseId: warehouseId });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', refundMinor: 3 * unitMinor, refundDelivery: false });
    // 10 were shipped out of 100; 3 came back.
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '93', reserved: '0' });
    expect(await subStatus(customer, order.id)).toMatchObject({ order: 'delivered', sub: 'delivered' });

    const [refund] = await fx.refunds(customer, order.id);
    expect(refund).toMatchObject({ method: 'card', status: 'pending', cause: 'return', amountMinor: 3 * unitMinor });
    await ctx.app.events.runOnce();
    expect((await fx.refunds(customer, order.id))[0]!.status).toBe('succeeded');
    expectProblem(await answer(seller, ret.id, 'refuse', { reason: 'поздно' }), 409, 'ORDER.RETURN_RESOLVED');

    // The window ends: the part is completed, and the order says some lines came back.
    await later(14 * DAY_MS + 1000, customer);
    await ctx.app.events.runOnce();
    expect(await subStatus(customer, order.id)).toEqual({
      order: 'completed',
      sub: 'completed',
      returnedPartially: true,
    });
    expectProblem(await ask(customer, order.id, { subOrderId: sub.id, reason: 'ещё' }), 409, 'ORDER.NOT_RETURNABLE');
  });

  it('everything back, delivery too when the seller says so: the part and the order are returned', async () => {
    const customer = await ctx.make.customer();
    const { order, sub } = await delivered(customer, '4');
    const ret = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'не подошёл' })).json();
    expect(ret.lines[0].quantity).toBe('4');
    const accepted = await answer(seller, ret.id, 'accept', { refundDelivery: true });
    expect(accepted.json().refundMinor).toBe(sub.totals.totalMinor);
    expect(await subStatus(customer, order.id)).toMatchObject({ order: 'returned', sub: 'returned' });
    const refunds = await fx.refunds(customer, order.id);
    expect(refunds.reduce((s, r) => s + r.amountMinor, 0)).toBe(order.totals.totalMinor);
  });

  it('the seller refuses with a reason: nothing is refunded, the part is back to delivered', async () => {
    const customer = await ctx.make.customer();
    const { order, sub } = await delivered(customer, '2');
    const ret = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'не понравился' })).json();
    expect(errorPaths(await answer(seller, ret.id, 'refuse', {}))).toEqual(['reason']);
    const refused = await answer(seller, ret.id, 'refuse', { reason: 'мешки вскрыты' });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: 'мешки вскрыты', refundMinor: 0 });
    expect(await fx.refunds(customer, order.id)).toEqual([]);
    expect(await subStatus(customer, order.id)).toMatchObject({ sub: 'delivered' });
  });
});

describe('what may be returned', () => {
  it('only received parts, within the window, whole units, at most what is left; fields named', async () => {
    const customer = await ctx.make.customer();
    const listed = await fx.listed(seller, '50');
    const early = await fx.placed(customer, listed.offerId, '5', delivery({}, ctx.clock.now().getTime()));
    expectProblem(
      await ask(customer, early.id, { subOrderId: early.subOrders[0]!.id, reason: 'x' }),
      409,
      'ORDER.NOT_RETURNABLE',
    );

    const { order, sub, line } = await delivered(customer, '5');
    const bad = await ask(customer, order.id, {
      subOrderId: sub.id,
      reason: 'x',
      lines: [
        { lineId: line, quantity: '1.5' },
        { lineId: early.subOrders[0]!.id, quantity: '1' },
      ],
    });
    expect(errorPaths(bad)).toEqual(['lines.0.quantity', 'lines.1.lineId']);
    expect(
      errorPaths(
        await ask(customer, order.id, { subOrderId: sub.id, reason: 'x', lines: [{ lineId: line, quantity: '6' }] }),
      ),
    ).toEqual(['lines.0.quantity']);
    expect(errorPaths(await ask(customer, order.id, { subOrderId: sub.id, reason: ' ' }))).toEqual(['reason']);
    // Someone else's order is not there; a seller does not ask for returns.
    const stranger = await ctx.make.customer();
    expect((await ask(stranger, order.id, { subOrderId: sub.id, reason: 'x' })).statusCode).toBe(404);
    expect((await ask(seller, order.id, { subOrderId: sub.id, reason: 'x' })).statusCode).toBe(403);
    expect(await subStatus(customer, order.id)).toMatchObject({ sub: 'delivered' });

    await later(14 * DAY_MS + 1000, customer);
    expectProblem(
      await ask(customer, order.id, { subOrderId: sub.id, reason: 'x' }),
      409,
      'ORDER.RETURN_WINDOW_CLOSED',
    );
  });

  it('a warehouse that is not the seller’s is refused by name, and nothing is written', async () => {
    const customer = await ctx.make.customer();
    const { order, sub, offerId, warehouseId } = await delivered(customer, '3');
    const ret = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'x' })).json();
    const foreign = await fx.warehouse(rival);
    expect(errorPaths(await answer(seller, ret.id, 'accept', { restockWarehouseId: foreign }))).toEqual([
      'restockWarehouseId',
    ]);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '97', reserved: '0' });
    expect(await fx.refunds(customer, order.id)).toEqual([]);
    expect(
      (
        await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}/returns/${ret.id}`, token: seller.accessToken })
      ).json().status,
    ).toBe('requested');
  });
});

describe('an invoice-paid pickup order', () => {
  it('an accepted return becomes a refund due, which the seller marks paid back with its document', async () => {
    const customer = await ctx.make.customer();
    const listed = await fx.listed(seller, '20');
    const order = (await fx.placed(customer, listed.offerId, '2', pickup())) as OrderJson;
    const sub = order.subOrders[0]!;
    expect((await fx.markPaid(seller, sub.id)).statusCode).toBe(200);
    await walk(sub, ['confirmed', 'assembling', 'ready', 'picked_up']);
    const ret = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'лишнее' })).json();
    expect((await answer(seller, ret.id, 'accept')).statusCode).toBe(200);
    const [due] = await fx.refunds(customer, order.id);
    expect(due).toMatchObject({ method: 'invoice', status: 'due', amountMinor: sub.totals.goodsMinor });

    const today = new Date(ctx.clock.now().getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
    const back = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/refunds/${due!.id}/paid-back`,
      token: seller.accessToken,
      payload: { documentNumber: '512', paidOn: today },
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await fx.refunds(customer, order.id))[0]).toMatchObject({ status: 'paid_back', documentNumber: '512' });
    expect(await subStatus(customer, order.id)).toMatchObject({ order: 'returned', sub: 'returned' });
  });
});

describe('a picked-up part that comes back in part', () => {
  it('ships once: answering a return touches no other order’s reservation', async () => {
    const customer = await ctx.make.customer();
    const other = await ctx.make.customer();
    const listed = await fx.listed(seller, '30');
    const order = await fx.placed(customer, listed.offerId, '5', pickup({ paymentMethod: 'card' }));
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
    // Another customer's order holds 4 of the same stock meanwhile.
    await fx.placed(other, listed.offerId, '4');
    const sub = order.subOrders[0]!;
    await walk(sub, ['confirmed', 'assembling', 'ready', 'picked_up']);
    expect(await fx.stockRow(listed.offerId, listed.warehouseId)).toEqual({ onHand: '25', reserved: '4' });

    const lines = [{ lineId: sub.lines[0]!.id, quantity: '1' }];
    const refused = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'брак', lines })).json();
    expect((await answer(seller, refused.id, 'refuse', { reason: 'не брак' })).statusCode).toBe(200);
    const accepted = (await ask(customer, order.id, { subOrderId: sub.id, reason: 'брак', lines })).json();
    const res = await answer(seller, accepted.id, 'accept', { restockWarehouseId: listed.warehouseId });
    expect(res.statusCode, res.body).toBe(200);
    expect(await subStatus(customer, order.id)).toMatchObject({ sub: 'picked_up' });
    expect(await fx.stockRow(listed.offerId, listed.warehouseId)).toEqual({ onHand: '26', reserved: '4' });
  });
});
