/**
 * The bounds that keep every amount exact (src/shared/limits.ts): huge quantities, prices and
 * loads are refused where they come in, and a cart that went over a bound later still shows.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { sqlState } from '../../../shared/db/errors.js';
import { MAX_CART_LINES, MAX_LINE_TOTAL_MINOR, MAX_PRICE_MINOR } from '../../../shared/limits.js';
import { CATALOG, delivery, ORDERS, OrdersFixture, pickup } from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller();
});
afterAll(() => ctx.close());

const lineCount = async (customer: Account) => (await fx.cart(customer)).sellers.flatMap((s) => s.lines).length;

describe('cart quantities and amounts stay within the limits', () => {
  it('refuses a quantity beyond ten million, also when adding to a line, and the cart keeps answering', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '1000', { product: { unit: 'шт', weightKg: '1', volumeM3: '0.001' } });
    expect(errorPaths(await fx.add(customer, offerId, '99999999999'))).toEqual(['quantity']);
    expect((await fx.add(customer, offerId, '9000000')).statusCode).toBe(201);
    expect(errorPaths(await fx.add(customer, offerId, '2000000'))).toEqual(['quantity']);
    expect(errorPaths(await fx.add(customer, offerId, 1e21))).toEqual(['quantity']);
    const cart = await fx.cart(customer);
    expect(cart.sellers[0]!.lines[0]!.quantity).toBe('9000000');
    const item = cart.sellers[0]!.lines[0]!.itemId;
    const patch = await ctx.request({
      method: 'PATCH',
      url: `${ORDERS}/cart/items/${item}`,
      token: customer.accessToken,
      payload: { quantity: '10000000.001' },
    });
    expect(errorPaths(patch)).toEqual(['quantity']);
  });

  it('refuses a line that would cost more than one line may', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '5000', { offer: { priceMinor: MAX_PRICE_MINOR } });
    const most = MAX_LINE_TOTAL_MINOR / MAX_PRICE_MINOR;
    expect((await fx.add(customer, offerId, String(most))).statusCode).toBe(201);
    const over = await fx.add(customer, offerId, '1');
    expect(errorPaths(over)).toEqual(['quantity']);
    expect(over.json().errors[0].message).toMatch(/at most/);
    expect((await fx.cart(customer)).totals.goodsMinor).toBe(MAX_LINE_TOTAL_MINOR);
  });

  it('a price raised after the line was added: the cart still shows (the line not allowed), checkout refuses', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '5000', { offer: { priceMinor: 1_000_000_000 } });
    const other = await fx.listed(seller, '100', { offer: { priceMinor: 10_000 } });
    expect((await fx.add(customer, offerId, '1001')).statusCode).toBe(201);
    expect((await fx.add(customer, other.offerId, '1')).statusCode).toBe(201);
    const raised = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offerId}`,
      token: seller.accessToken,
      payload: { priceMinor: MAX_PRICE_MINOR },
    });
    expect(raised.statusCode).toBe(200);

    const cart = await fx.cart(customer);
    const lines = cart.sellers.flatMap((s) => s.lines);
    expect(lines.find((l) => l.offerId === offerId)).toMatchObject({ status: 'quantity_not_allowed', totalMinor: 0 });
    expect(cart.totals.goodsMinor).toBe(10_000);
    expect(cart.ready).toBe(false);
    const res = await fx.checkout(customer, pickup({ acceptPriceChanges: true }));
    const body = expectProblem(res, 409, 'ORDER.QUANTITY_NOT_ALLOWED');
    expect(body.lines).toMatchObject([{ offerId, reason: 'line_total' }]);
    const [orders] = await queryRows<{ n: string }>(
      ctx.database.db,
      sql`select count(*)::text as n from orders.orders where customer_id = ${customer.id}::uuid`,
    );
    expect(orders!.n).toBe('0');
  });

  it(`a cart holds at most ${MAX_CART_LINES} lines (409 ORDER.CART_FULL); adding to a line it has still works`, async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    // The other lines point at offers that no longer exist: the cart shows them as unavailable.
    const cartId = (await fx.cart(customer)).id;
    for (let i = 1; i < MAX_CART_LINES; i++) {
      await ctx.database.db.execute(
        sql`insert into orders.cart_items (cart_id, offer_id, quantity, seen_price_minor, added_at)
            values (${cartId}::uuid, ${randomUUID()}::uuid, 1, 100, now())`,
      );
    }
    const another = await fx.listed(seller, '100');
    expectProblem(await fx.add(customer, another.offerId, '1'), 409, 'ORDER.CART_FULL');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    expect(await lineCount(customer)).toBe(1);
    expect((await fx.cart(customer)).unavailable).toHaveLength(MAX_CART_LINES - 1);
  });

  it('a product made heavier after the line was added: the line shows at 0, out of the totals', async () => {
    const customer = await ctx.make.customer();
    const light = await fx.listed(seller, '10000000', {
      offer: { priceMinor: 100 },
      product: { unit: 'кг', weightKg: '1', volumeM3: '0.001' },
    });
    const other = await fx.listed(seller, '100', { offer: { priceMinor: 10_000 } });
    expect((await fx.add(customer, light.offerId, '10000000')).statusCode).toBe(201);
    expect((await fx.add(customer, other.offerId, '1')).statusCode).toBe(201);
    const heavier = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/products/${light.productId}`,
      token: seller.accessToken,
      payload: { weightKg: '100' },
    });
    expect(heavier.statusCode, heavier.body).toBe(200);
    const cart = await fx.cart(customer);
    const line = cart.sellers.flatMap((s) => s.lines).find((l) => l.offerId === light.offerId);
    expect(line).toMatchObject({ status: 'quantity_not_allowed', totalMinor: 0, vatMinor: 0 });
    expect(cart.totals.goodsMinor).toBe(10_000);
    const res = await fx.checkout(customer, pickup());
    expect(expectProblem(res, 409, 'ORDER.QUANTITY_NOT_ALLOWED').lines).toMatchObject([{ reason: 'line_load' }]);
  });

  it('a line heavier than one line may carry is refused (400 naming quantity)', async () => {
    const customer = await ctx.make.customer();
    const heavy = await fx.listed(seller, '2000', {
      offer: { priceMinor: 100 },
      product: { unit: 'т', weightKg: '100000', volumeM3: '1' },
    });
    expect(errorPaths(await fx.add(customer, heavy.offerId, '1001'))).toEqual(['quantity']);
    expect((await fx.add(customer, heavy.offerId, '1000')).statusCode).toBe(201);
  });

  it('a load too large for one delivery is shown without a quote and refused at checkout (422); pickup works', async () => {
    const customer = await ctx.make.customer();
    const heavy = await fx.listed(seller, '1000', {
      offer: { priceMinor: 100 },
      product: { unit: 'т', weightKg: '100000', volumeM3: '1' },
    });
    expect((await fx.add(customer, heavy.offerId, '1000')).statusCode).toBe(201);
    const ryazan = { address: 'г. Рязань, ул. Почтовая, д. 1', lat: 54.63, lon: 39.74 };
    const address = await ctx.request({
      method: 'PUT',
      url: `${ORDERS}/cart/address`,
      token: customer.accessToken,
      payload: ryazan,
    });
    expect(address.statusCode, address.body).toBe(200);
    const cart = address.json();
    expect(cart.sellers[0].delivery).toEqual([
      {
        warehouseId: heavy.warehouseId,
        warehouseName: 'Склад Подольск',
        quote: null,
        pickupOnly: true,
        why: 'more than one delivery can carry',
      },
    ]);
    expect(cart.deliverable).toBe(false);
    const far = delivery({ paymentMethod: 'invoice' });
    Object.assign(far.delivery as object, ryazan);
    const res = await fx.checkout(customer, far);
    expect(expectProblem(res, 422, 'ORDER.DELIVERY_TOO_LARGE').warehouseIds).toEqual([heavy.warehouseId]);
    expect((await fx.checkout(customer, pickup())).statusCode).toBe(201);
  });

  it('the database refuses what the API refuses, whoever writes', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId, productId } = await fx.listed(seller, '10');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    const writes = [
      sql`update orders.cart_items set quantity = 10000000.001 where offer_id = ${offerId}::uuid`,
      sql`update catalog.offers set price_minor = ${MAX_PRICE_MINOR + 1} where id = ${offerId}::uuid`,
      sql`update catalog.offers set min_qty = 20000000 where id = ${offerId}::uuid`,
      sql`update catalog.stock set on_hand = 1000000001 where offer_id = ${offerId}::uuid and warehouse_id = ${warehouseId}::uuid`,
      sql`update catalog.products set weight_kg = 100001 where id = ${productId}::uuid`,
      sql`update catalog.products set images = '["javascript:alert(1)"]' where id = ${productId}::uuid`,
      sql`update catalog.products set images = '["https://user@evil.test/a.jpg"]' where id = ${productId}::uuid`,
    ];
    for (const write of writes) {
      const err = await ctx.database.db.execute(write).then(
        () => null,
        (e: unknown) => e,
      );
      expect(sqlState(err), String(err)).toBe('23514');
    }
    await ctx.database.db.execute(
      sql`update catalog.products set images = '["https://cdn.example.com/a.jpg", "/uploads/p/1.webp"]' where id = ${productId}::uuid`,
    );
  });
});
