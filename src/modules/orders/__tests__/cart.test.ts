/** The cart: lines, live prices and stock, per-seller totals with VAT, delivery quotes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, KHIMKI, MOSCOW, ORDERS, OrdersFixture } from '../../../../test/fixtures/orders.js';

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

describe('cart lines', () => {
  it('adds lines, groups them by seller, totals them with VAT shown separately', async () => {
    const customer = await ctx.make.customer();
    const cement = await fx.listed(seller, '100');
    const sand = await fx.listed(rival, '50', {
      product: { name: 'Песок карьерный', unit: 'м³', weightKg: '1600', volumeM3: '1' },
      offer: { priceMinor: 95_000, vatRate: 'none', step: '0.5', minQty: '1' },
    });
    expect((await fx.add(customer, cement.offerId, 3)).statusCode).toBe(201);
    const res = await fx.add(customer, sand.offerId, '2.5');
    expect(res.statusCode, res.body).toBe(201);
    const cart = await fx.cart(customer);
    expect(cart.sellers).toHaveLength(2);
    const all = cart.sellers.flatMap((s) => s.lines);
    const cementLine = all.find((l) => l.offerId === cement.offerId)!;
    expect(cementLine).toMatchObject({ quantity: '3', priceMinor: 52_000, totalMinor: 156_000, status: 'ok' });
    // 22 % inside 1 560 ₽: 1560 · 22/122 = 281.31 ₽.
    expect(cementLine.vatMinor).toBe(28_131);
    const sandLine = all.find((l) => l.offerId === sand.offerId)!;
    expect(sandLine).toMatchObject({ quantity: '2.5', totalMinor: 237_500, vatMinor: 0 });
    expect(cart.totals).toEqual({ goodsMinor: 393_500, deliveryMinor: 0, vatMinor: 28_131, totalMinor: 393_500 });
    expect(cart.ready).toBe(true);
  });

  it('adding an offer already in the cart adds to its line', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller);
    await fx.add(customer, offerId, 2);
    await fx.add(customer, offerId, '3');
    const lines = (await fx.cart(customer)).sellers[0]!.lines;
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe('5');
  });

  it('enforces the minimum and the step, naming the quantity', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '2000', { offer: { minQty: '480', step: '480' } });
    const below = await fx.add(customer, offerId, 100);
    expectProblem(below, 400, 'VALIDATION');
    expect(errorPaths(below)).toEqual(['quantity']);
    expect(below.json().errors[0].message).toContain('480');
    expect((await fx.add(customer, offerId, 700)).statusCode).toBe(400);
    expect((await fx.add(customer, offerId, 960)).statusCode).toBe(201);
    const itemId = (await fx.cart(customer)).sellers[0]!.lines[0]!.itemId;
    const patch = await ctx.request({
      method: 'PATCH',
      url: `${ORDERS}/cart/items/${itemId}`,
      token: customer.accessToken,
      payload: { quantity: '500' },
    });
    expect(errorPaths(patch)).toEqual(['quantity']);
  });

  it('refuses bad bodies by field, unknown offers, and paused offers', async () => {
    const customer = await ctx.make.customer();
    const bad = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/cart/items`,
      token: customer.accessToken,
      payload: { offerId: 'nope', quantity: '-1' },
    });
    expectProblem(bad, 400, 'VALIDATION');
    expect(errorPaths(bad).sort()).toEqual(['offerId', 'quantity']);
    const unknown = await fx.add(customer, '00000000-0000-4000-8000-000000000000', 1);
    expect(errorPaths(unknown)).toEqual(['offerId']);
    const paused = await fx.listed(seller, '10', { offer: { status: 'paused' } });
    expectProblem(await fx.add(customer, paused.offerId, 1), 409, 'ORDER.OFFER_UNAVAILABLE');
  });

  it('only customers have carts', async () => {
    const res = await ctx.request({ method: 'GET', url: `${ORDERS}/cart`, token: seller.accessToken });
    expectProblem(res, 403, 'AUTH.FORBIDDEN');
    expectProblem(await ctx.request({ method: 'GET', url: `${ORDERS}/cart` }), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('another customer’s item is a 404', async () => {
    const a = await ctx.make.customer();
    const b = await ctx.make.customer();
    const { offerId } = await fx.listed(seller);
    await fx.add(a, offerId, 1);
    const itemId = (await fx.cart(a)).sellers[0]!.lines[0]!.itemId;
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await ctx.request({
        method,
        url: `${ORDERS}/cart/items/${itemId}`,
        token: b.accessToken,
        ...(method === 'PATCH' ? { payload: { quantity: '2' } } : {}),
      });
      expectProblem(res, 404, 'ORDER.CART_ITEM_NOT_FOUND');
    }
    expect((await fx.cart(a)).sellers[0]!.lines[0]!.quantity).toBe('1');
  });

  it('removes a line and empties the cart', async () => {
    const customer = await ctx.make.customer();
    const one = await fx.listed(seller);
    const two = await fx.listed(seller);
    await fx.add(customer, one.offerId, 1);
    await fx.add(customer, two.offerId, 1);
    const itemId = (await fx.cart(customer)).sellers[0]!.lines[0]!.itemId;
    const del = await ctx.request({
      method: 'DELETE',
      url: `${ORDERS}/cart/items/${itemId}`,
      token: customer.accessToken,
    });
    expect(del.statusCode).toBe(200);
    expect(del.json().sellers[0].lines).toHaveLength(1);
    const empty = await ctx.request({ method: 'DELETE', url: `${ORDERS}/cart`, token: customer.accessToken });
    expect(empty.statusCode).toBe(204);
    expect((await fx.cart(customer)).sellers).toEqual([]);
  });
});

describe('live state', () => {
  it('shows a changed price once, with the price before', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller);
    await fx.add(customer, offerId, 1);
    const patch = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offerId}`,
      token: seller.accessToken,
      payload: { priceMinor: 55_000 },
    });
    expect(patch.statusCode).toBe(200);
    const line = (await fx.cart(customer)).sellers[0]!.lines[0]!;
    expect(line).toMatchObject({ priceMinor: 55_000, previousPriceMinor: 52_000, totalMinor: 55_000 });
    expect((await fx.cart(customer)).sellers[0]!.lines[0]!.previousPriceMinor).toBeNull();
  });

  it('says when a line has not enough stock, and what one warehouse has', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '5');
    await fx.add(customer, offerId, 8);
    const cart = await fx.cart(customer);
    expect(cart.sellers[0]!.lines[0]).toMatchObject({ status: 'insufficient_stock', available: '5' });
    expect(cart.ready).toBe(false);
  });

  it('quotes delivery per seller warehouse once an address is set', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100', { at: KHIMKI });
    await fx.add(customer, offerId, 40); // 2 t of cement
    expect((await fx.cart(customer)).sellers[0]!.delivery).toBeNull();
    const res = await ctx.request({
      method: 'PUT',
      url: `${ORDERS}/cart/address`,
      token: customer.accessToken,
      payload: { address: 'г. Москва, ул. Тверская, д. 1', ...MOSCOW },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cart = res.json() as Awaited<ReturnType<OrdersFixture['cart']>>;
    const quote = cart.sellers[0]!.delivery![0]!.quote;
    expect(quote.roadKm).toBeGreaterThan(15);
    expect(quote.priceMinor).toBeGreaterThan(0);
    expect(cart.sellers[0]!.deliveryMinor).toBe(quote.priceMinor);
    expect(cart.totals.deliveryMinor).toBe(quote.priceMinor);
    expect(cart.totals.totalMinor).toBe(cart.totals.goodsMinor + quote.priceMinor);
    const bad = await ctx.request({
      method: 'PUT',
      url: `${ORDERS}/cart/address`,
      token: customer.accessToken,
      payload: { address: 'x', lat: 91, lon: 'east' },
    });
    expect(errorPaths(bad).sort()).toEqual(['address', 'lat', 'lon']);
  });
});
