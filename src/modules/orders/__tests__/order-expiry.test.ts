/** Unpaid orders expire through the deadline relay and give their stock back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { ORDERS, OrdersFixture, pickup, type OrderJson } from '../../../../test/fixtures/orders.js';

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

/** Moves the clock past a payment deadline; access tokens live 15 minutes, so everyone logs in again. */
const later = async (ms: number, ...accounts: Account[]) => {
  ctx.clock.advance(ms);
  for (const a of [...accounts, seller, rival, await ctx.make.admin()]) {
    Object.assign(a, await ctx.make.login(a.email, a.password));
  }
};

describe('unpaid orders expire', () => {
  it('card orders after 30 minutes, by the deadline relay, once', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '10');
    const order = await fx.placed(customer, offerId, '4', pickup({ paymentMethod: 'card' }));
    await later(29 * 60_000, customer);
    await ctx.app.events.runOnce();
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
    await later(2 * 60_000, customer);
    await ctx.app.events.runOnce();
    const expired = await fx.order(customer, order.id);
    expect(expired.status).toBe('cancelled');
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '10', reserved: '0' });
    await ctx.app.events.runOnce();
    const history = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${order.id}/history`,
      token: customer.accessToken,
    });
    const cancels = history.json().items.filter((h: { to: string }) => h.to === 'cancelled');
    expect(cancels).toHaveLength(2); // the sub-order and the order, once each
    expect(cancels[0]).toMatchObject({ actorRole: 'system', reason: 'not paid in time' });
  });

  it('invoice orders after 3 banking days; a paid part stays', async () => {
    const customer = await ctx.make.customer();
    const a = await fx.listed(seller, '10');
    const b = await fx.listed(rival, '10');
    await fx.add(customer, a.offerId, 1);
    await fx.add(customer, b.offerId, 1);
    const order = (await fx.checkout(customer, pickup())).json() as OrderJson;
    const days = (Date.parse(order.payBy) - ctx.clock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(3);
    expect(days).toBeLessThanOrEqual(5);
    await fx.markPaid(seller, order.subOrders.find((s) => s.sellerId === seller.id)!.id);
    await later(days * 86_400_000, customer);
    await ctx.app.events.runOnce();
    const after = await fx.order(customer, order.id);
    expect(after.subOrders.map((s) => [s.sellerId === seller.id, s.status]).sort()).toEqual([
      [false, 'cancelled'],
      [true, 'paid'],
    ]);
    expect(after.status).toBe('paid');
    expect(await fx.stockRow(b.offerId, b.warehouseId)).toEqual({ onHand: '10', reserved: '0' });
  });
});
