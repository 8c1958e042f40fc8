/** Provider webhooks and the test provider's 3-D Secure page: signed, applied once, never a 500. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { queryRows } from '../../../../shared/db/database.js';
import { formatRub } from '../../../../shared/money/format-rub.js';
import { ORDERS, type Listed, type OrderJson } from '../../../../../test/fixtures/orders.js';
import { CARDS, PaymentsFixture, type PaymentJson } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  listed = await fx.listed(await ctx.make.seller(), '1000');
});
afterAll(() => ctx?.close());

const form = (outcome: string) => ({
  payload: `outcome=${outcome}`,
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
});

/** A card order whose payment waits for 3-D Secure. */
async function awaitingThreeDs(): Promise<{ customer: Account; order: OrderJson; payment: PaymentJson; tpay: string }> {
  const customer = await ctx.make.customer();
  const order = await fx.cardOrder(customer, listed.offerId);
  const res = await fx.pay(customer, order.id, CARDS.threeDs);
  expect(res.statusCode, res.body).toBe(201);
  const payment = res.json() as PaymentJson;
  expect(payment.status).toBe('requires_action');
  const tpay = decodeURIComponent(payment.action!.url.split('/').pop()!);
  return { customer, order, payment, tpay };
}

/** Where the test provider's own record of a payment stands. */
async function providerStatus(tpay: string): Promise<string | undefined> {
  const [row] = await queryRows<{ status: string }>(
    ctx.database.db,
    sql`select status from orders.test_provider_payments where provider_payment_id = ${tpay}`,
  );
  return row?.status;
}

async function seenEvents(eventId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    ctx.database.db,
    sql`select count(*)::int as n from orders.webhook_events where event_id = ${eventId}`,
  );
  return rows[0]!.n;
}

