/**
 * Delivery as the cart states it and checkout charges it: the cart's address, point and
 * unloading serve checkout; the window starts no earlier than the warehouse can deliver; the
 * seller sees everything needed to hand the part over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { earliestStart } from '../delivery-terms.js';
import {
  delivery,
  KHIMKI,
  ORDERS,
  OrdersFixture,
  windowInDays,
  type OrderJson,
} from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller();
});
afterAll(() => ctx.close());

const setAddress = (customer: Account, payload: Record<string, unknown>) =>
  ctx.request({ method: 'PUT', url: `${ORDERS}/cart/address`, token: customer.accessToken, payload });
const ADDRESS = { address: 'г. Химки, ул. Ленинградская, 1', ...KHIMKI };

describe('checkout takes the delivery the cart states', () => {
  it('uses the cart’s address, point and unloading; the crane the cart quoted is the crane charged', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    expect((await fx.add(customer, offerId, '40')).statusCode).toBe(201);
    const manual = (await setAddress(customer, ADDRESS)).json();
    const crane = await setAddress(customer, { ...ADDRESS, unloading: 'crane' });
    expect(crane.statusCode, crane.body).toBe(200);
    const quoted = crane.json();
    expect(quoted.address).toMatchObject({ ...ADDRESS, unloading: 'crane' });
    expect(quoted.totals.deliveryMinor).toBeGreaterThan(manual.totals.deliveryMinor);

    const res = await fx.checkout(customer, {
      delivery: { method: 'delivery', window: windowInDays(3) },
      paymentMethod: 'invoice',
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json() as OrderJson & { delivery: Record<string, unknown> };
    expect(order.delivery).toMatchObject({ method: 'delivery', ...ADDRESS, unloading: 'crane' });
    expect(order.totals.deliveryMinor).toBe(quoted.totals.deliveryMinor);
    expect(order.totals.totalMinor).toBe(quoted.totals.totalMinor);
  });

  it('the body overrides the cart; a partial address in the body is not mixed with the cart’s', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    await setAddress(customer, { ...ADDRESS, unloading: 'manual' });
    const partial = await fx.checkout(customer, {
      delivery: { method: 'delivery', address: 'г. Москва, ул. Тверская, 1', window: windowInDays(3) },
      paymentMethod: 'invoice',
    });
    expect(errorPaths(partial).sort()).toEqual(['delivery.lat', 'delivery.lon']);
    const res = await fx.checkout(customer, delivery({ paymentMethod: 'invoice' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().delivery).toMatchObject({ address: 'г. Москва, ул. Тверская, д. 1', unloading: 'manual' });
  });
});

describe('the delivery window', () => {
  it('starts no earlier than the next day from 08:00 Moscow time (no warehouse lead time of its own)', () => {
    // 18:00 in Moscow: the next day, 08:00 Moscow = 05:00 UTC.
    expect(earliestStart(new Date('2026-11-27T15:00:00Z'), null).toISOString()).toBe('2026-11-28T05:00:00.000Z');
    // 01:30 in Moscow is already the 28th there: the 29th.
    expect(earliestStart(new Date('2026-11-27T22:30:00Z'), null).toISOString()).toBe('2026-11-29T05:00:00.000Z');
    expect(earliestStart(new Date('2026-11-27T22:30:00Z'), 4).toISOString()).toBe('2026-11-28T02:30:00.000Z');
  });

  it('refuses a window in the past, today, or too far ahead, naming delivery.window.from', async () => {
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    expect((await fx.add(customer, offerId, '1')).statusCode).toBe(201);
    const now = ctx.clock.now().getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    for (const window of [
      { from: '2020-01-01T09:00:00+03:00', to: '2020-01-01T13:00:00+03:00' },
      { from: at(now + 3_600_000), to: at(now + 5 * 3_600_000) },
      windowInDays(61, now),
    ]) {
      const res = await fx.checkout(
        customer,
        delivery({ paymentMethod: 'invoice', delivery: { ...delivery().delivery, window } }),
      );
      expect(errorPaths(res), JSON.stringify(window)).toEqual(['delivery.window.from']);
    }
    const earliest = earliestStart(ctx.clock.now(), null);
    const ok = await fx.checkout(
      customer,
      delivery({
        paymentMethod: 'invoice',
        delivery: {
          ...delivery().delivery,
          window: { from: at(earliest.getTime()), to: at(earliest.getTime() + 4 * 3_600_000) },
        },
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('what the seller sees of a sub-order', () => {
  it('the address, point, window, unloading, and the buyer’s name, company and phone', async () => {
    const customer = await ctx.make.customer({ name: 'Иван Петров', phone: '+79161234567' });
    const { offerId } = await fx.listed(seller, '100');
    expect((await fx.add(customer, offerId, '2')).statusCode).toBe(201);
    const body = delivery({
      paymentMethod: 'invoice',
      buyer: { companyName: 'ООО «РемСтрой»', inn: '7728415300' },
    });
    const placed = await fx.checkout(customer, body);
    expect(placed.statusCode, placed.body).toBe(201);
    const subId = placed.json().subOrders[0].id;
    const res = await ctx.request({
      method: 'GET',
      url: `${ORDERS}/${placed.json().id}/sub-orders/${subId}`,
      token: seller.accessToken,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { delivery: d } = body as { delivery: Record<string, unknown> };
    expect(res.json()).toMatchObject({
      delivery: {
        method: 'delivery',
        address: d.address,
        lat: d.lat,
        lon: d.lon,
        window: d.window,
        unloading: 'manual',
      },
      buyer: { name: 'ООО «РемСтрой»', inn: '7728415300', contactName: 'Иван Петров', phone: '+79161234567' },
    });
    const list = await ctx.request({ method: 'GET', url: `${ORDERS}/sub-orders`, token: seller.accessToken });
    const listed = list.json().items.find((s: { id: string }) => s.id === subId);
    expect(listed.buyer.phone).toBe('+79161234567');
  });
});
