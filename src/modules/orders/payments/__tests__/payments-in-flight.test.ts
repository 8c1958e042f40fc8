/** A payment while the provider is being asked: retries, rival attempts, a provider that fails. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { CreatePaymentInput, CreatePaymentResult, PaymentProvider } from '../provider.js';
import { TestCardProvider } from '../test-card-provider.js';
import type { Listed } from '../../../../../test/fixtures/orders.js';
import { CARDS, card, PaymentsFixture, principal, RECONCILE_AFTER_MS } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  listed = await fx.listed(await ctx.make.seller(), '1000');
});
afterAll(() => ctx?.close());

/** A provider that answers only when told to, so a test can look at a payment in flight. */
class GatedProvider implements PaymentProvider {
  readonly name = 'test';
  calls = 0;
  private open!: () => void;
  readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  constructor(
    private readonly inner: PaymentProvider,
    private readonly fail = false,
  ) {}
  release(): void {
    this.open();
  }
  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    this.calls++;
    await this.gate;
    if (this.fail) throw new Error('ECONNRESET');
    return this.inner.createPayment(input);
  }
  retrievePayment: PaymentProvider['retrievePayment'] = (ref, within) => this.inner.retrievePayment(ref, within);
  parseWebhook: PaymentProvider['parseWebhook'] = (body, headers) => this.inner.parseWebhook(body, headers);
  cancelPayment: PaymentProvider['cancelPayment'] = (ref, within) => this.inner.cancelPayment(ref, within);
  refund: PaymentProvider['refund'] = (input, within) => this.inner.refund(input, within);
}

/** Charges at the provider, then loses the answer (a timeout); its look-up works or is down too. */
class TimeoutAfterChargeProvider implements PaymentProvider {
  readonly name = 'test';
  constructor(
    private readonly inner: PaymentProvider,
    private readonly lookupDown: boolean,
  ) {}
  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    await this.inner.createPayment(input);
    throw new Error('ETIMEDOUT');
  }
  retrievePayment: PaymentProvider['retrievePayment'] = async (ref, within) => {
    if (this.lookupDown) throw new Error('ECONNREFUSED');
    return this.inner.retrievePayment(ref, within);
  };
  parseWebhook: PaymentProvider['parseWebhook'] = (body, headers) => this.inner.parseWebhook(body, headers);
  cancelPayment: PaymentProvider['cancelPayment'] = (ref, within) => this.inner.cancelPayment(ref, within);
  refund: PaymentProvider['refund'] = (input, within) => this.inner.refund(input, within);
}

describe('a payment in flight', () => {
  const inner = () =>
    new TestCardProvider({
      db: ctx.database.db,
      webhookSecret: 'whsec',
      threeDsBaseUrl: 'http://x.test/3ds',
      clock: ctx.clock,
    });

  it('blocks a second attempt with another key (409) but answers a retry of the same key', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new GatedProvider(inner());
    const service = fx.service(provider);
    const body = { method: 'card' as const, card: { ...card(CARDS.visa.replaceAll(' ', '')) } };
    const key = randomUUID();
    const first = service.pay(principal(customer), order.id, key, body);
    await expect.poll(() => provider.calls).toBe(1);

    const replay = await service.pay(principal(customer), order.id, key, body);
    expect(replay).toMatchObject({ replayed: true, payment: { status: 'pending' } });
    await expect(service.pay(principal(customer), order.id, randomUUID(), body)).rejects.toMatchObject({
      code: 'PAYMENT.IN_PROGRESS',
    });
    provider.release();
    expect(await first).toMatchObject({ replayed: false, payment: { status: 'succeeded' } });
    expect(provider.calls).toBe(1);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
  });

  it('a provider that cannot be reached leaves the payment pending (503): the next attempt waits for the reconciler', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new GatedProvider(inner(), true);
    provider.release();
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    await expect(fx.service(provider).pay(principal(customer), order.id, randomUUID(), body)).rejects.toMatchObject({
      code: 'PAYMENT.PROVIDER_UNAVAILABLE',
    });
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'pending' }]);
    // The request may still reach the provider: a second charge must wait.
    expectProblem(await fx.pay(customer, order.id), 409, 'PAYMENT.IN_PROGRESS');

    ctx.clock.advance(RECONCILE_AFTER_MS);
    await ctx.app.events.runOnce();
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({ status: 'failed', decline_code: 'interrupted' });
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
  });

  it('a call that fails after the provider charged asks the provider, and answers the charge', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    const made = await fx
      .service(new TimeoutAfterChargeProvider(inner(), false))
      .pay(principal(customer), order.id, randomUUID(), body);
    expect(made).toMatchObject({ replayed: false, payment: { status: 'succeeded', card: { last4: '4242' } } });
    expect((await fx.order(customer, order.id)).status).toBe('paid');
  });

  it('when the provider cannot even be asked, the payment stays pending (503) until the reconciler settles it', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    const key = randomUUID();
    const service = fx.service(new TimeoutAfterChargeProvider(inner(), true));
    await expect(service.pay(principal(customer), order.id, key, body)).rejects.toMatchObject({
      code: 'PAYMENT.PROVIDER_UNAVAILABLE',
    });
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'pending' }]);
    expect(await service.pay(principal(customer), order.id, key, body)).toMatchObject({
      replayed: true,
      payment: { status: 'pending' },
    });

    ctx.clock.advance(RECONCILE_AFTER_MS);
    await ctx.app.events.runOnce();
    expect(await service.pay(principal(customer), order.id, key, body)).toMatchObject({
      replayed: true,
      payment: { status: 'succeeded' },
    });
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });

  it('a charge that lands after the reconciler voided the payment is refunded at once, not counted twice', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new GatedProvider(inner());
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    const slow = fx.service(provider).pay(principal(customer), order.id, randomUUID(), body);
    await expect.poll(() => provider.calls).toBe(1);
    ctx.clock.advance(RECONCILE_AFTER_MS);
    await ctx.app.events.runOnce();
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'failed', decline_code: 'interrupted' }]);

    provider.release();
    // The card was charged after all: the payment says so (money received), and it all goes back.
    expect(await slow).toMatchObject({ payment: { status: 'succeeded', declineCode: null } });
    const [payment] = await fx.paymentRows(order.id);
    expect(payment!.provider_payment_id).toMatch(/^tpay_/);
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
    Object.assign(customer, await ctx.make.login(customer.email, customer.password));
    expect(await fx.refunds(customer, order.id)).toMatchObject([
      { method: 'card', status: 'pending', cause: 'late_payment', amountMinor: order.totals.totalMinor },
    ]);
    // The relay pays it back through the provider, which knows the charge.
    await ctx.app.events.runOnce();
    expect(await fx.refunds(customer, order.id)).toMatchObject([{ status: 'succeeded', paymentId: payment!.id }]);
    expect((await fx.outbox(order.id)).some((e) => e.type === 'order.paid')).toBe(false);
    // Received − refunded = kept: nothing, as nothing was bought with it.
    const money = (await fx.paymentRows(order.id)).reduce((sum, p) => sum + Number(p.amount_minor), 0);
    const back = (await fx.refunds(customer, order.id)).reduce((sum, r) => sum + r.amountMinor, 0);
    expect(money - back).toBe(0);
  });
});
