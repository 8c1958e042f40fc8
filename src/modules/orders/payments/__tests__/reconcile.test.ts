/**
 * Payments interrupted by a crash: a `payment.reconcile` deadline asks the provider what became of
 * each payment still open and settles or voids it. The crash is a provider wrapper whose call never
 * returns (the process died there), before or after the provider recorded the charge; another
 * provider instance on the same database (a restarted process) answers the reconciler.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import type { CreatePaymentInput, CreatePaymentResult, PaymentProvider } from '../provider.js';
import type { TestCardProvider } from '../test-card-provider.js';
import { ORDERS, type Listed } from '../../../../../test/fixtures/orders.js';
import { CARDS, card, PaymentsFixture, principal, RECONCILE_AFTER_MS, type PaymentJson } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  listed = await fx.listed(await ctx.make.seller(), '1000');
});
afterAll(() => ctx?.close());

/** The process dies inside the provider call: `before` the provider got the request, or `after` it charged. */
class CrashingProvider implements PaymentProvider {
  readonly name = 'test';
  calls = 0;
  charged = false;
  constructor(
    private readonly inner: TestCardProvider,
    private readonly when: 'before' | 'after',
  ) {}
  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    this.calls++;
    if (this.when === 'after') {
      await this.inner.createPayment(input);
      this.charged = true;
    }
    // Nothing after this point ever runs: the answer is never written down.
    return new Promise<never>(() => undefined);
  }
  retrievePayment: PaymentProvider['retrievePayment'] = (ref, within) => this.inner.retrievePayment(ref, within);
  parseWebhook: PaymentProvider['parseWebhook'] = (body, headers) => this.inner.parseWebhook(body, headers);
  cancelPayment: PaymentProvider['cancelPayment'] = (ref, within) => this.inner.cancelPayment(ref, within);
  refund: PaymentProvider['refund'] = (input, within) => this.inner.refund(input, within);
}

/** Moves the clock; access tokens live 15 minutes, so the customer logs in again. */
async function later(ms: number, customer: Account): Promise<void> {
  ctx.clock.advance(ms);
  Object.assign(customer, await ctx.make.login(customer.email, customer.password));
}

const paying = (number: string) => ({ method: 'card' as const, card: card(number.replaceAll(' ', '')) });

/** A card order whose payment (with `key`) was cut off by a crash `when`. */
async function crashed(when: 'before' | 'after', number: string = CARDS.visa) {
  const customer = await ctx.make.customer();
  const order = await fx.cardOrder(customer, listed.offerId);
  const provider = new CrashingProvider(fx.testProvider(), when);
  const key = randomUUID();
  void fx.service(provider).pay(principal(customer), order.id, key, paying(number));
  await expect.poll(() => (when === 'after' ? provider.charged : provider.calls > 0)).toBe(true);
  const [row] = await fx.paymentRows(order.id);
  expect(row).toMatchObject({ status: 'pending', provider_payment_id: null });
  return { customer, order, key, paymentId: row!.id as string };
}

