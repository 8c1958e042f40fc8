/** Card payments of orders: charge, decline, idempotency, who may pay what, and the card number kept secret. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { ORDERS, pickup, type Listed } from '../../../../../test/fixtures/orders.js';
import { CARDS, card, PaymentsFixture, type PaymentJson } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let seller: Account;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  seller = await ctx.make.seller();
  listed = await fx.listed(seller, '1000');
});
afterAll(() => ctx?.close());

describe('paying a card order', () => {
  it('a good card pays the order: sub-orders paid, history, order.paid event, expiry deadline cancelled', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    expect(await fx.deadline(order.id)).toBe('pending');

    const res = await fx.pay(customer, order.id, CARDS.visa);
    expect(res.statusCode, res.body).toBe(201);
    const payment = res.json() as PaymentJson;
    expect(payment).toMatchObject({
      method: 'card',
      provider: 'test',
      status: 'succeeded',
      amountMinor: order.totals.totalMinor,
      card: { brand: 'visa', last4: '4242' },
      declineCode: null,
      action: null,
    });
    expect(res.headers['idempotent-replayed']).toBeUndefined();

    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.subOrders.map((s) => s.status)).toEqual(['paid']);
    expect(after.payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);

    const history = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${order.id}/history`,
      token: customer.accessToken,
    });
    const paid = (
      history.json().items as { subOrderId: string | null; to: string; actorRole: string; reason: string }[]
    ).filter((h) => h.to === 'paid');
    expect(paid).toHaveLength(2); // the sub-order and the order
    for (const h of paid) expect(h).toMatchObject({ actorRole: 'customer', reason: 'card payment' });

    const events = await fx.outbox(order.id);
    expect(events.filter((e) => e.type === 'order.paid')).toHaveLength(1);
    expect(events.find((e) => e.type === 'order.paid')!.payload).toMatchObject({
      orderId: order.id,
      totalMinor: order.totals.totalMinor,
    });
    expect(await fx.deadline(order.id)).toBe('cancelled');

    const list = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${order.id}/payments`,
      token: customer.accessToken,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
  });

  it('a declined card is a 201 with the decline; the order still awaits payment and another card may pay', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const res = await fx.pay(customer, order.id, CARDS.declined);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'declined',
      declineCode: 'card_declined',
      declineMessage: expect.any(String),
      card: { last4: '0002' },
    });
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
    expect(await fx.deadline(order.id)).toBe('pending');

    const poor = await fx.pay(customer, order.id, CARDS.insufficient);
    expect(poor.json()).toMatchObject({ status: 'declined', declineCode: 'insufficient_funds' });
    const mir = await fx.pay(customer, order.id, CARDS.mir);
    expect(mir.json()).toMatchObject({ status: 'succeeded', card: { brand: 'mir', last4: '0004' } });
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    // Same instant on the test clock: the order among them is not defined.
    expect(after.payments.map((p) => p.status).sort()).toEqual(['declined', 'declined', 'succeeded']);
  });

  it('charges only the sub-orders still awaiting payment', async () => {
    const other = await ctx.make.seller();
    const second = await fx.listed(other, '100', { offer: { priceMinor: 31_000 } });
    const customer = await ctx.make.customer();
    await fx.add(customer, second.offerId, '3');
    const order = await fx.cardOrder(customer, listed.offerId, '2');
    expect(order.subOrders).toHaveLength(2);
    const gone = order.subOrders.find((s) => s.sellerId === other.id)!;
    const kept = order.subOrders.find((s) => s.sellerId === seller.id)!;
    expect((await fx.transition(other, gone.id, 'cancelled', 'нет машины')).statusCode).toBe(200);

    const res = await fx.pay(customer, order.id);
    expect(res.json()).toMatchObject({ status: 'succeeded', amountMinor: kept.totals.totalMinor });
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(Object.fromEntries(after.subOrders.map((s) => [s.id, s.status]))).toEqual({
      [kept.id]: 'paid',
      [gone.id]: 'cancelled',
    });
  });
});

describe('Idempotency-Key', () => {
  it('the same key answers the same payment (200, Idempotent-Replayed), even after the order is paid', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const key = randomUUID();
    const first = await fx.pay(customer, order.id, CARDS.visa, key);
    expect(first.statusCode).toBe(201);
    // The same card typed without spaces is the same request.
    const again = await fx.pay(customer, order.id, CARDS.visa.replaceAll(' ', ''), key);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
  });

  it('the same key with another card is 422 and charges nothing', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const key = randomUUID();
    expect((await fx.pay(customer, order.id, CARDS.declined, key)).statusCode).toBe(201);
    expectProblem(await fx.pay(customer, order.id, CARDS.visa, key), 422, 'ORDER.IDEMPOTENCY_KEY_REUSED');
    const otherExpiry = await fx.pay(customer, order.id, CARDS.declined, key, {
      card: card(CARDS.declined, { expMonth: 11 }),
    });
    expectProblem(otherExpiry, 422, 'ORDER.IDEMPOTENCY_KEY_REUSED');
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
  });

  it('the key is required and must look like one', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/payments`,
      token: customer.accessToken,
      payload: { method: 'card', card: card(CARDS.visa) },
    });
    expect(errorPaths(res)).toEqual(['idempotency-key']);
    expect(errorPaths(await fx.pay(customer, order.id, CARDS.visa, 'short'))).toEqual(['idempotency-key']);
  });
});

describe('who pays what', () => {
  it('someone else’s order, or one that does not exist, is a 404; only customers pay', async () => {
    const customer = await ctx.make.customer();
    const stranger = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    expectProblem(await fx.pay(stranger, order.id), 404, 'ORDER.NOT_FOUND');
    expectProblem(await fx.pay(customer, randomUUID()), 404, 'ORDER.NOT_FOUND');
    expectProblem(await fx.pay(seller, order.id), 403, 'AUTH.FORBIDDEN');
    expectProblem(await fx.pay(await ctx.make.admin(), order.id), 403, 'AUTH.FORBIDDEN');
    const anonymous = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/payments`,
      headers: { 'idempotency-key': randomUUID() },
      payload: { method: 'card', card: card(CARDS.visa) },
    });
    expectProblem(anonymous, 401, 'AUTH.UNAUTHENTICATED');
    expect(await fx.paymentRows(order.id)).toHaveLength(0);

    const url = `${ORDERS}/${order.id}/payments`;
    expectProblem(await ctx.request({ method: 'GET', url, token: stranger.accessToken }), 404, 'ORDER.NOT_FOUND');
    expectProblem(await ctx.request({ method: 'GET', url, token: seller.accessToken }), 404, 'ORDER.NOT_FOUND');
    const admin = await ctx.make.admin();
    const none = { items: [], refunds: [] };
    expect((await ctx.request({ method: 'GET', url, token: admin.accessToken })).json()).toEqual(none);
  });

  it('an invoice order is not paid by card: 409', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.placed(customer, listed.offerId, '1', pickup({ paymentMethod: 'invoice' }));
    const res = await fx.pay(customer, order.id);
    expect(expectProblem(res, 409, 'ORDER.NOT_PAYABLE').detail).toContain('invoice');
    expect(await fx.paymentRows(order.id)).toHaveLength(0);
  });

  it('a paid order is not paid twice: 409 ORDER.ALREADY_PAID', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
    expectProblem(await fx.pay(customer, order.id), 409, 'ORDER.ALREADY_PAID');
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
  });

  it('past its pay-by time the order cannot be paid, before and after the expiry runs', async () => {
    const placedBy = await ctx.make.customer();
    const order = await fx.cardOrder(placedBy, listed.offerId);
    ctx.clock.advance(Date.parse(order.payBy) - ctx.clock.now().getTime() + 1000);
    // Access tokens live 15 minutes, less than the 30 a card order waits.
    const customer = await ctx.make.login(placedBy.email, placedBy.password);
    const late = await fx.pay(customer, order.id);
    expect(expectProblem(late, 409, 'ORDER.NOT_PAYABLE').detail).toContain('ran out');
    await ctx.app.events.runOnce();
    expect((await fx.order(customer, order.id)).status).toBe('cancelled');
    expectProblem(await fx.pay(customer, order.id), 409, 'ORDER.NOT_PAYABLE');
    expect(await fx.paymentRows(order.id)).toHaveLength(0);
  });
});

describe('the card', () => {
  it('is validated by field without ever being echoed', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const bad = await fx.pay(customer, order.id, '4242 4242 4242 4241');
    expect(errorPaths(bad)).toEqual(['card.number']);
    expect(bad.body).not.toContain('4241');
    const expired = await fx.pay(customer, order.id, CARDS.visa, randomUUID(), {
      card: card(CARDS.visa, { expYear: 2020, cvc: '12' }),
    });
    expect(errorPaths(expired).sort()).toEqual(['card.cvc', 'card.expYear']);
    const invoice = await fx.pay(customer, order.id, CARDS.visa, randomUUID(), { method: 'invoice' });
    expect(errorPaths(invoice)).toEqual(['method']);
    expect(await fx.paymentRows(order.id)).toHaveLength(0);
  });

  it('never appears in an answer, a payment row or an event', async () => {
    const customer = await ctx.make.customer();
    const numbers = [CARDS.declined, CARDS.threeDs, CARDS.visa].map((n) => n.replaceAll(' ', ''));
    const order = await fx.cardOrder(customer, listed.offerId);
    const bodies: string[] = [];
    for (const number of numbers) {
      const key = randomUUID();
      const res = await fx.pay(customer, order.id, number, key);
      expect(res.statusCode, res.body).toBe(201);
      bodies.push(res.body, (await fx.pay(customer, order.id, number, key)).body);
      // 3-D Secure blocks another attempt (its answer links to it) until it is abandoned.
      if (res.json().status === 'requires_action') {
        bodies.push((await fx.pay(customer, order.id, CARDS.visa)).body);
        const cancelled = await fx.cancelPayment(customer, order.id, res.json().id);
        expect(cancelled.statusCode, cancelled.body).toBe(200);
        bodies.push(cancelled.body);
      }
    }
    bodies.push(
      (await fx.order(customer, order.id)).payments.length > 0
        ? JSON.stringify(await fx.order(customer, order.id))
        : '',
    );
    bodies.push(
      (await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}/payments`, token: customer.accessToken })).body,
    );
    const rows = JSON.stringify(await fx.paymentRows(order.id));
    const events = JSON.stringify(await fx.outbox(order.id));
    expect(rows).toContain('4242'); // last four digits are kept
    for (const number of numbers) {
      for (const text of [...bodies, rows, events]) {
        expect(text).not.toContain(number);
        expect(text).not.toContain(number.slice(0, 12));
        expect(text).not.toContain('"123"'); // the CVC
      }
    }
  });
});
