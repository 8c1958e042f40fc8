/**
 * One charge per order (docs/domain.md, Payments): a payment waiting for 3-D Secure blocks another
 * attempt, the customer can abandon it, and a 3-D Secure page of a payment that can no longer
 * succeed says so and charges nothing.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { queryRows } from '../../../../shared/db/database.js';
import type { Listed, OrderJson } from '../../../../../test/fixtures/orders.js';
import { CARDS, PaymentsFixture, type PaymentJson } from './payments-fixture.js';

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

const form = (outcome: string) => ({
  payload: `outcome=${outcome}`,
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
});

/** A card order whose first payment waits for 3-D Secure. */
async function awaitingThreeDs(customer?: Account, order?: OrderJson) {
  customer ??= await ctx.make.customer();
  order ??= await fx.cardOrder(customer, listed.offerId);
  const res = await fx.pay(customer, order.id, CARDS.threeDs);
  expect(res.statusCode, res.body).toBe(201);
  const payment = res.json() as PaymentJson;
  expect(payment.status).toBe('requires_action');
  const tpay = decodeURIComponent(payment.action!.url.split('/').pop()!);
  return { customer, order, payment, tpay };
}

/** Charges the test provider took for these payments (its own records). */
async function charges(paymentIds: string[]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    ctx.database.db,
    sql`select count(*)::int as n from orders.test_provider_payments
        where status = 'succeeded' and payment_id in (${sql.join(
          paymentIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  return row!.n;
}

describe('one charge per order', () => {
  it('finding 1: a payment waiting for 3-D Secure blocks a second card (409 with its link); confirming it is the one charge', async () => {
    const { customer, order, payment } = await awaitingThreeDs();
    const second = await fx.pay(customer, order.id, CARDS.visa);
    const problem = expectProblem(second, 409, 'PAYMENT.IN_PROGRESS');
    expect(problem).toMatchObject({ paymentId: payment.id, paymentStatus: 'requires_action', action: payment.action });
    expect(await fx.paymentRows(order.id)).toHaveLength(1);

    const done = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expect(done.statusCode, done.body).toBe(200);
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
    expect(await charges([payment.id])).toBe(1);
    expectProblem(await fx.pay(customer, order.id, CARDS.visa), 409, 'ORDER.ALREADY_PAID');
    expect(await fx.refunds(customer, order.id)).toEqual([]);
  });

  it('the customer abandons 3-D Secure: cancelled at the provider, its page charges nothing, and a new card pays', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    const res = await fx.cancelPayment(customer, order.id, payment.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: payment.id, status: 'cancelled', declineCode: 'cancelled', action: null });
    // Again: the same answer.
    expect((await fx.cancelPayment(customer, order.id, payment.id)).json()).toMatchObject({ status: 'cancelled' });

    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Платёж отменён, деньги не списаны');
    expect(page.body).not.toContain('<form');
    const late = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expectProblem(late, 409, 'PAYMENT.THREE_DS_CANCELLED');
    expect(await charges([payment.id])).toBe(0);
    expect(tpay).toMatch(/^tpay_/);

    const fresh = await fx.pay(customer, order.id, CARDS.visa);
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(fresh.json().status).toBe('succeeded');
    expect((await fx.order(customer, order.id)).status).toBe('paid');
    expect(await charges([payment.id, fresh.json().id])).toBe(1);
    // A payment that took the money is not cancelled.
    expectProblem(await fx.cancelPayment(customer, order.id, fresh.json().id), 409, 'PAYMENT.NOT_CANCELLABLE');
  });

  it('a confirmation that reached the provider first wins over a cancel: succeeded, and the cancel is a 409', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    // Confirmed at the provider; its webhook has not come yet.
    await fx.testProvider().completeThreeDs(tpay, 'succeed');
    const res = await fx.cancelPayment(customer, order.id, payment.id);
    expect(expectProblem(res, 409, 'PAYMENT.NOT_CANCELLABLE').detail).toContain('succeeded');
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.payments).toMatchObject([{ id: payment.id, status: 'succeeded' }]);
    expect(await charges([payment.id])).toBe(1);
  });

  it('only the customer cancels its own open payments: anything else is a 404, a declined one a 409', async () => {
    const { customer, order, payment } = await awaitingThreeDs();
    const stranger = await ctx.make.customer();
    expectProblem(await fx.cancelPayment(stranger, order.id, payment.id), 404, 'ORDER.NOT_FOUND');
    expectProblem(await fx.cancelPayment(customer, order.id, randomUUID()), 404, 'PAYMENT.NOT_FOUND');
    const other = await fx.cardOrder(customer, listed.offerId);
    expectProblem(await fx.cancelPayment(customer, other.id, payment.id), 404, 'PAYMENT.NOT_FOUND');
    const seller403 = await fx.cancelPayment(seller, order.id, payment.id);
    expectProblem(seller403, 403, 'AUTH.FORBIDDEN');
    const declined = (await fx.pay(customer, other.id, CARDS.declined)).json() as PaymentJson;
    expectProblem(await fx.cancelPayment(customer, other.id, declined.id), 409, 'PAYMENT.NOT_CANCELLABLE');
    expect((await fx.paymentRows(order.id))[0]).toMatchObject({ status: 'requires_action' });
  });

  it('cancelling the order voids its open payment at the provider: the page says so and charges nothing', async () => {
    const { customer, order, payment, tpay } = await awaitingThreeDs();
    const cancelled = await ctx.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'передумал' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    // Before the relay voids it, the page already refuses.
    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Заказ отменён');
    expect(page.body).not.toContain('<form');
    await ctx.app.events.runOnce();
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'cancelled', decline_code: 'order_cancelled' }]);
    const [record] = await queryRows<{ status: string }>(
      ctx.database.db,
      sql`select status from orders.test_provider_payments where provider_payment_id = ${tpay}`,
    );
    expect(record!.status).toBe('cancelled');
    expectProblem(
      await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') }),
      409,
      'PAYMENT.THREE_DS_CANCELLED',
    );
    expect(await charges([payment.id])).toBe(0);
    expect(await fx.refunds(customer, order.id)).toEqual([]);
  });

  it('a part cancelled while 3-D Secure waits: the payment is for the wrong amount, so it is refused and voided', async () => {
    const other = await ctx.make.seller();
    const second = await fx.listed(other, '100', { offer: { priceMinor: 31_000 } });
    const customer = await ctx.make.customer();
    await fx.add(customer, second.offerId, '3');
    const order = await fx.cardOrder(customer, listed.offerId, '2');
    const { payment } = await awaitingThreeDs(customer, order);
    const gone = order.subOrders.find((s) => s.sellerId === other.id)!;
    const kept = order.subOrders.find((s) => s.sellerId === seller.id)!;
    expect((await fx.transition(other, gone.id, 'cancelled', 'нет машины')).statusCode).toBe(200);

    const page = await ctx.request({ method: 'GET', url: payment.action!.url });
    expect(page.body).toContain('Сумма заказа изменилась');
    const late = await ctx.request({ method: 'POST', url: payment.action!.url, ...form('succeed') });
    expect(expectProblem(late, 409, 'PAYMENT.NO_LONGER_PAYABLE').reason).toBe('amount_changed');
    expect(await charges([payment.id])).toBe(0);
    expect(await fx.paymentRows(order.id)).toMatchObject([{ status: 'cancelled', decline_code: 'amount_changed' }]);

    const fresh = await fx.pay(customer, order.id, CARDS.visa);
    expect(fresh.json()).toMatchObject({ status: 'succeeded', amountMinor: kept.totals.totalMinor });
    expect(await fx.refunds(customer, order.id)).toEqual([]);
  });
});
