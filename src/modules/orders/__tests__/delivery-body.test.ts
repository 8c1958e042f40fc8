/**
 * The body a delivery needs, as the cart quotes it and checkout charges it (docs/domain.md, The
 * delivery guide price): products say how they travel (`cargo`, `length_m`), the catalog's offer
 * carries it to the order plan, and the guide price prices only the bodies that can take the load.
 * Found by hand before: 14 t of bulk cement quoted on a тент, 11.7 m rebar on a 3 m Газель.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { MOSCOW, ORDERS, OrdersFixture, PODOLSK, windowInDays } from '../../../../test/fixtures/orders.js';
import { guidePrice } from '../../logistics/index.js';

interface Trip {
  cargo: string;
  vehicleClass: string;
  bodyType: string;
  bodyName: string;
  vehicles: number;
  priceMinor: number;
}
interface Quote extends Omit<Trip, 'cargo'> {
  vehicleName: string;
  roadKm: number;
  trips: Trip[];
}
interface DeliveryJson {
  warehouseId: string;
  quote: Quote | null;
  pickupOnly: boolean;
  why: string | null;
}

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  seller = await ctx.make.seller();
});
afterAll(() => ctx.close());

// Подольск → Тверская: ≈ 36 km straight, 14 + 1.3·26 ≈ 47.8 km by road.
const ADDRESS = { address: 'г. Москва, ул. Тверская, д. 1', ...MOSCOW };

async function quoted(customer: Account, unloading = 'manual') {
  const res = await ctx.request({
    method: 'PUT',
    url: `${ORDERS}/cart/address`,
    token: customer.accessToken,
    payload: { ...ADDRESS, unloading },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cart = res.json() as {
    sellers: { delivery: DeliveryJson[] }[];
    totals: { deliveryMinor: number; totalMinor: number };
    deliverable: boolean;
  };
  return { cart, delivery: cart.sellers[0]!.delivery[0]! };
}

/** Checkout with the cart's address and unloading; the sub-order as the customer sees it. */
async function checkedOut(customer: Account) {
  const res = await fx.checkout(customer, {
    delivery: { method: 'delivery', window: windowInDays(5) },
    paymentMethod: 'invoice',
  });
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json() as {
    totals: { deliveryMinor: number; totalMinor: number };
    subOrders: { totals: { deliveryMinor: number }; deliveryQuote: Quote | null }[];
  };
  return { order, sub: order.subOrders[0]! };
}