describe('a payment cut off by a crash', () => {
  it('after the provider charged: the reconciler settles it once; the same key then answers the settled result', async () => {
    const { customer, order, key, paymentId } = await crashed('after');
    expect(await fx.reconcileDeadline(paymentId)).toMatchObject({ status: 'pending' });

    // Until it is reconciled, a retry answers the payment as it stands, and no second charge may start.
    const early = await fx.pay(customer, order.id, CARDS.visa, key);
    expect(early.statusCode, early.body).toBe(200);
    expect(early.headers['idempotent-replayed']).toBe('true');
    expect(early.json()).toMatchObject({ id: paymentId, status: 'pending' });
    await later(RECONCILE_AFTER_MS, customer);
    expectProblem(await fx.pay(customer, order.id, CARDS.mir), 409, 'PAYMENT.IN_PROGRESS');

    await ctx.app.events.runOnce();
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.payments).toMatchObject([{ id: paymentId, status: 'succeeded' }]);
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({ status: 'succeeded', card_brand: 'visa', card_last4: '4242' });
    expect(row!.provider_payment_id).toMatch(/^tpay_/);
    expect(await fx.historyTo(customer, order.id, 'paid')).toMatchObject([
      { actorRole: 'system' },
      { actorRole: 'system' },
    ]);
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
    expect(await fx.deadline(order.id)).toBe('cancelled');
    expect(await fx.reconcileDeadline(paymentId)).toMatchObject({ status: 'done' });

    // Run again: nothing changes.
    await later(RECONCILE_AFTER_MS, customer);
    await ctx.app.events.runOnce();
    expect(await fx.historyTo(customer, order.id, 'paid')).toHaveLength(2);

    const retry = await fx.pay(customer, order.id, CARDS.visa, key);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toMatchObject({ id: paymentId, status: 'succeeded', card: { brand: 'visa', last4: '4242' } });
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
  });

  it('before the provider got it: the payment is voided and the order takes a payment with a new key', async () => {
    const { customer, order, key, paymentId } = await crashed('before');
    await later(RECONCILE_AFTER_MS, customer);
    await ctx.app.events.runOnce();
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({ id: paymentId, status: 'failed', decline_code: 'interrupted' });
    expect(row!.decline_message).toEqual(expect.any(String));
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
    expect(await fx.deadline(order.id)).toBe('pending');

    const same = await fx.pay(customer, order.id, CARDS.visa, key);
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ id: paymentId, status: 'failed', declineCode: 'interrupted' });
    const fresh = await fx.pay(customer, order.id, CARDS.visa);
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(fresh.json()).toMatchObject({ status: 'succeeded' });
    expect((await fx.order(customer, order.id)).status).toBe('paid');
  });

  it('after the provider asked for 3-D Secure: the reconciler hands the customer the challenge', async () => {
    const { customer, order, paymentId } = await crashed('after', CARDS.threeDs);
    await later(RECONCILE_AFTER_MS, customer);
    await ctx.app.events.runOnce();
    const [payment] = (await fx.order(customer, order.id)).payments as unknown as PaymentJson[];
    expect(payment).toMatchObject({ id: paymentId, status: 'requires_action', card: { last4: '3220' } });
    expect(payment!.action!.url).toMatch(new RegExp(`^${ORDERS}/payments/test-3ds/tpay_`));
    const done = await ctx.request({
      method: 'POST',
      url: payment!.action!.url,
      payload: 'outcome=succeed',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect(await fx.reconcileDeadline(paymentId)).toMatchObject({ status: 'cancelled' });
  });

  it('a payment the live answer settled has its reconcile deadline cancelled', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const payment = (await fx.pay(customer, order.id, CARDS.declined)).json() as PaymentJson;
    expect(payment.status).toBe('declined');
    expect(await fx.reconcileDeadline(payment.id)).toMatchObject({ status: 'cancelled' });
  });
});

describe('3-D Secure never completed', () => {
  it('is re-checked while the challenge lives, then voided; its page no longer confirms', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const payment = (await fx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
    expect(payment.status).toBe('requires_action');

    await later(RECONCILE_AFTER_MS, customer);
    await ctx.app.events.runOnce();
    expect((await fx.order(customer, order.id)).payments).toMatchObject([{ status: 'requires_action' }]);
    const next = await fx.reconcileDeadline(payment.id);
    expect(next).toMatchObject({ status: 'pending' });
    expect(new Date(next!.due_at).getTime()).toBe(ctx.clock.now().getTime() + RECONCILE_AFTER_MS);

    // The test provider's challenge lasts an hour, longer than the order waits (30 minutes).
    await later(60 * 60_000, customer);
    await ctx.app.events.runOnce();
    const after = await fx.order(customer, order.id);
    expect(after.payments).toMatchObject([{ id: payment.id, status: 'failed' }]);
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({ status: 'failed', decline_code: 'authentication_expired' });
    expect(after.status).toBe('cancelled');
    expect((await fx.outbox(order.id)).some((e) => e.type === 'payment.refund_required')).toBe(false);
    expect(await fx.reconcileDeadline(payment.id)).toMatchObject({ status: 'done' });

    const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const late = await ctx.request({
      method: 'POST',
      url: payment.action!.url,
      payload: 'outcome=succeed',
      headers: form,
    });
    expectProblem(late, 409, 'PAYMENT.THREE_DS_EXPIRED');
    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Время на подтверждение истекло');
    expect(page.body).not.toContain('<form');
  });
});

describe('the test provider keeps its records in the database', () => {
  it('another replica shows and completes the 3-D Secure page of a payment this one made', async () => {
    const replica = await createTestContext({ database: ctx.database });
    try {
      replica.clock.advance(ctx.clock.now().getTime() - replica.clock.now().getTime());
      const customer = await ctx.make.customer();
      const order = await fx.cardOrder(customer, listed.offerId);
      const payment = (await fx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
      const page = await replica.request({ method: 'GET', url: payment.action!.url });
      expect(page.statusCode, page.body).toBe(200);
      expect(page.body).toContain('•••• 3220');
      const done = await replica.request({
        method: 'POST',
        url: payment.action!.url,
        payload: 'outcome=succeed',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect((await fx.order(customer, order.id)).status).toBe('paid');
      expect(await fx.reconcileDeadline(payment.id)).toMatchObject({ status: 'cancelled' });
    } finally {
      await replica.close();
    }
  });
});
