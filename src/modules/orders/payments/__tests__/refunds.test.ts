/**
 * Paid money never vanishes (finding 2) and invoices are paid with their documents (finding 11):
 * cancels of card- and invoice-paid parts write refunds in the same transaction, the relay pays
 * card refunds back, sellers mark invoice refunds paid back; mark-paid records amount, date and
 * payment order, partial amounts leave what is still due.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { ORDERS, pickup, type OrderJson } from '../../../../../test/fixtures/orders.js';
import { queryRows } from '../../../../shared/db/database.js';
import { PaymentsFixture } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let seller: Account;
let rival: Account;
let admin: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  seller = await ctx.make.seller();
  rival = await ctx.make.seller();
  admin = await ctx.make.admin();
});
afterAll(() => ctx?.close());

const today = () => new Date(ctx.clock.now().getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

/** A customer's pickup order with one part from `seller` and one from `rival`. */
async function twoParts(customer: Account, paymentMethod: 'card' | 'invoice') {
  const a = await fx.listed(seller, '20');
  const b = await fx.listed(rival, '20');
  await fx.add(customer, a.offerId, 2);
  await fx.add(customer, b.offerId, 3);
  const res = await fx.checkout(customer, pickup({ paymentMethod }));
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json() as OrderJson;
  const part = (who: Account) => order.subOrders.find((s) => s.sellerId === who.id)!;
  return { order, mine: part(seller), theirs: part(rival), a, b };
}

const providerRefunds = async (orderId: string) =>
  queryRows<{ amount_minor: string }>(
    ctx.database.db,
    sql`select t.amount_minor from orders.test_provider_refunds t join orders.refunds r on r.id::text = t.idempotency_key
        where r.order_id = ${orderId}::uuid`,
  );

