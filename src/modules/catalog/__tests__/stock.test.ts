import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import type { Executor } from '../../../shared/db/database.js';
import { sqlState } from '../../../shared/db/errors.js';
import type { StockLine } from '../index.js';
import { CATALOG, CatalogFixtures, SPB } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;
let rival: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  seller = await ctx.make.seller();
  rival = await ctx.make.seller();
});
afterAll(() => ctx.close());

const api = () => ctx.app.modules.catalog.stock;
const inTx = <T>(work: (tx: Executor) => Promise<T>) => ctx.database.db.transaction((tx) => work(tx));
const reserve = (lines: StockLine[]) => inTx((tx) => api().reserve(tx, lines));
const release = (lines: StockLine[]) => inTx((tx) => api().release(tx, lines));
const ship = (lines: StockLine[]) => inTx((tx) => api().ship(tx, lines));
const putStock = (token: string, warehouseId: string, offerId: string, onHand: unknown) =>
  ctx.request({
    method: 'PUT',
    url: `${CATALOG}/warehouses/${warehouseId}/stock/${offerId}`,
    token,
    payload: { onHand },
  });

/** 0.5 м³ steps of sand: decimal quantities must come out exact. */
const sand = {
  name: 'Песок карьерный мытый',
  unit: 'м³',
  weightKg: '1600',
  volumeM3: '1',
  attributes: { fraction: '0-5' },
};

describe('PUT /warehouses/{id}/stock/{offerId}', () => {
  it('creates the stock row, then updates it', async () => {
    const product = await fx.product(seller, sand);
    const offer = await fx.offer(seller, product.id);
    const w = await fx.warehouse(seller);
    const created = await putStock(seller.accessToken, w.id, offer.id, 10);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({
      offerId: offer.id,
      warehouseId: w.id,
      onHand: '10',
      reserved: '0',
      available: '10',
    });
    const updated = await putStock(seller.accessToken, w.id, offer.id, '12.5');
    expect(updated.json()).toMatchObject({ onHand: '12.5', available: '12.5' });
    expect(await fx.stockRow(offer.id, w.id)).toEqual({ onHand: '12.5', reserved: '0' });
    expect((await putStock(seller.accessToken, w.id, offer.id, '0')).json()).toMatchObject({ onHand: '0' });
  });

  it('answers 400 naming onHand for negative, over-precise or non-numeric quantities', async () => {
    const { warehouse, offer } = await fx.listed(seller, { onHand: '3' });
    for (const onHand of [-1, '-1', '1.2345', 0.0001, 'десять', '', null, '1e3']) {
      expect(errorPaths(await putStock(seller.accessToken, warehouse.id, offer.id, onHand)), String(onHand)).toEqual([
        'onHand',
      ]);
    }
    expect(errorPaths(await putStock(seller.accessToken, 'nope', offer.id, 1))).toEqual(['id']);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '3', reserved: '0' });
  });

  it('answers 404 when the offer and the warehouse belong to different sellers, whoever asks', async () => {
    const mine = await fx.listed(seller);
    const theirs = await fx.listed(rival);
    const admin = await ctx.make.admin();
    // Seller A: its offer, B's warehouse. Seller B: its warehouse, A's offer. An admin: either mix.
    expectProblem(
      await putStock(seller.accessToken, theirs.warehouse.id, mine.offer.id, 1),
      404,
      'CATALOG.WAREHOUSE_NOT_FOUND',
    );
    expectProblem(
      await putStock(rival.accessToken, theirs.warehouse.id, mine.offer.id, 1),
      404,
      'CATALOG.OFFER_NOT_FOUND',
    );
    expectProblem(
      await putStock(admin.accessToken, theirs.warehouse.id, mine.offer.id, 1),
      404,
      'CATALOG.OFFER_NOT_FOUND',
    );
    expectProblem(
      await putStock(seller.accessToken, mine.warehouse.id, randomUUID(), 1),
      404,
      'CATALOG.OFFER_NOT_FOUND',
    );
    expect(await fx.stockRow(theirs.offer.id, theirs.warehouse.id)).toEqual({ onHand: '10', reserved: '0' });
  });

  it('refuses to go below the reserved quantity with 409 CATALOG.STOCK_BELOW_RESERVED', async () => {
    const { warehouse, offer, line } = await fx.listed(seller, { product: sand, onHand: '10' });
    await reserve([line('3')]);
    const res = await putStock(seller.accessToken, warehouse.id, offer.id, '2.999');
    expect(expectProblem(res, 409, 'CATALOG.STOCK_BELOW_RESERVED')).toMatchObject({ reserved: '3' });
    const exact = await putStock(seller.accessToken, warehouse.id, offer.id, 3);
    expect(exact.json()).toMatchObject({ onHand: '3', reserved: '3', available: '0' });
  });

  it('refuses to delete a warehouse holding reserved stock (409 CATALOG.WAREHOUSE_IN_USE)', async () => {
    const { warehouse, offer, line } = await fx.listed(seller, { onHand: '5' });
    await reserve([line('2')]);
    const del = () =>
      ctx.request({ method: 'DELETE', url: `${CATALOG}/warehouses/${warehouse.id}`, token: seller.accessToken });
    expect(expectProblem(await del(), 409, 'CATALOG.WAREHOUSE_IN_USE').holdings).toMatchObject([
      { offerId: offer.id, onHand: '5', reserved: '2' },
    ]);
    await release([line('2')]);
    // Released, it still holds 5 on hand: emptied, it goes.
    expectProblem(await del(), 409, 'CATALOG.WAREHOUSE_IN_USE');
    await fx.stock(seller, warehouse.id, offer.id, 0);
    expect((await del()).statusCode).toBe(204);
  });
});

