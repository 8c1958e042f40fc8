/** `near` follows stock and sellers: where a product can be had is kept with every change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, CatalogFixtures, MOSCOW } from '../../../../test/fixtures/catalog.js';
import { search } from './search-fixture.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  seller = await ctx.make.seller();
});
afterAll(() => ctx?.close());

const near = `${MOSCOW.lat},${MOSCOW.lon}`;
const foundNear = async (sku: string, extra: Record<string, string> = {}) => {
  const body = await search(ctx, { near, q: sku, radiusKm: 100, ...extra });
  return body.items.map((i) => i.nearestWarehouse?.id ?? null);
};

describe('near and stock', () => {
  it('a product leaves `near` when its stock there is reserved, and comes back when it is restocked', async () => {
    const { product, warehouse, line } = await fx.listed(seller, { onHand: '3' });
    expect(await foundNear(product.sku!)).toEqual([warehouse.id]);
    await ctx.database.db.transaction((tx) => ctx.app.modules.catalog.stock.reserve(tx, [line('3')]));
    expect(await foundNear(product.sku!)).toEqual([]);
    expect(await foundNear(product.sku!, { category: product.categoryId })).toEqual([]);
    await fx.stock(seller, warehouse.id, line('1').offerId, '10');
    expect(await foundNear(product.sku!)).toEqual([warehouse.id]);
  });

  it('a second warehouse nearer with stock becomes the nearest; emptied, the farther one answers again', async () => {
    const { product, warehouse, offer } = await fx.listed(seller, { onHand: '5' });
    const closer = await fx.warehouse(seller, { lat: MOSCOW.lat + 0.01, lon: MOSCOW.lon, name: 'Склад Центр' });
    await fx.stock(seller, closer.id, offer.id, '2');
    expect(await foundNear(product.sku!)).toEqual([closer.id]);
    await fx.stock(seller, closer.id, offer.id, '0');
    expect(await foundNear(product.sku!)).toEqual([warehouse.id]);
  });

  it('a paused offer or a suspended seller is not near anyone', async () => {
    const owner = await ctx.make.seller();
    const { product, offer } = await fx.listed(owner, { onHand: '5' });
    const pause = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offer.id}`,
      token: owner.accessToken,
      payload: { status: 'paused' },
    });
    expect(pause.statusCode).toBe(200);
    expect(await foundNear(product.sku!)).toEqual([]);
    await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offer.id}`,
      token: owner.accessToken,
      payload: { status: 'active' },
    });
    expect(await foundNear(product.sku!)).toHaveLength(1);
    const admin = await ctx.make.admin();
    const suspended = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${owner.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'проверка' },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(await foundNear(product.sku!)).toEqual([]);
  });

  it("a result's price and warehouse are one seller's: the cheapest that can be had near, never a far seller's price", async () => {
    // The near seller is dearer; the cheap one has stock only far away (St Petersburg).
    const nearSeller = await ctx.make.seller();
    const farSeller = await ctx.make.seller();
    const { product, warehouse: nearWarehouse } = await fx.listed(nearSeller, {
      onHand: '5',
      offer: { priceMinor: 2500 },
    });
    const far = await fx.warehouse(farSeller, { name: 'Склад СПб', lat: 59.93, lon: 30.31 });
    const cheap = await fx.offer(farSeller, product.id, { priceMinor: 1500 });
    await fx.stock(farSeller, far.id, cheap.id, '50');

    const without = await search(ctx, { q: product.sku! });
    expect(without.items[0]!.bestOffer).toMatchObject({ sellerId: farSeller.id, priceMinor: 1500 });

    const body = await search(ctx, { near, q: product.sku!, radiusKm: 100 });
    expect(body.items).toHaveLength(1);
    const item = body.items[0]!;
    expect(item.bestOffer).toMatchObject({ sellerId: nearSeller.id, priceMinor: 2500, inStock: true });
    expect(item.nearestWarehouse).toMatchObject({ id: nearWarehouse.id, sellerId: nearSeller.id });
    // The price range and price filters are the near price too.
    expect(body.facets.price).toEqual({ min: 2500, max: 2500 });
    expect((await search(ctx, { near, q: product.sku!, radiusKm: 100, priceMax: 2000 })).total).toBe(0);

    // A third seller near and cheaper than the near one, but farther: the cheaper near one is shown,
    // with its own warehouse; sorted by distance, the nearest one is shown with its own price.
    const third = await ctx.make.seller();
    const farther = await fx.warehouse(third, { name: 'Склад Дмитров', lat: MOSCOW.lat + 0.6, lon: MOSCOW.lon });
    const mid = await fx.offer(third, product.id, { priceMinor: 2000 });
    await fx.stock(third, farther.id, mid.id, '7');
    const cheapest = (await search(ctx, { near, q: product.sku!, radiusKm: 100 })).items[0]!;
    expect(cheapest.bestOffer).toMatchObject({ sellerId: third.id, priceMinor: 2000 });
    expect(cheapest.nearestWarehouse).toMatchObject({ id: farther.id, sellerId: third.id });
    const nearest = (await search(ctx, { near, q: product.sku!, radiusKm: 100, sort: 'distance' })).items[0]!;
    expect(nearest.bestOffer).toMatchObject({ sellerId: nearSeller.id, priceMinor: 2500 });
    expect(nearest.nearestWarehouse).toMatchObject({ id: nearWarehouse.id, sellerId: nearSeller.id });
  });
});
