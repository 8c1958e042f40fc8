/**
 * The seller's side of the catalog (docs/domain.md, Catalog): one warehouse, one offer with its
 * stock, a warehouse's stock page, delivery terms of a warehouse, and removal of a warehouse.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import type { Executor } from '../../../shared/db/database.js';
import { CATALOG, CatalogFixtures, SPB, tag } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;
let rival: Account;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  [seller, rival, admin] = await Promise.all([ctx.make.seller(), ctx.make.seller(), ctx.make.admin()]);
});
afterAll(() => ctx.close());

const get = (url: string, token?: string) => ctx.request({ method: 'GET', url: `${CATALOG}${url}`, token });
const inTx = <T>(work: (tx: Executor) => Promise<T>) => ctx.database.db.transaction((tx) => work(tx));
const stock = () => ctx.app.modules.catalog.stock;

describe('warehouse delivery terms', () => {
  it('defaults to a 300 km radius and the next-day rule, takes others, and refuses nonsense naming the field', async () => {
    const w = await fx.warehouse(seller);
    expect(w).toMatchObject({ deliveryRadiusKm: 300, leadTimeHours: null });
    const edited = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/warehouses/${w.id}`,
      token: seller.accessToken,
      payload: { deliveryRadiusKm: 80, leadTimeHours: 4 },
    });
    expect(edited.json()).toMatchObject({ deliveryRadiusKm: 80, leadTimeHours: 4 });
    for (const [field, value] of [
      ['deliveryRadiusKm', -1],
      ['deliveryRadiusKm', 10_001],
      ['deliveryRadiusKm', 12.5],
      ['leadTimeHours', 2161],
      ['leadTimeHours', '4'],
    ] as const) {
      const res = await ctx.request({
        method: 'PATCH',
        url: `${CATALOG}/warehouses/${w.id}`,
        token: seller.accessToken,
        payload: { [field]: value },
      });
      expect(errorPaths(res), `${field}=${value}`).toEqual([field]);
    }
    const back = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/warehouses/${w.id}`,
      token: seller.accessToken,
      payload: { leadTimeHours: null },
    });
    expect(back.json()).toMatchObject({ deliveryRadiusKm: 80, leadTimeHours: null });
  });

  it('gives each stock entry of the stock API its warehouse’s pickup, radius and lead time', async () => {
    const { offer, warehouse } = await fx.listed(seller, { onHand: '5' });
    const far = await fx.warehouse(seller, { ...SPB, pickup: false, deliveryRadiusKm: 50, leadTimeHours: 48 });
    await fx.stock(seller, far.id, offer.id, 3);
    for (const read of [stock().describeOffers, stock().lockOffers]) {
      const o = (await inTx((tx) => read(tx, [offer.id]))).get(offer.id)!;
      const byId = Object.fromEntries(o.stock.map((k) => [k.warehouseId, k]));
      expect(byId[warehouse.id]).toMatchObject({ pickup: true, deliveryRadiusKm: 300, leadTimeHours: null });
      expect(byId[far.id]).toMatchObject({ pickup: false, deliveryRadiusKm: 50, leadTimeHours: 48, available: '3' });
    }
  });

  it('tells the seller’s tax regime in force at the moment asked for', async () => {
    const usn = await ctx.make.seller();
    const { offer } = await fx.listed(usn, { onHand: '5' });
    const before = ctx.clock.now();
    ctx.clock.advance(1000);
    await ctx.make.taxRegime(usn, 'usn');
    const at = (t: Date) => inTx((tx) => stock().describeOffers(tx, [offer.id], t));
    expect((await at(before)).get(offer.id)!.taxRegime).toBe('vat_payer');
    expect((await at(ctx.clock.now())).get(offer.id)!.taxRegime).toBe('usn');
  });
});

describe('GET /warehouses/{id}', () => {
  it('answers its seller and admins; another seller’s or an unknown id is 404; a customer 403', async () => {
    const w = await fx.warehouse(seller, { deliveryRadiusKm: 120 });
    const own = await get(`/warehouses/${w.id}`, seller.accessToken);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ id: w.id, sellerId: seller.id, code: w.code, deliveryRadiusKm: 120 });
    expect((await get(`/warehouses/${w.id}`, admin.accessToken)).json().id).toBe(w.id);
    expectProblem(await get(`/warehouses/${w.id}`, rival.accessToken), 404, 'CATALOG.WAREHOUSE_NOT_FOUND');
    expectProblem(await get(`/warehouses/${randomUUID()}`, seller.accessToken), 404, 'CATALOG.WAREHOUSE_NOT_FOUND');
    expectProblem(await get(`/warehouses/${w.id}`, (await ctx.make.customer()).accessToken), 403, 'AUTH.FORBIDDEN');
    expectProblem(await get(`/warehouses/${w.id}`), 401, 'AUTH.UNAUTHENTICATED');
  });
});

describe('GET /offers/{id}', () => {
  it('shows its seller the stock per warehouse with on hand, reserved and available', async () => {
    const { offer, warehouse, line, product } = await fx.listed(seller, { onHand: '40' });
    const spb = await fx.warehouse(seller, SPB);
    await fx.stock(seller, spb.id, offer.id, 7);
    await inTx((tx) => stock().reserve(tx, [line('12')]));
    const res = await get(`/offers/${offer.id}`, seller.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: offer.id,
      sellerId: seller.id,
      priceMinor: 1850,
      vatRate: '22',
      product: { id: product.id, name: product.name, sku: product.sku, unit: 'шт' },
    });
    const byId = Object.fromEntries(res.json().stock.map((k: { warehouseId: string }) => [k.warehouseId, k]));
    expect(byId[warehouse.id]).toMatchObject({ onHand: '40', reserved: '12', available: '28' });
    expect(byId[spb.id]).toMatchObject({ onHand: '7', reserved: '0', available: '7' });
    expect((await get(`/offers/${offer.id}`, admin.accessToken)).json().stock[0]).toHaveProperty('reserved');
  });

  it('shows anyone else an offer on sale with what is available only, and hides a paused one (404)', async () => {
    const { offer, line } = await fx.listed(seller, { onHand: '10' });
    await inTx((tx) => stock().reserve(tx, [line('4')]));
    for (const token of [undefined, rival.accessToken, (await ctx.make.customer()).accessToken]) {
      const res = await get(`/offers/${offer.id}`, token);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().stock).toEqual([
        { warehouseId: expect.any(String), name: expect.any(String), code: expect.any(String), available: '6' },
      ]);
    }
    await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offer.id}`,
      token: seller.accessToken,
      payload: { status: 'paused' },
    });
    for (const token of [undefined, rival.accessToken]) {
      expectProblem(await get(`/offers/${offer.id}`, token), 404, 'CATALOG.OFFER_NOT_FOUND');
    }
    expect((await get(`/offers/${offer.id}`, seller.accessToken)).json()).toMatchObject({ status: 'paused' });
    expectProblem(await get(`/offers/${randomUUID()}`, seller.accessToken), 404, 'CATALOG.OFFER_NOT_FOUND');
    expectProblem(await get(`/offers/${offer.id}`, 'not.a.token'), 401, 'AUTH.INVALID_TOKEN');
  });
});

describe('GET /warehouses/{id}/stock', () => {
  it('pages a warehouse’s stock by product name, each row with its offer, product, on hand, reserved and available', async () => {
    const w = await fx.warehouse(seller);
    const t = tag();
    const names = ['Арматура А500С 12 мм', 'Газобетон D500', 'Кирпич М150', 'Цемент М500', 'Щебень гранитный'];
    const offers: string[] = [];
    for (const name of names) {
      const p = await fx.product(seller, { name: `${name} ${t}`, sku: `${name.slice(0, 3).toUpperCase()}-${t}` });
      const o = await fx.offer(seller, p.id);
      await fx.stock(seller, w.id, o.id, 100);
      offers.push(o.id);
    }
    // Another warehouse's stock is not on this one's page.
    const other = await fx.warehouse(seller);
    await fx.stock(seller, other.id, offers[0]!, 5);
    await inTx((tx) => stock().reserve(tx, [{ offerId: offers[2]!, warehouseId: w.id, quantity: '30' }]));

    const seen: {
      offer: { id: string };
      product: { name: string };
      onHand: string;
      reserved: string;
      available: string;
    }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(
        `/warehouses/${w.id}/stock?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        seller.accessToken,
      );
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((r) => r.offer.id)).toEqual(offers);
    expect(seen[2]).toMatchObject({
      product: { name: `Кирпич М150 ${t}`, unit: 'шт' },
      offer: { id: offers[2], priceMinor: 1850, vatRate: '22', status: 'active' },
      onHand: '100',
      reserved: '30',
      available: '70',
    });

    const byName = await get(`/warehouses/${w.id}/stock?q=${encodeURIComponent('цемент')}`, seller.accessToken);
    expect(byName.json().items.map((r: { offer: { id: string } }) => r.offer.id)).toEqual([offers[3]]);
    const bySku = await get(`/warehouses/${w.id}/stock?q=${encodeURIComponent(`щеб-${t}`)}`, seller.accessToken);
    expect(bySku.json().items.map((r: { offer: { id: string } }) => r.offer.id)).toEqual([offers[4]]);
    const wildcard = await get(`/warehouses/${w.id}/stock?q=${encodeURIComponent('%')}`, seller.accessToken);
    expect(wildcard.json().items).toEqual([]);
    expect((await get(`/warehouses/${w.id}/stock`, admin.accessToken)).json().items).toHaveLength(5);
  });

  it('answers another seller’s warehouse 404, a bad cursor or limit 400 naming it', async () => {
    const w = await fx.warehouse(seller);
    expectProblem(await get(`/warehouses/${w.id}/stock`, rival.accessToken), 404, 'CATALOG.WAREHOUSE_NOT_FOUND');
    expect(errorPaths(await get(`/warehouses/${w.id}/stock?cursor=garbage`, seller.accessToken))).toEqual(['cursor']);
    const forged = Buffer.from(JSON.stringify(['a\u0000b', randomUUID()])).toString('base64url');
    expect(errorPaths(await get(`/warehouses/${w.id}/stock?cursor=${forged}`, seller.accessToken))).toEqual(['cursor']);
    expect(errorPaths(await get(`/warehouses/${w.id}/stock?limit=0`, seller.accessToken))).toEqual(['limit']);
  });
});

describe('DELETE /warehouses/{id}', () => {
  it('refuses a warehouse with 3 840 bricks on hand (409 naming them) and keeps every brick', async () => {
    const { offer, warehouse, product } = await fx.listed(seller, { onHand: '3840' });
    const res = await ctx.request({
      method: 'DELETE',
      url: `${CATALOG}/warehouses/${warehouse.id}`,
      token: seller.accessToken,
    });
    const problem = expectProblem(res, 409, 'CATALOG.WAREHOUSE_IN_USE');
    expect(problem).toMatchObject({
      offers: 1,
      holdings: [
        { offerId: offer.id, productName: product.name, sku: product.sku, unit: 'шт', onHand: '3840', reserved: '0' },
      ],
    });
    expect(problem.detail).toContain('3840');
    expect(await fx.stockRow(offer.id, warehouse.id)).toEqual({ onHand: '3840', reserved: '0' });
    expect((await get(`/warehouses/${warehouse.id}`, seller.accessToken)).statusCode).toBe(200);
    expect(await fx.listing(product.id)).toMatchObject({ inStock: true });
  });

  it('removes a warehouse whose stock rows are all at zero', async () => {
    const { offer, warehouse } = await fx.listed(seller, { onHand: '12' });
    await fx.stock(seller, warehouse.id, offer.id, 0);
    const res = await ctx.request({
      method: 'DELETE',
      url: `${CATALOG}/warehouses/${warehouse.id}`,
      token: seller.accessToken,
    });
    expect(res.statusCode, res.body).toBe(204);
    expectProblem(await get(`/warehouses/${warehouse.id}`, seller.accessToken), 404, 'CATALOG.WAREHOUSE_NOT_FOUND');
  });
});
