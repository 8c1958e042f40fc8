import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import {
  CATALOG,
  CatalogFixtures,
  SPB,
  tag,
  type OfferJson,
  type ProductJson,
} from '../../../../test/fixtures/catalog.js';

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

// Short steps: the access tokens of this file live 15 minutes of the manual clock.
const STEP = 60_000;
const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, token?: string, payload?: object) =>
  ctx.request({ method, url: `${CATALOG}${url}`, ...(token ? { token } : {}), ...(payload ? { payload } : {}) });

describe('offers', () => {
  let product: ProductJson;
  beforeAll(async () => {
    // Sold by the half cubic metre: a unit that is not counted in whole pieces.
    product = await fx.product(seller, {
      name: `Песок карьерный ${tag()}`,
      unit: 'м³',
      weightKg: '1600',
      volumeM3: '1',
    });
  });

  it('POST creates an offer (201); a second one by the same seller for the same product is 409', async () => {
    const res = await call('POST', '/offers', seller.accessToken, {
      productId: product.id,
      priceMinor: 45_900,
      vatRate: '22',
      minQty: '0.5',
      step: '0.5',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      productId: product.id,
      sellerId: seller.id,
      priceMinor: 45_900,
      vatRate: '22',
      minQty: '0.5',
      step: '0.5',
      status: 'active',
      backorder: false,
    });
    const again = await call('POST', '/offers', seller.accessToken, {
      productId: product.id,
      priceMinor: 1,
      vatRate: '0',
    });
    expectProblem(again, 409, 'CATALOG.OFFER_EXISTS');
    // Another seller may offer the same card, at the rate of its own tax regime.
    const usn = await ctx.make.seller();
    await ctx.make.taxRegime(usn, 'usn');
    const theirs = await call('POST', '/offers', usn.accessToken, {
      productId: product.id,
      priceMinor: 44_000,
      vatRate: 'none',
    });
    expect(theirs.statusCode, theirs.body).toBe(201);
  });

  it('answers 400 naming the field for a bad price, VAT rate, quantity or product', async () => {
    const p = await fx.product(seller);
    const post = (over: object) =>
      call('POST', '/offers', seller.accessToken, { productId: p.id, priceMinor: 100, vatRate: '22', ...over });
    for (const priceMinor of [12.5, 0, -100, '100', null, 1e13]) {
      expect(errorPaths(await post({ priceMinor })), String(priceMinor)).toEqual(['priceMinor']);
    }
    for (const vatRate of ['20', 'НДС', 22, '']) {
      expect(errorPaths(await post({ vatRate })), String(vatRate)).toEqual(['vatRate']);
    }
    expect(errorPaths(await post({ minQty: '0' }))).toEqual(['minQty']);
    expect(errorPaths(await post({ step: '0.0001' }))).toEqual(['step']);
    expect(errorPaths(await post({ productId: randomUUID() }))).toEqual(['productId']);
    for (const vatRate of ['22', '10', '0']) {
      const q = await fx.product(seller);
      expect(
        (await call('POST', '/offers', seller.accessToken, { productId: q.id, priceMinor: 100, vatRate })).statusCode,
      ).toBe(201);
    }
  });

  it('is for approved sellers: pending → 403 CATALOG.SELLER_NOT_APPROVED, customer → 403, no token → 401', async () => {
    const payload = { productId: product.id, priceMinor: 100, vatRate: '22' };
    const pending = await ctx.make.seller({ approved: false });
    expectProblem(await call('POST', '/offers', pending.accessToken, payload), 403, 'CATALOG.SELLER_NOT_APPROVED');
    expectProblem(
      await call('POST', '/offers', (await ctx.make.customer()).accessToken, payload),
      403,
      'AUTH.FORBIDDEN',
    );
    expectProblem(await call('POST', '/offers', undefined, payload), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await call('GET', '/offers?mine=true', pending.accessToken), 403, 'CATALOG.SELLER_NOT_APPROVED');
  });

  it('GET ?mine=true lists only the caller’s offers, page by page, each once', async () => {
    const own = await ctx.make.seller();
    const other = await ctx.make.seller();
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await fx.product(own);
      made.push((await fx.offer(own, p.id)).id);
      await fx.offer(other, p.id);
      if (i % 3 === 0) ctx.clock.advance(1000); // some share a creation time, some do not
    }
    const seen: OfferJson[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call('GET', `/offers?mine=true&limit=3${cursor ? `&cursor=${cursor}` : ''}`, own.accessToken);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: OfferJson[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.every((o) => o.sellerId === own.id)).toBe(true);
    expect(seen.map((o) => o.id).sort()).toEqual([...made].sort());
    expect(new Set(seen.map((o) => o.id)).size).toBe(7);

    const one = await call('GET', `/offers?mine=true&productId=${seen[0]!.productId}`, own.accessToken);
    expect(one.json().items.map((o: OfferJson) => o.id)).toEqual([seen[0]!.id]);
    expect(errorPaths(await call('GET', '/offers', own.accessToken))).toContain('mine');
    expect(errorPaths(await call('GET', '/offers?mine=true&cursor=garbage', own.accessToken))).toEqual(['cursor']);
  });

  it('PATCH of another seller’s offer answers 404 and changes nothing', async () => {
    const p = await fx.product(seller);
    const offer = await fx.offer(seller, p.id, { priceMinor: 5000 });
    expectProblem(
      await call('PATCH', `/offers/${offer.id}`, rival.accessToken, { priceMinor: 1 }),
      404,
      'CATALOG.OFFER_NOT_FOUND',
    );
    expectProblem(
      await call('PATCH', `/offers/${randomUUID()}`, seller.accessToken, { priceMinor: 1 }),
      404,
      'CATALOG.OFFER_NOT_FOUND',
    );
    const history = await call('GET', `/offers/${offer.id}/price-history`);
    expect(history.json().items.map((h: { priceMinor: number }) => h.priceMinor)).toEqual([5000]);
  });

  it('keeps a price-history point for every change of price or VAT, and none for other changes', async () => {
    const p = await fx.product(seller);
    const t0 = ctx.clock.now();
    const offer = await fx.offer(seller, p.id, { priceMinor: 10_000, vatRate: '22' });
    const patch = async (body: object) => {
      ctx.clock.advance(STEP);
      const res = await call('PATCH', `/offers/${offer.id}`, seller.accessToken, body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect(await patch({ priceMinor: 10_500 })).toMatchObject({ priceMinor: 10_500 });
    const t1 = ctx.clock.now();
    await patch({ vatRate: '10' });
    const t2 = ctx.clock.now();
    await patch({ minQty: '2', step: '2', status: 'paused', backorder: true }); // no price change
    await patch({ priceMinor: 10_500 }); // the same price
    await patch({ priceMinor: 9_900, vatRate: '22' });
    const t3 = ctx.clock.now();

    const history = async (query = '') => {
      // Paused above: its history is now the seller's to read.
      const res = await call('GET', `/offers/${offer.id}/price-history${query}`, seller.accessToken);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as { priceMinor: number; vatRate: string; at: string }[];
    };
    expect(await history()).toEqual([
      { priceMinor: 10_000, vatRate: '22', at: t0.toISOString() },
      { priceMinor: 10_500, vatRate: '22', at: t1.toISOString() },
      { priceMinor: 10_500, vatRate: '10', at: t2.toISOString() },
      { priceMinor: 9_900, vatRate: '22', at: t3.toISOString() },
    ]);
    const iso = (d: Date) => encodeURIComponent(d.toISOString());
    expect((await history(`?from=${iso(t1)}`)).map((h) => h.at)).toEqual([t1, t2, t3].map((d) => d.toISOString()));
    expect((await history(`?to=${iso(t1)}`)).map((h) => h.at)).toEqual([t0, t1].map((d) => d.toISOString()));
    expect((await history(`?from=${iso(t1)}&to=${iso(t2)}`)).map((h) => h.priceMinor)).toEqual([10_500, 10_500]);
    expect(
      errorPaths(await call('GET', `/offers/${offer.id}/price-history?from=yesterday`, seller.accessToken)),
    ).toEqual(['from']);
    expectProblem(await call('GET', `/offers/${randomUUID()}/price-history`), 404, 'CATALOG.OFFER_NOT_FOUND');
  });

  it('shows the price history of a hidden offer (paused, or of a suspended seller) only to its seller and admins', async () => {
    const owner = await ctx.make.seller();
    const admin = await ctx.make.admin();
    const customer = await ctx.make.customer();
    const offer = await fx.offer(owner, (await fx.product(owner)).id);
    const history = (token?: string) => call('GET', `/offers/${offer.id}/price-history`, token);
    const everyone = [undefined, customer.accessToken, rival.accessToken];
    for (const token of everyone) expect((await history(token)).statusCode).toBe(200);

    expect((await call('PATCH', `/offers/${offer.id}`, owner.accessToken, { status: 'paused' })).statusCode).toBe(200);
    for (const token of everyone) expectProblem(await history(token), 404, 'CATALOG.OFFER_NOT_FOUND');
    for (const token of [owner.accessToken, admin.accessToken]) {
      expect((await history(token)).json().items).toHaveLength(1);
    }
    expect((await call('PATCH', `/offers/${offer.id}`, owner.accessToken, { status: 'active' })).statusCode).toBe(200);
    expect((await history()).statusCode).toBe(200);

    const suspended = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${owner.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'проверка документов' },
    });
    expect(suspended.statusCode).toBe(200);
    for (const token of [undefined, customer.accessToken])
      expectProblem(await history(token), 404, 'CATALOG.OFFER_NOT_FOUND');
    expect((await history(admin.accessToken)).statusCode).toBe(200);
    // A token that does not verify is refused, not taken for an anonymous caller.
    expectProblem(await history('not.a.token'), 401, 'AUTH.INVALID_TOKEN');
  });
});