describe('3-D Secure on the test page', () => {
  it('requires action → the page shows amount and card → «Подтвердить» pays the order', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    // No PUBLIC_URL in tests: the link is relative to this API.
    expect(payment.action).toEqual({ type: 'redirect_3ds', url: `${ORDERS}/payments/test-3ds/${tpay}` });
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');

    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain(formatRub(order.totals.totalMinor));
    expect(page.body).toContain('•••• 3220');
    expect(page.body).toContain('Подтвердить');
    expect(page.body).toContain('Отклонить');
    expect(page.body.match(/<form method="post">/g)).toHaveLength(2);
    expect(page.body).not.toMatch(/<script|<link|src=/i);

    const done = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      outcome: 'succeeded',
      orderId: order.id,
      payment: { id: payment.id, status: 'succeeded', action: null },
    });
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.subOrders.map((s) => s.status)).toEqual(['paid']);
    const history = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${order.id}/history`,
      token: customer.accessToken,
    });
    expect(history.json().items).toContainEqual(
      expect.objectContaining({ to: 'paid', actorRole: 'provider', reason: 'card payment', subOrderId: null }),
    );
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
    expect(await fx.deadline(order.id)).toBe('cancelled');

    // The same button again re-sends the same event: nothing changes. The other one is too late.
    const again = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expect(again.json()).toMatchObject({ outcome: 'succeeded', payment: { status: 'succeeded' } });
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
    const other = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('fail') });
    expectProblem(other, 409, 'PAYMENT.THREE_DS_ALREADY_COMPLETED');
    const shown = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(shown.body).toContain('Платёж подтверждён');
    expect(shown.body).not.toContain('<form');
  });

  it('«Отклонить» fails the payment and answers a page; the order still awaits payment', async () => {
    const { customer, order, payment } = await awaitingThreeDs();
    const res = await ctx.request({
      method: 'POST',
      url: payment.action!.url,
      payload: 'outcome=fail',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,*/*' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Платёж отклонён');
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('pending_payment');
    expect(after.payments).toMatchObject([
      { status: 'failed', declineCode: 'payment_intent_authentication_failure', declineMessage: expect.any(String) },
    ]);
    expect((await fx.pay(customer, order.id, CARDS.visa)).json().status).toBe('succeeded');
  });

  it('links to the page under PUBLIC_URL when it is set', async () => {
    const other = await createTestContext({ env: { PUBLIC_URL: 'https://market.example' } });
    try {
      const ofx = new PaymentsFixture(other);
      const { offerId } = await ofx.listed(await other.make.seller());
      const customer = await other.make.customer();
      const order = await ofx.cardOrder(customer, offerId);
      const payment = (await ofx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
      expect(payment.action!.url).toMatch(/^https:\/\/market\.example\/api\/v1\/orders\/payments\/test-3ds\/tpay_/);
      const path = new URL(payment.action!.url).pathname;
      expect((await other.request({ method: 'GET', url: path })).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('refuses an unknown payment and a bad outcome', async () => {
    const unknown = await ctx.request({ method: 'GET', url: `${ORDERS}/payments/test-3ds/tpay_nope` });
    expectProblem(unknown, 404, 'PAYMENT.THREE_DS_NOT_FOUND');
    const post = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/payments/test-3ds/tpay_nope`,
      ...form('succeed'),
    });
    expectProblem(post, 404, 'PAYMENT.THREE_DS_NOT_FOUND');
    const { payment } = await awaitingThreeDs();
    const bad = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('maybe') });
    expectProblem(bad, 400, 'VALIDATION');
  });

  it('the page of an order past its time says so, and «Подтвердить» charges nothing (the payment is cancelled)', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    ctx.clock.advance(Date.parse(order.payBy) - ctx.clock.now().getTime() + 1000);
    // Before the relay has expired the order: the page itself sees the time ran out.
    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Время на оплату заказа истекло');
    expect(page.body).not.toContain('<form');
    const late = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expect(expectProblem(late, 409, 'PAYMENT.NO_LONGER_PAYABLE').reason).toBe('pay_by_passed');
    expect(await providerStatus(tpay)).toBe('cancelled');
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'cancelled', decline_code: 'pay_by_passed' }]);
    const again = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expectProblem(again, 409, 'PAYMENT.THREE_DS_CANCELLED');
    await ctx.app.events.runOnce();
    const customerNow = await ctx.make.login(customer.email, customer.password);
    expect((await fx.order(customerNow, order.id)).status).toBe('cancelled');
    expect(await fx.refunds(customerNow, order.id)).toEqual([]);
  });

  it('an order that expired cancels its open payment at the provider: the page says so and charges nothing', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    ctx.clock.advance(Date.parse(order.payBy) - ctx.clock.now().getTime() + 1000);
    await ctx.app.events.runOnce();
    expect(await providerStatus(tpay)).toBe('cancelled');
    // Its reconcile look or the expiry's void request, whichever ran first, cancelled it.
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({
      status: 'cancelled',
      decline_code: expect.stringMatching(/^(pay_by_passed|order_cancelled)$/),
    });
    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Платёж отменён, деньги не списаны');
    expect(page.body).not.toContain('<form');
    const late = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expectProblem(late, 409, 'PAYMENT.THREE_DS_CANCELLED');
    const customerNow = await ctx.make.login(customer.email, customer.password);
    expect((await fx.order(customerNow, order.id)).status).toBe('cancelled');
    expect(await fx.refunds(customerNow, order.id)).toEqual([]);
  });

  it('money that arrives anyway after the order expired is refunded automatically', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    // Confirmed at the provider just before the order expired; the webhook is still on its way, and
    // the reconciler has not looked yet (its next look is after the expiry).
    const webhook = await fx.testProvider().completeThreeDs(tpay, 'succeed');
    await ctx.database.db.execute(
      sql`update events.deadlines set due_at = ${order.payBy}::timestamptz + interval '1 hour',
          next_attempt_at = ${order.payBy}::timestamptz + interval '1 hour'
          where kind = 'payment.reconcile' and key = ${payment.id}`,
    );
    ctx.clock.advance(Date.parse(order.payBy) - ctx.clock.now().getTime() + 1000);
    // The expiry cancels the order and asks for the payment to be voided: the provider says it was paid.
    await ctx.app.events.runOnce();
    // The provider's webhook, delivered (and signed) late.
    const event = JSON.parse(webhook.body) as Record<string, unknown>;
    const late = fx.signed(event);
    expect((await fx.webhook(late.body, late.headers)).json()).toMatchObject({ received: true });
    await ctx.app.events.runOnce();
    const customerNow = await ctx.make.login(customer.email, customer.password);
    const after = await fx.order(customerNow, order.id);
    expect(after.status).toBe('cancelled');
    expect(after.payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
    expect(await fx.refunds(customerNow, order.id)).toMatchObject([
      {
        method: 'card',
        status: 'succeeded',
        cause: 'late_payment',
        paymentId: payment.id,
        amountMinor: order.totals.totalMinor,
      },
    ]);
    expect((await fx.outbox(order.id)).some((e) => e.type === 'order.paid')).toBe(false);
  });
});

