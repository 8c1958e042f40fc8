/** Parallel payments against PostgreSQL (PGlite has one connection: nothing runs in parallel there). */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import { ORDERS, type Listed } from '../../../../../test/fixtures/orders.js';
import { TestCardProvider } from '../test-card-provider.js';
import type { CreatePaymentInput, PaymentProvider } from '../provider.js';
import { CARDS, card, PaymentsFixture, principal, RECONCILE_AFTER_MS, type PaymentJson } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

/** The test provider, counting the charges it is asked for. */
class CountingProvider implements PaymentProvider {
  readonly name = 'test';
  charges = 0;
  private readonly inner = new TestCardProvider({
    db: ctx.database.db,
    webhookSecret: 'whsec',
    threeDsBaseUrl: 'http://x.test/3ds',
    clock: ctx.clock,
  });
  async createPayment(input: CreatePaymentInput) {
    this.charges++;
    // A real provider takes a while: long enough for every parallel request to arrive meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this.inner.createPayment(input);
  }
  retrievePayment: PaymentProvider['retrievePayment'] = (ref, within) => this.inner.retrievePayment(ref, within);
  parseWebhook: PaymentProvider['parseWebhook'] = (body, headers) => this.inner.parseWebhook(body, headers);
  cancelPayment: PaymentProvider['cancelPayment'] = (ref, within) => this.inner.cancelPayment(ref, within);
  refund: PaymentProvider['refund'] = (input, within) => this.inner.refund(input, within);
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('parallel payments (PostgreSQL)', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = new PaymentsFixture(ctx);
    listed = await fx.listed(await ctx.make.seller(), '1000');
  });
  afterAll(() => ctx?.close());

  it('10 requests with one Idempotency-Key make one payment row and answer it to all', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => fx.pay(customer, order.id, CARDS.visa, key)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => (a.json() as PaymentJson).id)).size).toBe(1);
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });

  it('10 requests with one key charge the card exactly once', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new CountingProvider();
    const service = fx.service(provider);
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => service.pay(principal(customer), order.id, key, body)),
    );
    expect(provider.charges).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(await fx.paymentRows(order.id)).toHaveLength(1);
  });

  it('10 requests with different keys charge once; the others are told a payment is under way or done', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new CountingProvider();
    const service = fx.service(provider);
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => service.pay(principal(customer), order.id, randomUUID(), body)),
    );
    expect(provider.charges).toBe(1);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []));
    expect(refused).toHaveLength(9);
    for (const code of refused) expect(['PAYMENT.IN_PROGRESS', 'ORDER.NOT_PAYABLE']).toContain(code);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect((await fx.outbox(order.id)).some((e) => e.type === 'payment.refund_required')).toBe(false);
  });

  it('the same webhook delivered 5 times at once is applied once', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const payment = (await fx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
    const tpay = decodeURIComponent(payment.action!.url.split('/').pop()!);
    const event = fx.signed({ type: 'payment.succeeded', providerPaymentId: tpay, amountMinor: payment.amountMinor });
    const answers = await Promise.all(Array.from({ length: 5 }, () => fx.webhook(event.body, event.headers)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.json().duplicate === false)).toHaveLength(1);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });

  it('webhooks and the reconcilers of two replicas racing settle each payment once', async () => {
    const replica = await createTestContext({ database: ctx.database });
    try {
      // Payments waiting for 3-D Secure that the customer confirmed at the provider; its webhooks are still on the way.
      const confirmed = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const customer = await ctx.make.customer();
          const order = await fx.cardOrder(customer, listed.offerId);
          const payment = (await fx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
          const tpay = decodeURIComponent(payment.action!.url.split('/').pop()!);
          const webhook = await fx.testProvider().completeThreeDs(tpay, 'succeed');
          return { customer, order, payment, webhook };
        }),
      );
      ctx.clock.advance(RECONCILE_AFTER_MS);
      replica.clock.advance(ctx.clock.now().getTime() - replica.clock.now().getTime());

      const deliveries = confirmed.flatMap(({ webhook }) =>
        [ctx, replica, ctx].map((to) =>
          to.request({
            method: 'POST',
            url: `${ORDERS}/payments/webhook/test`,
            payload: webhook.body,
            headers: webhook.headers,
          }),
        ),
      );
      const [, , ...answers] = await Promise.all([
        ctx.app.events.runOnce(),
        replica.app.events.runOnce(),
        ...deliveries,
      ]);
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);

      for (const { customer, order, payment } of confirmed) {
        expect((await fx.order(customer, order.id)).payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
        expect((await fx.order(customer, order.id)).status).toBe('paid');
        expect(await fx.historyTo(customer, order.id, 'paid')).toHaveLength(2);
        expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
        expect(['done', 'cancelled']).toContain((await fx.reconcileDeadline(payment.id))?.status);
      }
    } finally {
      await replica.close();
    }
  });
});