describe('the database guards stock by itself', () => {
  it('refuses reserved above on hand, and negative quantities, whatever SQL is run', async () => {
    const { offer, warehouse } = await fx.listed(seller, { onHand: '4' });
    const where = sql`where offer_id = ${offer.id}::uuid and warehouse_id = ${warehouse.id}::uuid`;
    const attempts = [
      sql`update catalog.stock set reserved = on_hand + 1 ${where}`,
      sql`update catalog.stock set on_hand = -1, reserved = 0 ${where}`,
      sql`update catalog.stock set reserved = -0.001 ${where}`,
    ];
    for (const attempt of attempts) {
      const err = await ctx.database.db.execute(attempt).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, 'the update must fail').not.toBeNull();
      expect(sqlState(err)).toBe('23514'); // check_violation
    }
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '4', reserved: '0' });
  });
});

describe('stock API for checkout', () => {
  it('lockOffers returns each offer with its product’s unit, weight and volume and stock per warehouse', async () => {
    const { product, offer, warehouse } = await fx.listed(seller, {
      product: sand,
      onHand: '30.5',
      offer: { priceMinor: 120_000, minQty: '0.5', step: '0.5' },
    });
    const spb = await fx.warehouse(seller, SPB);
    await fx.stock(seller, spb.id, offer.id, '4');
    await reserve([{ offerId: offer.id, warehouseId: spb.id, quantity: '1.5' }]);
    const paused = await fx.listed(rival, { offer: { status: 'paused' } });

    const locked = await inTx((tx) => api().lockOffers(tx, [offer.id, paused.offer.id, offer.id, randomUUID()]));
    expect([...locked.keys()].sort()).toEqual([offer.id, paused.offer.id].sort());
    const o = locked.get(offer.id)!;
    expect(o).toMatchObject({
      offerId: offer.id,
      productId: product.id,
      productName: sand.name,
      sellerId: seller.id,
      sellerName: expect.any(String),
      sellerApproved: true,
      taxRegime: 'vat_payer',
      status: 'active',
      backorder: false,
      priceMinor: 120_000,
      vatRate: '22',
      minQty: '0.5',
      step: '0.5',
      unit: 'м³',
      weightKg: '1600',
      volumeM3: '1',
    });
    const byWarehouse = Object.fromEntries(o.stock.map((s) => [s.warehouseId, s]));
    expect(byWarehouse[warehouse.id]).toMatchObject({
      onHand: '30.5',
      reserved: '0',
      available: '30.5',
      lat: warehouse.lat,
    });
    expect(byWarehouse[spb.id]).toEqual({
      warehouseId: spb.id,
      warehouseName: spb.name,
      address: spb.address,
      lat: SPB.lat,
      lon: SPB.lon,
      pickup: true,
      deliveryRadiusKm: 300,
      leadTimeHours: null,
      onHand: '4',
      reserved: '1.5',
      available: '2.5',
    });
    expect(locked.get(paused.offer.id)).toMatchObject({ status: 'paused', sellerApproved: true });
    expect((await inTx((tx) => api().lockOffers(tx, []))).size).toBe(0);
  });

  it('reserves all lines or none: a short line fails the whole reservation with what is available', async () => {
    const a = await fx.listed(seller, { onHand: '5' });
    const b = await fx.listed(seller, { onHand: '2' });
    const err = await reserve([a.line('3'), b.line('4')]).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'CATALOG.INSUFFICIENT_STOCK',
      details: { lines: [{ offerId: b.offer.id, warehouseId: b.warehouse.id, requested: '4', available: '2' }] },
    });
    // The transaction rolled back: the line that fitted is not reserved either.
    expect(await fx.stockRow(a.offer.id, a.warehouse.id)).toEqual({ onHand: '5', reserved: '0' });
    expect(await fx.stockRow(b.offer.id, b.warehouse.id)).toEqual({ onHand: '2', reserved: '0' });

    // A warehouse that never held the offer has nothing available.
    const empty = await fx.warehouse(seller);
    await expect(reserve([{ offerId: a.offer.id, warehouseId: empty.id, quantity: '1' }])).rejects.toMatchObject({
      code: 'CATALOG.INSUFFICIENT_STOCK',
      details: { lines: [{ offerId: a.offer.id, warehouseId: empty.id, requested: '1', available: '0' }] },
    });

    await reserve([a.line('3'), b.line('2')]);
    expect(await fx.stockRow(a.offer.id, a.warehouse.id)).toEqual({ onHand: '5', reserved: '3' });
    expect(await fx.stockRow(b.offer.id, b.warehouse.id)).toEqual({ onHand: '2', reserved: '2' });
  });

  it('release and ship move decimal quantities exactly', async () => {
    const { offer, warehouse, line, product } = await fx.listed(seller, { product: sand, onHand: '10.5' });
    await reserve([line('1.5')]);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '10.5', reserved: '1.5' });
    await ship([line('1')]);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '9.5', reserved: '0.5' });
    await release([line('0.5')]);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '9.5', reserved: '0' });
    // 0.1 + 0.2 is 0.3 here: ten reservations of 0.1 are exactly 1.
    for (let i = 0; i < 10; i++) await reserve([line('0.1')]);
    await ship([line('1')]);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '8.5', reserved: '0' });
    const page = await ctx.request({ method: 'GET', url: `${CATALOG}/products/${product.id}` });
    expect(page.json().offers[0].stock[0]).toMatchObject({ available: '8.5' });
  });

  it('refuses to release or ship more than is reserved (CATALOG.NOT_RESERVED), changing nothing', async () => {
    const { offer, warehouse, line } = await fx.listed(seller, { product: sand, onHand: '3' });
    await reserve([line('0.5')]);
    await expect(release([line('0.501')])).rejects.toMatchObject({ code: 'CATALOG.NOT_RESERVED' });
    await expect(ship([line('1')])).rejects.toMatchObject({ code: 'CATALOG.NOT_RESERVED' });
    const other = await fx.listed(seller, { onHand: '1' });
    await expect(release([other.line('1')])).rejects.toMatchObject({ code: 'CATALOG.NOT_RESERVED' });
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '3', reserved: '0.5' });
  });

  it('refuses zero, negative and over-precise quantities instead of moving stock the wrong way', async () => {
    const { offer, warehouse, line } = await fx.listed(seller, { onHand: '5' });
    await reserve([line('2')]);
    for (const quantity of ['0', '-1', '1.0005', 'один']) {
      await expect(reserve([line(quantity)]), `reserve ${quantity}`).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(release([line(quantity)]), `release ${quantity}`).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(ship([line(quantity)]), `ship ${quantity}`).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '5', reserved: '2' });
  });

  it('a product whose only offer runs out leaves the listing, and comes back with new stock', async () => {
    const category = await fx.category();
    const { product, offer, warehouse, line } = await fx.listed(seller, {
      onHand: '2',
      product: { categoryId: category.id },
    });
    const count = async () => {
      const res = await ctx.request({ method: 'GET', url: `${CATALOG}/categories` });
      return (res.json().items as { id: string; productCount: number }[]).find((c) => c.id === category.id)!
        .productCount;
    };
    expect(await fx.listing(product.id)).toEqual({ offerCount: 1, inStock: true, minPriceMinor: 1850 });
    expect(await count()).toBe(1);

    await reserve([line('2')]); // all of it is promised to a customer: nothing left to sell
    expect(await fx.listing(product.id)).toEqual({ offerCount: 0, inStock: false, minPriceMinor: null });
    expect(await count()).toBe(0);
    await ship([line('2')]);
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '0', reserved: '0' });
    expect(await fx.listing(product.id)).toMatchObject({ offerCount: 0, inStock: false });

    await fx.stock(seller, warehouse.id, offer.id, '6');
    expect(await fx.listing(product.id)).toEqual({ offerCount: 1, inStock: true, minPriceMinor: 1850 });
    expect(await count()).toBe(1);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('concurrency (PostgreSQL)', () => {
  it('30 parallel checkouts for 10 units: exactly 10 reserve, 20 are told there is not enough', async () => {
    const { offer, warehouse, line } = await fx.listed(seller, { onHand: '10' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, () =>
        inTx(async (tx) => {
          const locked = await api().lockOffers(tx, [offer.id]);
          expect(locked.get(offer.id)).toBeDefined();
          await api().reserve(tx, [line('1')]);
        }),
      ),
    );
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.length - failed.length).toBe(10);
    expect(failed).toHaveLength(20);
    for (const f of failed) {
      expect(f.reason).toMatchObject({
        code: 'CATALOG.INSUFFICIENT_STOCK',
        details: { lines: [{ offerId: offer.id, warehouseId: warehouse.id, requested: '1', available: '0' }] },
      });
    }
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '10', reserved: '10' });
    expect(await fx.listing(offer.productId)).toMatchObject({ offerCount: 0, inStock: false });
  });

  it('ships racing releases on the same reservation add up exactly', async () => {
    const { offer, warehouse, line } = await fx.listed(seller, { onHand: '50' });
    await reserve([line('20')]);
    // 30 movements of 1 against 20 reserved: 20 succeed, whichever kind, and 10 are refused.
    const kinds = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 'ship' : 'release'));
    const outcomes = await Promise.allSettled(
      kinds.map((k) => (k === 'ship' ? ship([line('1')]) : release([line('1')]))),
    );
    const ok = (kind: string) => outcomes.filter((o, i) => o.status === 'fulfilled' && kinds[i] === kind).length;
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(ok('ship') + ok('release')).toBe(20);
    for (const f of failed) expect(f.reason).toMatchObject({ code: 'CATALOG.NOT_RESERVED' });
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: String(50 - ok('ship')), reserved: '0' });
  });

  it('a reservation racing a seller lowering stock never oversells', async () => {
    const { offer, warehouse, line } = await fx.listed(seller, { onHand: '10' });
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => reserve([line('1')])),
      putStock(seller.accessToken, warehouse.id, offer.id, '4').then((res) => {
        if (res.statusCode !== 200) throw Object.assign(new Error(res.body), { status: res.statusCode });
      }),
    ]);
    const row = await fx.stockRow(offer.id, warehouse.id);
    expect(Number(row.reserved)).toBeLessThanOrEqual(Number(row.onHand));
    const reserved = outcomes.slice(0, 10).filter((o) => o.status === 'fulfilled').length;
    expect(row.reserved).toBe(String(reserved));
    // Either the seller's update won (4 on hand) or it came too late and was refused as below reserved.
    const put = outcomes[10]!;
    if (put.status === 'fulfilled') expect(row.onHand).toBe('4');
    else {
      expect(put.reason).toMatchObject({ status: 409 });
      expect(row.onHand).toBe('10');
      expect(reserved).toBeGreaterThan(4);
    }
  });
});