describe('card money comes back', () => {
  it('the customer cancels a card-paid order: each part refunded whole, paid back by the relay', async () => {
    const customer = await ctx.make.customer();
    const { order, mine, theirs } = await twoParts(customer, 'card');
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'передумал' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const refunds = await fx.refunds(customer, order.id);
    expect(refunds.map((r) => [r.subOrderId, r.amountMinor, r.status, r.cause]).sort()).toEqual(
      [
        [mine.id, mine.totals.totalMinor, 'pending', 'cancellation'],
        [theirs.id, theirs.totals.totalMinor, 'pending', 'cancellation'],
      ].sort(),
    );
    await ctx.app.events.runOnce();
    expect((await fx.refunds(customer, order.id)).map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    // The provider paid back exactly what was charged, once.
    const back = await providerRefunds(order.id);
    expect(back.reduce((s, r) => s + Number(r.amount_minor), 0)).toBe(order.totals.totalMinor);
    await ctx.app.events.runOnce();
    expect(await providerRefunds(order.id)).toHaveLength(2);
  });

  it('a seller cancels its paid part: that part (goods and delivery) comes back, the rest stays paid', async () => {
    const customer = await ctx.make.customer();
    const { order, mine, theirs } = await twoParts(customer, 'card');
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
    expect((await fx.transition(seller, mine.id, 'cancelled', 'нет машины')).statusCode).toBe(200);
    expect(await fx.refunds(customer, order.id)).toMatchObject([
      { subOrderId: mine.id, method: 'card', amountMinor: mine.totals.totalMinor, cause: 'cancellation' },
    ]);
    const after = await fx.order(customer, order.id);
    expect(after.status).toBe('paid');
    expect(after.subOrders.find((s) => s.id === theirs.id)!.status).toBe('paid');
  });
});

describe('invoice money', () => {
  it('mark-paid records amount, date and document; a part paid in part shows what is still due', async () => {
    const customer = await ctx.make.customer();
    const { mine } = await twoParts(customer, 'invoice');
    const total = mine.totals.totalMinor;
    const pay = (body: Record<string, unknown>, who = seller) =>
      ctx.request({
        method: 'POST',
        url: `${ORDERS}/sub-orders/${mine.id}/mark-paid`,
        token: who.accessToken,
        payload: body,
      });
    expect(errorPaths(await pay({}))).toEqual(['amountMinor', 'paidOn', 'documentNumber']);
    expect(errorPaths(await pay({ amountMinor: 100, paidOn: '2099-01-01', documentNumber: '1' }))).toEqual(['paidOn']);
    expect((await pay({ amountMinor: 100, paidOn: today(), documentNumber: '1' }, rival)).statusCode).toBe(404);

    const first = await pay({ amountMinor: 1000, paidOn: today(), documentNumber: '41' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'pending_payment', receivedMinor: 1000, dueMinor: total - 1000 });
    // The same payment order again: the same answer, counted once; with another amount: 422.
    expect((await pay({ amountMinor: 1000, paidOn: today(), documentNumber: '41' })).json().receivedMinor).toBe(1000);
    expectProblem(
      await pay({ amountMinor: 2000, paidOn: today(), documentNumber: '41' }),
      422,
      'PAYMENT.DOCUMENT_ALREADY_RECORDED',
    );
    expectProblem(
      await pay({ amountMinor: total, paidOn: today(), documentNumber: '42' }),
      422,
      'PAYMENT.AMOUNT_EXCEEDS_DUE',
    );
    const money = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/sub-orders/${mine.id}/payments`,
      token: seller.accessToken,
    });
    expect(money.json()).toMatchObject({
      items: [{ method: 'invoice', amountMinor: 1000, documentNumber: '41', paidOn: today() }],
      receivedMinor: 1000,
      dueMinor: total - 1000,
    });
    const rest = await pay({ amountMinor: total - 1000, paidOn: today(), documentNumber: '43' });
    expect(rest.json()).toMatchObject({ status: 'paid', dueMinor: 0, receivedMinor: total });
  });

  it('an invoice-paid part cancelled: a refund due, marked paid back by its seller; admins list it', async () => {
    const customer = await ctx.make.customer();
    const { order, mine } = await twoParts(customer, 'invoice');
    expect((await fx.markPaid(seller, mine.id)).statusCode).toBe(200);
    expect((await fx.transition(seller, mine.id, 'cancelled', 'брак партии')).statusCode).toBe(200);
    const [due] = await fx.refunds(customer, order.id);
    expect(due).toMatchObject({ method: 'invoice', status: 'due', amountMinor: mine.totals.totalMinor });

    const listDue = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/admin/refunds?status=due&limit=100`,
      token: admin.accessToken,
    });
    expect(listDue.json().items.map((r: { id: string }) => r.id)).toContain(due!.id);
    expect(
      (await ctx.request({ method: 'GET', url: `${ORDERS}/admin/refunds`, token: seller.accessToken })).statusCode,
    ).toBe(403);

    const paidBack = (who: Account, documentNumber = '900') =>
      ctx.request({
        method: 'POST',
        url: `${ORDERS}/refunds/${due!.id}/paid-back`,
        token: who.accessToken,
        payload: { documentNumber, paidOn: today() },
      });
    expect((await paidBack(rival)).statusCode).toBe(404);
    expect((await paidBack(seller)).json()).toMatchObject({ status: 'paid_back', documentNumber: '900' });
    expect((await paidBack(seller)).statusCode).toBe(200);
    expectProblem(await paidBack(seller, '901'), 409, 'REFUND.NOT_DUE');
  });

  it('a part paid in part that expires: what it received is owed back', async () => {
    const customer = await ctx.make.customer();
    const { order, mine } = await twoParts(customer, 'invoice');
    expect((await fx.markPaid(seller, mine.id, { amountMinor: 5000 })).statusCode).toBe(200);
    ctx.clock.advance(6 * 86_400_000);
    await ctx.app.events.runOnce();
    for (const a of [customer, seller, rival, admin]) Object.assign(a, await ctx.make.login(a.email, a.password));
    expect((await fx.order(customer, order.id)).status).toBe('cancelled');
    expect(await fx.refunds(customer, order.id)).toMatchObject([
      { subOrderId: mine.id, method: 'invoice', status: 'due', amountMinor: 5000, cause: 'cancellation' },
    ]);
  });
});

describe('a card refund the provider could not be reached for', () => {
  it('is retried by an admin, and paid back once', async () => {
    const customer = await ctx.make.customer();
    const { order } = await twoParts(customer, 'card');
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
    await ctx.request({
      method: 'POST',
      url: `${ORDERS}/${order.id}/cancel`,
      token: customer.accessToken,
      payload: { reason: 'передумал' },
    });
    const [first] = await fx.refunds(customer, order.id);
    const retry = () =>
      ctx.request({ method: 'POST', url: `${ORDERS}/admin/refunds/${first!.id}/retry`, token: admin.accessToken });
    expectProblem(await retry(), 409, 'REFUND.NOT_RETRYABLE');
    // As the executor leaves it when the provider is down (refund-executor.ts).
    await ctx.database.db.execute(
      sql`update orders.refunds set status = 'failed', failure_code = 'provider_unavailable' where id = ${first!.id}::uuid`,
    );
    await ctx.database.db.execute(
      sql`update events.deadlines set status = 'cancelled' where kind = 'refund.execute' and key = ${first!.id}`,
    );
    const again = await retry();
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().status).toBe('pending');
    await ctx.app.events.runOnce();
    const after = (await fx.refunds(customer, order.id)).find((r) => r.id === first!.id)!;
    expect(after.status).toBe('succeeded');
    const total = (await providerRefunds(order.id)).reduce((s, r) => s + Number(r.amount_minor), 0);
    expect(total).toBe(order.totals.totalMinor);
  });
});