describe('the cart quotes the body the goods need, and checkout charges that figure', () => {
  it('14 t of bulk cement: a цементовоз, never a тент', async () => {
    const customer = await ctx.make.customer();
    const cement = await fx.listed(seller, '30', {
      product: {
        name: 'Цемент М500 навалом',
        unit: 'т',
        weightKg: '1000',
        volumeM3: '0.77',
        attributes: { strength: 'М500', cargo: 'bulk_cement' },
      },
      offer: { priceMinor: 860_000 },
    });
    expect((await fx.add(customer, cement.offerId, '14')).statusCode).toBe(201);
    const { cart, delivery } = await quoted(customer);
    // One 25 t цементовоз: 7 000 + 110·47.8 + 200·14 = 15 058 ₽ < its 18 000 ₽ minimum.
    expect(delivery.quote).toMatchObject({
      vehicleClass: 'cement-tanker-25t',
      bodyType: 'cement_tanker',
      bodyName: 'цементовоз',
      vehicles: 1,
      roadKm: 47.8,
      priceMinor: 1_800_000,
      trips: [{ cargo: 'bulk_cement', vehicleClass: 'cement-tanker-25t', vehicles: 1, priceMinor: 1_800_000 }],
    });
    // The same function, the same figure.
    const direct = guidePrice({
      pickup: PODOLSK,
      dropoff: MOSCOW,
      cargo: 'bulk_cement',
      weightKg: 14_000,
      volumeM3: 10.78,
      needsCrane: false,
    });
    expect(direct.priceMinor).toBe(delivery.quote!.priceMinor);
    expect(direct.candidates.every((c) => c.bodyType === 'cement_tanker')).toBe(true);
    expect(cart.totals.deliveryMinor).toBe(1_800_000);

    const { order, sub } = await checkedOut(customer);
    expect(order.totals.deliveryMinor).toBe(cart.totals.deliveryMinor);
    expect(order.totals.totalMinor).toBe(cart.totals.totalMinor);
    expect(sub.totals.deliveryMinor).toBe(1_800_000);
    expect(sub.deliveryQuote).toEqual(delivery.quote);
  });

  it('117 пог. м of 11.7 m rebar: a body at least 11.7 m long, never a 3 m Газель', async () => {
    const customer = await ctx.make.customer();
    const rebar = await fx.listed(seller, '1000', {
      product: {
        name: 'Арматура А500С 12 мм',
        unit: 'пог. м',
        weightKg: '0.888',
        volumeM3: '0.000113',
        attributes: { class: 'А500С', diameter_mm: '12', length_m: '11.7' },
      },
      offer: { priceMinor: 8_500 },
    });
    expect((await fx.add(customer, rebar.offerId, '117')).statusCode).toBe(201);
    const { cart, delivery } = await quoted(customer);
    // 104 kg, but 11.7 m long: the фура's 13.6 m body at its 15 000 ₽ minimum (a 3 m Газель's
    // 4 500 ₽ would be wrong, a длинномер's 17 000 ₽ is dearer).
    expect(delivery.quote).toMatchObject({
      vehicleClass: 'semi-20t',
      bodyType: 'tent',
      vehicles: 1,
      priceMinor: 1_500_000,
    });
    const { order, sub } = await checkedOut(customer);
    expect(order.totals.deliveryMinor).toBe(cart.totals.deliveryMinor);
    expect(sub.deliveryQuote).toEqual(delivery.quote);
  });

  it('rebar unloaded by crane: the 12 m манипулятор-длинномер, its surcharge charged', async () => {
    const customer = await ctx.make.customer();
    const rebar = await fx.listed(seller, '1000', {
      product: { unit: 'пог. м', weightKg: '0.888', volumeM3: '0.000113', attributes: { length_m: '11.7' } },
      offer: { priceMinor: 8_500 },
    });
    expect((await fx.add(customer, rebar.offerId, '117')).statusCode).toBe(201);
    const { cart, delivery } = await quoted(customer, 'crane');
    // 6 000 + 120·47.8 + 250·0.104 = 11 762 ₽ → 18 000 ₽ minimum, + 4 000 ₽ for the crane.
    expect(delivery.quote).toMatchObject({
      vehicleClass: 'crane-long-10t',
      bodyType: 'crane',
      bodyName: 'манипулятор',
      priceMinor: 2_200_000,
    });
    const { order } = await checkedOut(customer);
    expect(order.totals.deliveryMinor).toBe(cart.totals.deliveryMinor);
  });

  it('sand and bagged cement from one warehouse: a самосвал and a van, summed', async () => {
    const customer = await ctx.make.customer();
    const warehouseId = await fx.warehouse(seller);
    const sand = await fx.product(seller, {
      name: 'Песок карьерный',
      unit: 'м³',
      weightKg: '1600',
      volumeM3: '1',
      attributes: { cargo: 'bulk' },
    });
    const bags = await fx.product(seller); // 50 kg bags of cement, 0.04 m³ each
    const sandOffer = await fx.offer(seller, sand, { priceMinor: 115_000 });
    const bagOffer = await fx.offer(seller, bags);
    await fx.stock(seller, warehouseId, sandOffer, '50');
    await fx.stock(seller, warehouseId, bagOffer, '100');
    expect((await fx.add(customer, sandOffer, '5')).statusCode).toBe(201);
    expect((await fx.add(customer, bagOffer, '40')).statusCode).toBe(201);
    const { cart, delivery } = await quoted(customer);
    // Sand, 8 t / 5 m³: 10 t самосвал, 3 000 + 70·47.8 + 150·8 = 7 546 ₽ → 9 000 ₽.
    // Bags, 2 t / 1.6 m³: 3 t van, 2 000 + 50·47.8 + 280·2 = 4 950 ₽ → 6 000 ₽.
    expect(delivery.quote).toEqual({
      vehicleClass: 'dump-10t',
      vehicleName: 'Самосвал 10 т (8 м³)',
      bodyType: 'dump',
      bodyName: 'самосвал',
      vehicles: 2,
      roadKm: 47.8,
      priceMinor: 1_500_000,
      trips: [
        {
          cargo: 'general',
          vehicleClass: 'van-3t',
          vehicleName: 'Фургон 3 т (4,2 м, 18 м³)',
          bodyType: 'van',
          bodyName: 'фургон',
          vehicles: 1,
          priceMinor: 600_000,
        },
        {
          cargo: 'bulk',
          vehicleClass: 'dump-10t',
          vehicleName: 'Самосвал 10 т (8 м³)',
          bodyType: 'dump',
          bodyName: 'самосвал',
          vehicles: 1,
          priceMinor: 900_000,
        },
      ],
    });
    const { order, sub } = await checkedOut(customer);
    expect(order.totals.deliveryMinor).toBe(cart.totals.deliveryMinor);
    expect(sub.deliveryQuote).toEqual(delivery.quote);
  });

  it('an item longer than any body: pickup only, saying why; checkout refuses delivery (422), pickup works', async () => {
    const customer = await ctx.make.customer();
    const beam = await fx.listed(seller, '10', {
      product: { unit: 'шт', weightKg: '500', volumeM3: '0.2', attributes: { length_m: '14' } },
      offer: { priceMinor: 5_000_000 },
    });
    expect((await fx.add(customer, beam.offerId, '1')).statusCode).toBe(201);
    const { cart, delivery } = await quoted(customer);
    expect(delivery).toEqual({
      warehouseId: beam.warehouseId,
      warehouseName: 'Склад Подольск',
      quote: null,
      pickupOnly: true,
      why: 'no vehicle can carry this load: an item of 14 m is longer than any body (the longest is 13.6 m)',
    });
    expect(cart.deliverable).toBe(false);
    const res = await fx.checkout(customer, {
      delivery: { method: 'delivery', window: windowInDays(5) },
      paymentMethod: 'invoice',
    });
    expect(expectProblem(res, 422, 'ORDER.DELIVERY_TOO_LARGE').warehouseIds).toEqual([beam.warehouseId]);
    expect((await fx.checkout(customer, { delivery: { method: 'pickup' }, paymentMethod: 'invoice' })).statusCode).toBe(
      201,
    );
  });
});

describe('products say how they travel', () => {
  it('a cargo the rules do not know is refused (400 naming attributes.cargo)', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/products',
      token: seller.accessToken,
      payload: {
        name: 'Щебень гранитный',
        unit: 'м³',
        weightKg: '1400',
        volumeM3: '1',
        categoryId: await fx.category(),
        attributes: { cargo: 'gravel' },
      },
    });
    expect(errorPaths(res)).toEqual(['attributes.cargo']);
  });
});