describe('POST /payments/webhook/:provider', () => {
  it('applies a signed event once: a redelivery is a 200 no-op', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    const event = fx.signed({ type: 'payment.succeeded', providerPaymentId: tpay, amountMinor: payment.amountMinor });
    const first = await fx.webhook(event.body, event.headers);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: true, duplicate: false });
    const historyLength = async () =>
      (await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}/history`, token: customer.accessToken })).json()
        .items.length;
    const before = await historyLength();
    const again = await fx.webhook(event.body, event.headers);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ received: true, duplicate: true });
    expect(await historyLength()).toBe(before);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });

  it('payment.failed marks the payment failed with the decline', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    const event = fx.signed({
      type: 'payment.failed',
      providerPaymentId: tpay,
      amountMinor: payment.amountMinor,
      declineCode: 'card_declined',
      declineMessage: 'Your card was declined.',
    });
    expect((await fx.webhook(event.body, event.headers)).statusCode).toBe(200);
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('pending_payment');
    expect(after.payments).toMatchObject([{ status: 'failed', declineCode: 'card_declined' }]);
    // A later, contradicting event does not bring a failed payment back.
    const late = fx.signed({ type: 'payment.succeeded', providerPaymentId: tpay, amountMinor: payment.amountMinor });
    expect((await fx.webhook(late.body, late.headers)).statusCode).toBe(200);
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
  });

  it('a tampered, unsigned, stale or foreign-signed body is 401 and changes nothing', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    const event = fx.signed({ type: 'payment.succeeded', providerPaymentId: tpay, amountMinor: payment.amountMinor });
    const tampered = event.body.replace(String(payment.amountMinor), String(payment.amountMinor - 100));
    expect(tampered).not.toBe(event.body);
    expectProblem(await fx.webhook(tampered, event.headers), 401, 'PAYMENT.WEBHOOK_SIGNATURE_INVALID');
    // Re-serialized JSON (other spacing) is not the signed bytes either.
    const reformatted = JSON.stringify(JSON.parse(event.body), null, 2);
    expectProblem(await fx.webhook(reformatted, event.headers), 401, 'PAYMENT.WEBHOOK_SIGNATURE_INVALID');
    const unsigned = await fx.webhook(event.body, { 'content-type': 'application/json' });
    expectProblem(unsigned, 401, 'PAYMENT.WEBHOOK_SIGNATURE_MISSING');
    const old = fx.signed(
      { type: 'payment.succeeded', providerPaymentId: tpay, amountMinor: payment.amountMinor },
      new Date(ctx.clock.now().getTime() - 10 * 60_000),
    );
    expectProblem(await fx.webhook(old.body, old.headers), 401, 'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE');
    const garbage = await fx.webhook(event.body, { 'content-type': 'application/json', 'tutuu-signature': 'nope' });
    expectProblem(garbage, 401, 'PAYMENT.WEBHOOK_SIGNATURE_MALFORMED');

    expect(await seenEvents(JSON.parse(event.body).id)).toBe(0);
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('pending_payment');
    expect(after.payments).toMatchObject([{ status: 'requires_action' }]);
    // The genuine event still applies afterwards.
    expect((await fx.webhook(event.body, event.headers)).json()).toEqual({ received: true, duplicate: false });
  });

  it('an unknown payment is a 404 and the event is not taken as seen, so its redelivery applies', async () => {
    const event = fx.signed({ type: 'payment.succeeded', providerPaymentId: 'tpay_unknown', amountMinor: 100 });
    expectProblem(await fx.webhook(event.body, event.headers), 404, 'PAYMENT.NOT_FOUND');
    expect(await seenEvents(JSON.parse(event.body).id)).toBe(0);
    const provider = await fx.webhook(event.body, event.headers, 'yookassa');
    expectProblem(provider, 404, 'PAYMENT.PROVIDER_NOT_FOUND');
  });

  it('a signed body that is not an event is 400, another amount is 409, a non-JSON body is 415', async () => {
    const { payment, tpay } = await awaitingThreeDs();
    const notEvent = fx.signed({ type: 'payment.refunded', providerPaymentId: tpay, amountMinor: 1 });
    expectProblem(await fx.webhook(notEvent.body, notEvent.headers), 400, 'PAYMENT.WEBHOOK_BODY_INVALID');
    const other = fx.signed({
      type: 'payment.succeeded',
      providerPaymentId: tpay,
      amountMinor: payment.amountMinor + 1,
    });
    expectProblem(await fx.webhook(other.body, other.headers), 409, 'PAYMENT.WEBHOOK_AMOUNT_MISMATCH');
    const text = await fx.webhook('hello', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
    const empty = await fx.webhook('', { 'content-type': 'application/json' });
    expect([400, 401]).toContain(empty.statusCode);
    expect(empty.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('routing', () => {
  it('static payment paths are not taken for an order id, and the order routes still work', async () => {
    // Would be a 400 "id must be a UUID" (or 401) if /:id/payments caught them.
    const webhook = await fx.webhook('{}', { 'content-type': 'application/json' });
    expectProblem(webhook, 401, 'PAYMENT.WEBHOOK_SIGNATURE_MISSING');
    const page = await ctx.request({ method: 'GET', url: `${ORDERS}/payments/test-3ds/x` });
    expectProblem(page, 404, 'PAYMENT.THREE_DS_NOT_FOUND');
    const customer = await ctx.make.customer();
    const list = await ctx.request({ method: 'GET', url: `${ORDERS}/payments/payments`, token: customer.accessToken });
    expectProblem(list, 400, 'VALIDATION');
    // JSON bodies elsewhere are still parsed as JSON.
    const checkout = await fx.checkout(customer, { delivery: { method: 'pickup' }, paymentMethod: 'card' });
    expect(checkout.statusCode).not.toBe(415);
    expect(checkout.json().code).not.toBe('HTTP.MALFORMED_BODY');
  });

  it('the OpenAPI document describes the payment routes', async () => {
    const res = await ctx.request({ method: 'GET', url: '/openapi.json' });
    const paths = res.json().paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        `${ORDERS}/{id}/payments`,
        `${ORDERS}/payments/webhook/{provider}`,
        `${ORDERS}/payments/test-3ds/{providerPaymentId}`,
      ]),
    );
    expect(Object.keys(paths[`${ORDERS}/{id}/payments`]!).sort()).toEqual(['get', 'post']);
  });
});