describe('warehouses', () => {
  const body = (over: object = {}) => ({
    name: 'Склад Химки',
    code: `KHM-${tag()}`,
    address: 'Московская обл., г. Химки, Ленинградское ш., 1',
    lat: 55.89,
    lon: 37.44,
    ...over,
  });

  it('a seller lists, adds, edits and removes its own warehouses', async () => {
    const own = await ctx.make.seller();
    await fx.warehouse(rival);
    const created = await call('POST', '/warehouses', own.accessToken, body({ code: 'B-2', pickup: false }));
    expect(created.statusCode, created.body).toBe(201);
    const w = created.json();
    expect(w).toMatchObject({ sellerId: own.id, code: 'B-2', lat: 55.89, lon: 37.44, pickup: false, workingHours: '' });
    const a = await fx.warehouse(own, { code: 'A-1' });

    const list = await call('GET', '/warehouses', own.accessToken);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([a.id, w.id]); // by code

    const edited = await call('PATCH', `/warehouses/${w.id}`, own.accessToken, {
      name: 'Склад СПб',
      ...SPB,
      pickup: true,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      id: w.id,
      name: 'Склад СПб',
      lat: SPB.lat,
      lon: SPB.lon,
      pickup: true,
      code: 'B-2',
    });

    expect((await call('DELETE', `/warehouses/${w.id}`, own.accessToken)).statusCode).toBe(204);
    expect((await call('GET', '/warehouses', own.accessToken)).json().items.map((x: { id: string }) => x.id)).toEqual([
      a.id,
    ]);
    expectProblem(await call('DELETE', `/warehouses/${w.id}`, own.accessToken), 404, 'CATALOG.WAREHOUSE_NOT_FOUND');
  });

  it('another seller’s warehouse answers 404 on PATCH, DELETE and stock', async () => {
    const theirs = await fx.warehouse(rival);
    const p = await fx.product(seller);
    const myOffer = await fx.offer(seller, p.id);
    const nf = 'CATALOG.WAREHOUSE_NOT_FOUND';
    expectProblem(await call('PATCH', `/warehouses/${theirs.id}`, seller.accessToken, { name: 'Моё' }), 404, nf);
    expectProblem(await call('DELETE', `/warehouses/${theirs.id}`, seller.accessToken), 404, nf);
    expectProblem(
      await call('PUT', `/warehouses/${theirs.id}/stock/${myOffer.id}`, seller.accessToken, { onHand: 5 }),
      404,
      nf,
    );
    const list = await call('GET', '/warehouses', rival.accessToken);
    expect(list.json().items.find((x: { id: string }) => x.id === theirs.id)).toMatchObject({ name: 'Склад Подольск' });
  });

  it('a code is unique per seller (409), but two sellers may use the same code', async () => {
    const code = `DUP-${tag()}`;
    await fx.warehouse(seller, { code });
    expectProblem(
      await call('POST', '/warehouses', seller.accessToken, body({ code })),
      409,
      'CATALOG.WAREHOUSE_CODE_TAKEN',
    );
    const other = await fx.warehouse(seller);
    expectProblem(
      await call('PATCH', `/warehouses/${other.id}`, seller.accessToken, { code }),
      409,
      'CATALOG.WAREHOUSE_CODE_TAKEN',
    );
    expect((await call('POST', '/warehouses', rival.accessToken, body({ code }))).statusCode).toBe(201);
  });

  it('answers 400 naming the field for bad coordinates or code', async () => {
    expect(errorPaths(await call('POST', '/warehouses', seller.accessToken, body({ lat: 91 })))).toEqual(['lat']);
    expect(errorPaths(await call('POST', '/warehouses', seller.accessToken, body({ lon: -180.5 })))).toEqual(['lon']);
    expect(errorPaths(await call('POST', '/warehouses', seller.accessToken, body({ code: 'с пробелом' })))).toEqual([
      'code',
    ]);
    const w = await fx.warehouse(seller);
    expect(errorPaths(await call('PATCH', `/warehouses/${w.id}`, seller.accessToken, { lat: -90.01 }))).toEqual([
      'lat',
    ]);
    expect(errorPaths(await call('PATCH', `/warehouses/${w.id}`, seller.accessToken, { owner: 'x' }))).not.toEqual([]);
  });

  it('removing an emptied warehouse takes its stock rows out of the listing', async () => {
    const { product, warehouse, offer } = await fx.listed(seller, { onHand: '4' });
    expect(await fx.listing(product.id)).toMatchObject({ offerCount: 1, inStock: true });
    await fx.stock(seller, warehouse.id, offer.id, 0);
    expect((await call('DELETE', `/warehouses/${warehouse.id}`, seller.accessToken)).statusCode).toBe(204);
    expect(await fx.listing(product.id)).toMatchObject({ offerCount: 0, inStock: false });
    // The card still shows the offer (all active offers are listed there), with no stock anywhere.
    const page = await call('GET', `/products/${product.id}`);
    expect(page.json().offers).toMatchObject([{ inStock: false, stock: [] }]);
  });
});
