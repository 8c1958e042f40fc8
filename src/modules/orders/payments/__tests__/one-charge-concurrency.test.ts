/**
 * One charge per order under real parallelism (PostgreSQL; PGlite has one connection): a new card
 * payment, the 3-D Secure confirmation, the provider's webhook, the customer abandoning the payment
 * and the customer cancelling the order, all at once.
 */
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { queryRows } from '../../../../shared/db/database.js';
import { ORDERS, type Listed, type OrderJson } from '../../../../../test/fixtures/orders.js';
import { CARDS, PaymentsFixture, type PaymentJson } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;
const ROUNDS = 8;

const form = {
  payload: 'outcome=succeed',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
};

async function awaitingThreeDs(): Promise<{ customer: Account; order: OrderJson; payment: PaymentJson; tpay: string }> {
  const customer = await ctx.make.customer();
  const order = await fx.cardOrder(customer, listed.offerId);
  const payment = (await fx.pay(customer, order.id, CARDS.threeDs)).json() as PaymentJson;
  expect(payment.status).toBe('requires_action');
  return { customer, order, payment, tpay: decodeURIComponent(payment.action!.url.split('/').pop()!) };
}

/** Charges the test provider took for the order's payments (its own records). */
async function providerCharges(orderId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    ctx.database.db,
    sql`select count(*)::int as n from orders.test_provider_payments t
        join orders.payments p on p.id::text = t.payment_id
        where p.order_id = ${orderId}::uuid and t.status = 'succeeded'`,
  );
  return row!.n;
}

/** Every answer of a race is a deliberate one: no 5xx. */
function noServerErrors(answers: LightMyRequestResponse[]) {
  for (const a of answers) expect(a.statusCode, a.body).toBeLessThan(500);
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('one charge per order, racing (PostgreSQL)', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = new PaymentsFixture(ctx);
    listed = await fx.listed(await ctx.make.seller(), '10000');
  });
  afterAll(() => ctx?.close());

  it('a new card payment, the 3-D Secure confirmation and the webhook racing charge once', async () => {
    const races = await Promise.all(Array.from({ length: ROUNDS }, () => awaitingThreeDs()));
    const results = await Promise.all(
      races.map(async ({ customer, order, payment, tpay }) => {
        const webhook = fx.signed({
          type: 'payment.succeeded',
          providerPaymentId: tpay,
          amountMinor: payment.amountMinor,
        });
        const [second, confirm, hook] = await Promise.all([
          fx.pay(customer, order.id, CARDS.visa),
          ctx.request({ method: 'POST', url: payment.action!.url, ...form }),
          fx.webhook(webhook.body, webhook.headers),
        ]);
        return { customer, order, payment, second, confirm, hook };
      }),
    );
    for (const { customer, order, payment, second, confirm, hook } of results) {
      noServerErrors([second, confirm, hook]);
      expect(second.statusCode, second.body).toBe(409);
      expect(['PAYMENT.IN_PROGRESS', 'ORDER.ALREADY_PAID']).toContain(second.json().code);
      expect(hook.statusCode, hook.body).toBe(200);
      expect([200, 409]).toContain(confirm.statusCode);
      const after = await fx.order(customer, order.id);
      expect(after.status).toBe('paid');
      expect(after.payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
      expect(await fx.paymentRows(order.id)).toHaveLength(1);
      expect(await providerCharges(order.id)).toBeLessThanOrEqual(1);
      expect((await fx.outbox(order.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
      expect(await fx.historyTo(customer, order.id, 'paid')).toHaveLength(2);
      expect(await fx.refunds(customer, order.id)).toEqual([]);
    }
  });

  it('abandoning the payment, confirming it and paying with another card racing charge at most once', async () => {
    const races = await Promise.all(Array.from({ length: ROUNDS }, () => awaitingThreeDs()));
    const results = await Promise.all(
      races.map(async ({ customer, order, payment }) => {
        const answers = await Promise.all([
          fx.cancelPayment(customer, order.id, payment.id),
          ctx.request({ method: 'POST', url: payment.action!.url, ...form }),
          fx.pay(customer, order.id, CARDS.visa),
        ]);
        return { customer, order, answers };
      }),
    );
    for (const { customer, order, answers } of results) {
      noServerErrors(answers);
      const charged = await providerCharges(order.id);
      expect(charged).toBeLessThanOrEqual(1);
      const succeeded = (await fx.paymentRows(order.id)).filter((p) => p.status === 'succeeded');
      expect(succeeded).toHaveLength(charged);
      expect((await fx.order(customer, order.id)).status).toBe(charged === 1 ? 'paid' : 'pending_payment');
      expect(await fx.refunds(customer, order.id)).toEqual([]);
    }
  });

  it('cancelling the order racing its 3-D Secure confirmation: either nothing is charged, or all of it comes back', async () => {
    const races = await Promise.all(Array.from({ length: ROUNDS }, () => awaitingThreeDs()));
    const results = await Promise.all(
      races.map(async ({ customer, order, payment }) => {
        const answers = await Promise.all([
          ctx.request({
            method: 'POST',
            url: `${ORDERS}/${order.id}/cancel`,
            token: customer.accessToken,
            payload: { reason: 'передумал' },
          }),
          ctx.request({ method: 'POST', url: payment.action!.url, ...form }),
        ]);
        return { customer, order, answers };
      }),
    );
    await ctx.app.events.runOnce();
    for (const { customer, order, answers } of results) {
      noServerErrors(answers);
      expect(answers[0]!.statusCode, answers[0]!.body).toBe(200);
      expect((await fx.order(customer, order.id)).status).toBe('cancelled');
      const charged = await providerCharges(order.id);
      const refunds = await fx.refunds(customer, order.id);
      if (charged === 0) expect(refunds).toEqual([]);
      else {
        expect(refunds).toMatchObject([
          { method: 'card', status: 'succeeded', cause: 'cancellation', amountMinor: order.totals.totalMinor },
        ]);
      }
    }
  });
});
