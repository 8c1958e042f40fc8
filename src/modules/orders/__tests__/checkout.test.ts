/** POST /checkout: reserve, split per seller warehouse, freeze prices, idempotency. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import {
  CATALOG,
  delivery,
  KHIMKI,
  ORDERS,
  OrdersFixture,
  pickup,
  type OrderJson,
} from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
let rival: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller();
  rival = await ctx.make.seller({ taxRegime: 'usn' });
});
afterAll(() => ctx?.close());

const count = async (table: string, where = sql`true`) => {
  const [row] = await queryRows<{ n: number }>(
    ctx.database.db,
    sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`,
  );
  return row!.n;
};

describe('checkout', () => {
  it('makes one order, one sub-order per seller warehouse, reserves the stock and empties the cart', async () => {
    const customer = await ctx.make.customer();
    const cement = await fx.listed(seller, '100');
    const sand = await fx.listed(rival, '50', {
      product: { name: 'Песок карьерный', unit: 'м³', weightKg: '1600', volumeM3: '1' },
      offer: { priceMinor: 95_000, vatRate: 'none', step: '0.5', minQty: '1' },
      at: KHIMKI,
    });
    await fx.add(customer, cement.offerId, 10);
    await fx.add(customer, sand.offerId, '2.5');
    const res = await fx.checkout(customer, delivery());
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json() as OrderJson;
    expect(order).toMatchObject({ status: 'pending_payment', paymentMethod: 'card', customerId: customer.id });
    expect(order.number).toMatch(/^T-\d{6}$/);
    expect(order.subOrders).toHaveLength(2);
    for (const sub of order.subOrders) {
      expect(sub.status).toBe('pending_payment');
      expect(sub.number.startsWith(`${order.number}-`)).toBe(true);
      expect(sub.totals.deliveryMinor).toBeGreaterThan(0);
      expect(sub.totals.totalMinor).toBe(sub.totals.goodsMinor + sub.totals.deliveryMinor);
    }
    const cementSub = order.subOrders.find((s) => s.sellerId === seller.id)!;
    expect(cementSub.warehouse.id).toBe(cement.warehouseId);
    expect(cementSub.lines).toEqual([
      expect.objectContaining({
        offerId: cement.offerId,
        quantity: '10',
        priceMinor: 52_000,
        totalMinor: 520_000,
        weightKg: '500',
      }),
    ]);
    const sum = (k: 'goodsMinor' | 'deliveryMinor' | 'vatMinor' | 'totalMinor') =>
      order.subOrders.reduce((a, s) => a + s.totals[k], 0);
    expect(order.totals).toEqual({
      goodsMinor: sum('goodsMinor'),
      deliveryMinor: sum('deliveryMinor'),
      vatMinor: sum('vatMinor'),
      totalMinor: sum('totalMinor'),
    });
    expect(order.totals.goodsMinor).toBe(520_000 + 237_500);
    expect(await fx.stockRow(cement.offerId, cement.warehouseId)).toEqual({ onHand: '100', reserved: '10' });
    expect(await fx.stockRow(sand.offerId, sand.warehouseId)).toEqual({ onHand: '50', reserved: '2.5' });
    expect((await fx.cart(customer)).sellers).toEqual([]);
    expect(await count('events.outbox', sql`type = 'order.placed' and key = ${order.id}`)).toBe(1);
    // Card orders wait 30 minutes for payment.
    expect(Date.parse(order.payBy) - ctx.clock.now().getTime()).toBe(30 * 60_000);
  });

  it('ships each line from the nearest warehouse of its seller that has the whole quantity', async () => {
    const customer = await ctx.make.customer();
    const { offerId, productId } = await fx.listed(seller, '3', { at: KHIMKI });
    const far = await fx.warehouse(seller, { lat: 55.43, lon: 37.54 }, 'Склад Подольск');
    await fx.stock(seller, far, offerId, '50');
    await fx.add(customer, offerId, 2);
    const near = (
      await fx.checkout(customer, pickup({ delivery: { method: 'pickup', ...KHIMKI } }))
    ).json() as OrderJson;
    expect(near.subOrders[0]!.warehouse.id).not.toBe(far);
    await fx.add(customer, offerId, 5); // Химки has 1 left: the whole line goes to Подольск.
    const whole = (
      await fx.checkout(customer, pickup({ delivery: { method: 'pickup', ...KHIMKI } }))
    ).json() as OrderJson;
    expect(whole.subOrders[0]!.warehouse.id).toBe(far);
    expect(productId).toBeTruthy();
  });

  it('not enough stock: 409 listing the lines and what is available, and nothing is created', async () => {
    const customer = await ctx.make.customer();
    const plenty = await fx.listed(seller, '100');
    const scarce = await fx.listed(rival, '4');
    await fx.add(customer, plenty.offerId, 5);
    await fx.add(customer, scarce.offerId, 3);
    // Someone else buys 2 of the 4 meanwhile.
    const other = await ctx.make.customer();
    await fx.placed(other, scarce.offerId, '2');
    const orders = await count('orders.orders', sql`customer_id = ${customer.id}::uuid`);
    const res = await fx.checkout(customer);
    const body = expectProblem(res, 409, 'ORDER.INSUFFICIENT_STOCK');
    expect(body.lines).toEqual([
      expect.objectContaining({
        offerId: scarce.offerId,
        requested: '3',
        available: '2',
        reason: 'insufficient_stock',
      }),
    ]);
    expect(await count('orders.orders', sql`customer_id = ${customer.id}::uuid`)).toBe(orders);
    expect(await fx.stockRow(plenty.offerId, plenty.warehouseId)).toEqual({ onHand: '100', reserved: '0' });
    expect((await fx.cart(customer)).sellers.flatMap((s) => s.lines)).toHaveLength(2);
  });

  it('a price changed since the cart was viewed: 409 with old and new, unless accepted', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    await fx.add(customer, offerId, 2);
    await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offerId}`,
      token: seller.accessToken,
      payload: { priceMinor: 54_000 },
    });
    const body = expectProblem(await fx.checkout(customer), 409, 'ORDER.PRICE_CHANGED');
    expect(body.lines).toEqual([expect.objectContaining({ offerId, oldPriceMinor: 52_000, newPriceMinor: 54_000 })]);
    const accepted = await fx.checkout(customer, pickup({ acceptPriceChanges: true }));
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect((accepted.json() as OrderJson).subOrders[0]!.lines[0]!.priceMinor).toBe(54_000);
  });

  it('viewing the cart after a change is accepting the price shown', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    await fx.add(customer, offerId, 2);
    await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offerId}`,
      token: seller.accessToken,
      payload: { priceMinor: 51_000 },
    });
    await fx.cart(customer);
    expect((await fx.checkout(customer)).statusCode).toBe(201);
  });

  it('the frozen lines keep their price when the offer changes later', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    const order = await fx.placed(customer, offerId, '2');
    await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offerId}`,
      token: seller.accessToken,
      payload: { priceMinor: 99_000 },
    });
    const again = await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}`, token: customer.accessToken });
    expect((again.json() as OrderJson).subOrders[0]!.lines[0]!.priceMinor).toBe(52_000);
  });

  it('an empty cart is a 409', async () => {
    const customer = await ctx.make.customer();
    expectProblem(await fx.checkout(customer), 409, 'ORDER.CART_EMPTY');
  });

  it('refuses a body without what delivery needs, naming each field (none of it on the cart either)', async () => {
    const customer = await ctx.make.customer();
    const bad = await fx.checkout(customer, { delivery: { method: 'delivery' }, paymentMethod: 'cash' });
    expect(errorPaths(bad)).toEqual(['paymentMethod']);
    const { offerId } = await fx.listed(seller, '10');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    const res = await fx.checkout(customer, { delivery: { method: 'delivery' }, paymentMethod: 'card' });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res).sort()).toEqual(
      ['delivery.address', 'delivery.lat', 'delivery.lon', 'delivery.unloading', 'delivery.window'].sort(),
    );
    const badInn = await fx.checkout(customer, pickup({ buyer: { companyName: 'ООО «Ромашка»', inn: '7707083890' } }));
    expect(errorPaths(badInn)).toEqual(['buyer.inn']);
  });

  it('requires an Idempotency-Key', async () => {
    const customer = await ctx.make.customer();
    const res = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/checkout`,
      token: customer.accessToken,
      payload: pickup(),
    });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res)).toEqual(['idempotency-key']);
  });

  it('only customers check out', async () => {
    expectProblem(await fx.checkout(seller), 403, 'AUTH.FORBIDDEN');
  });

  it('documents go to the company given at checkout', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller);
    await fx.add(customer, offerId, 1);
    const buyer = { companyName: 'ООО «Ромашка»', inn: '7707083893', kpp: '770701001' };
    const res = await fx.checkout(customer, pickup({ buyer }));
    expect(res.json().buyer).toEqual({ name: buyer.companyName, inn: buyer.inn, kpp: buyer.kpp, address: null });
  });
});

describe('after checkout', () => {
  it('each order placed makes its products more popular, once', async () => {
    const { offerId, productId } = await fx.listed(seller, '100');
    const popularity = async () =>
      (
        await queryRows<{ p: number }>(
          ctx.database.db,
          sql`select popularity as p from catalog.product_listing where product_id = ${productId}::uuid`,
        )
      )[0]!.p;
    const before = await popularity();
    await fx.placed(await ctx.make.customer(), offerId, '1');
    await fx.placed(await ctx.make.customer(), offerId, '3');
    expect(await popularity()).toBe(before + 2);
    // A refused checkout counts for nothing.
    const late = await ctx.make.customer();
    await fx.add(late, offerId, 97);
    await fx.placed(await ctx.make.customer(), offerId, '96');
    expect((await fx.checkout(late)).statusCode).toBe(409);
    expect(await popularity()).toBe(before + 3);
  });
});

describe('idempotency', () => {
  it('the same key returns the same order; the same key with another body is a 422', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '100');
    await fx.add(customer, offerId, 2);
    const key = randomUUID();
    const first = await fx.checkout(customer, pickup(), key);
    expect(first.statusCode).toBe(201);
    const again = await fx.checkout(customer, pickup(), key);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '100', reserved: '2' });
    const other = await fx.checkout(customer, pickup({ paymentMethod: 'card' }), key);
    expectProblem(other, 422, 'ORDER.IDEMPOTENCY_KEY_REUSED');
  });

  it('keys belong to their customer: another customer’s key makes their own order', async () => {
    const a = await ctx.make.customer();
    const b = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    await fx.add(a, offerId, 1);
    await fx.add(b, offerId, 1);
    const key = randomUUID();
    const fromA = (await fx.checkout(a, pickup(), key)).json() as OrderJson;
    const fromB = await fx.checkout(b, pickup(), key);
    expect(fromB.statusCode).toBe(201);
    expect(fromB.json().id).not.toBe(fromA.id);
  });
});

describe('reading orders', () => {
  it('lists a customer’s own orders, newest first, paged without gaps; admins see all', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.unshift((await fx.placed(customer, offerId, '1')).id);
      ctx.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await ctx.request({
        method: 'GET',
        url: `${ORDERS}?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        token: customer.accessToken,
      });
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((o: { id: string }) => o.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(made);
    const admin = await ctx.make.admin();
    const all = await ctx.request({ method: 'GET', url: `${ORDERS}?limit=100`, token: admin.accessToken });
    expect(all.json().items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(made));
    const filtered = await ctx.request({
      method: 'GET',
      url: `${ORDERS}?status=cancelled`,
      token: customer.accessToken,
    });
    expect(filtered.json().items).toEqual([]);
    expect(
      errorPaths(await ctx.request({ method: 'GET', url: `${ORDERS}?status=lost`, token: customer.accessToken })),
    ).toEqual(['status']);
  });

  it('another customer’s order, its history, or a made-up id is a 404', async () => {
    const owner = await ctx.make.customer();
    const stranger = await ctx.make.customer();
    const { offerId } = await fx.listed(seller);
    const order = await fx.placed(owner, offerId, '1');
    for (const url of [`${ORDERS}/${order.id}`, `${ORDERS}/${order.id}/history`, `${ORDERS}/${randomUUID()}`]) {
      expectProblem(await ctx.request({ method: 'GET', url, token: stranger.accessToken }), 404, 'ORDER.NOT_FOUND');
    }
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `${ORDERS}/${order.id}/cancel`,
        token: stranger.accessToken,
        payload: { reason: 'x' },
      }),
      404,
      'ORDER.NOT_FOUND',
    );
    const admin = await ctx.make.admin();
    expect(
      (await ctx.request({ method: 'GET', url: `${ORDERS}/${order.id}`, token: admin.accessToken })).statusCode,
    ).toBe(200);
    expect(
      errorPaths(await ctx.request({ method: 'GET', url: `${ORDERS}/not-a-uuid`, token: owner.accessToken })),
    ).toEqual(['id']);
  });
});
