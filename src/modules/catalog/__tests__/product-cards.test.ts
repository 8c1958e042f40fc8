import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD, type Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { haversineKm } from '../../../shared/geo.js';
import { productPage } from '../catalog.schemas.js';
import { CATALOG, CatalogFixtures, MOSCOW, SPB, tag, type CategoryJson } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let admin: Account;
let seller: Account;
let category: CategoryJson;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  admin = await ctx.make.admin();
  seller = await ctx.make.seller();
  category = await fx.category();
});
afterAll(() => ctx.close());

const postProduct = (token: string | undefined, payload: Record<string, unknown>) =>
  ctx.request({
    method: 'POST',
    url: `${CATALOG}/products`,
    payload: {
      name: 'Цемент М500 Д0',
      unit: 'мешок',
      weightKg: 50,
      volumeM3: '0.035',
      categoryId: category.id,
      ...payload,
    },
    ...(token ? { token } : {}),
  });
const patchProduct = (token: string, id: string, payload: object) =>
  ctx.request({ method: 'PATCH', url: `${CATALOG}/products/${id}`, token, payload });
const page = (id: string, query = '') => ctx.request({ method: 'GET', url: `${CATALOG}/products/${id}${query}` });
/** The ids a text search finds. */
const found = async (q: string): Promise<string[]> =>
  (await ctx.request({ method: 'GET', url: `${CATALOG}/products?q=${encodeURIComponent(q)}` }))
    .json()
    .items.map((i: { id: string }) => i.id);
/** A word no other card has: the tag's hex digits spelled as Cyrillic letters after `stem`. */
const uniqueWord = (stem: string) => `${stem}${[...tag()].map((c) => 'абвгдежзиклмнопр'[parseInt(c, 16)]).join('')}`;

interface PageOffer {
  id: string;
  sellerId: string;
  sellerName: string;
  inStock: boolean;
  stock: { warehouseId: string; code: string; available: string; distanceKm: number | null }[];
}
async function offersOn(productId: string, query = ''): Promise<PageOffer[]> {
  const res = await page(productId, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().offers;
}

const adminPost = (url: string, payload: object) =>
  ctx.request({ method: 'POST', url: `/api/v1/users/${url}`, token: admin.accessToken, payload });

describe('POST /products', () => {
  it('lets an approved seller add a card (201)', async () => {
    const sku = `CEM-${tag()}`;
    const res = await postProduct(seller.accessToken, {
      sku,
      brand: 'ЕВРОЦЕМЕНТ',
      packSize: '1',
      attributes: { strength: 'М500', additives: 'Д0' },
      images: ['https://img.example.test/cement.jpg'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(String),
      sku,
      name: 'Цемент М500 Д0',
      brand: 'ЕВРОЦЕМЕНТ',
      categoryId: category.id,
      unit: 'мешок',
      packSize: '1',
      weightKg: '50',
      volumeM3: '0.035',
      attributes: { strength: 'М500', additives: 'Д0' },
      images: ['https://img.example.test/cement.jpg'],
    });
    expect(res.json()).not.toHaveProperty('createdBy');
    expect((await page(res.json().id)).json()).toMatchObject({ id: res.json().id, offers: [] });
  });

  it('takes pictures from https:// URLs and our own uploads only (400 naming the image)', async () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:image/png;base64,AAAA',
      'http://example.com/a.jpg',
      'https://user:pass@example.com/a.jpg',
      '/api/v1/users/me',
      '/uploads/../secrets',
      'vbscript:msgbox',
    ]) {
      const res = await postProduct(seller.accessToken, { images: ['https://cdn.example.com/ok.jpg', bad] });
      expect(errorPaths(res), bad).toEqual(['images.1']);
    }
    const ok = await postProduct(seller.accessToken, {
      images: ['https://cdn.example.com/a.jpg', '/uploads/products/a-1.webp'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().images).toEqual(['https://cdn.example.com/a.jpg', '/uploads/products/a-1.webp']);
  });

  it('takes only ОКЕИ units (400 naming unit)', async () => {
    for (const unit of ['штука', 'pcs', 'м2', '']) {
      expect(errorPaths(await postProduct(seller.accessToken, { unit })), unit).toContain('unit');
    }
    for (const unit of ['м³', 'пог. м', 'т']) {
      expect((await postProduct(seller.accessToken, { unit })).statusCode, unit).toBe(201);
    }
  });

  it('answers 400 naming categoryId for an unknown category and 409 for a taken SKU', async () => {
    expect(errorPaths(await postProduct(seller.accessToken, { categoryId: randomUUID() }))).toEqual(['categoryId']);
    expect(errorPaths(await postProduct(seller.accessToken, { categoryId: 'cement' }))).toContain('categoryId');
    const sku = `DUP-${tag()}`;
    expect((await postProduct(seller.accessToken, { sku })).statusCode).toBe(201);
    const other = await ctx.make.seller();
    expectProblem(await postProduct(other.accessToken, { sku }), 409, 'CATALOG.SKU_TAKEN');
  });

  it('is for approved sellers and admins only', async () => {
    const pending = await ctx.make.seller({ approved: false });
    expectProblem(await postProduct(pending.accessToken, {}), 403, 'CATALOG.SELLER_NOT_APPROVED');
    const customer = await ctx.make.customer();
    expectProblem(await postProduct(customer.accessToken, {}), 403, 'AUTH.FORBIDDEN');
    expectProblem(await postProduct(undefined, {}), 401, 'AUTH.UNAUTHENTICATED');
    expect((await postProduct(admin.accessToken, {})).statusCode).toBe(201);
  });
});

describe('PATCH /products/{id}', () => {
  it('lets a seller edit its own card; another seller gets 404; an admin may edit any', async () => {
    const mine = await fx.product(seller);
    const res = await patchProduct(seller.accessToken, mine.id, { name: 'Кирпич М175 полнотелый', weightKg: '3.6' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: mine.id, name: 'Кирпич М175 полнотелый', weightKg: '3.6' });

    const other = await ctx.make.seller();
    expectProblem(await patchProduct(other.accessToken, mine.id, { name: 'Чужой' }), 404, 'CATALOG.PRODUCT_NOT_FOUND');
    expect((await page(mine.id)).json().name).toBe('Кирпич М175 полнотелый');

    const byAdmin = await patchProduct(admin.accessToken, mine.id, { brand: 'Винербергер' });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json()).toMatchObject({ brand: 'Винербергер', name: 'Кирпич М175 полнотелый' });

    // A card made by marketplace staff is nobody's to edit but an admin's.
    const staff = (await postProduct(admin.accessToken, {})).json();
    expectProblem(await patchProduct(seller.accessToken, staff.id, { name: 'Моё' }), 404, 'CATALOG.PRODUCT_NOT_FOUND');
  });

  it('keeps the search summary in step with the card: attributes and category are copied to the listing', async () => {
    const mine = await fx.product(seller);
    const other = await fx.category();
    const listing = async () =>
      (
        await queryRows<{ category_id: string; attributes: Record<string, string> }>(
          ctx.database.db,
          sql`select category_id, attributes from catalog.product_listing where product_id = ${mine.id}::uuid`,
        )
      )[0];
    expect(await listing()).toEqual({ category_id: mine.categoryId, attributes: { strength: 'М150', format: '1НФ' } });
    const res = await patchProduct(seller.accessToken, mine.id, { attributes: { strength: 'М200' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await listing()).toEqual({ category_id: mine.categoryId, attributes: { strength: 'М200' } });
    expect((await patchProduct(seller.accessToken, mine.id, { categoryId: other.id })).statusCode).toBe(200);
    expect(await listing()).toEqual({ category_id: other.id, attributes: { strength: 'М200' } });
  });

  it("is found by its new name, brand and description at once, and no longer by the old ones (the listing's copy of its text)", async () => {
    const word = uniqueWord('плита');
    const { product } = await fx.listed(seller, { product: { name: `${word} базальтовая`, brand: 'Старыйбренд' } });
    expect(await found(`${word} базальтовая`)).toEqual([product.id]);
    const edited = await patchProduct(seller.accessToken, product.id, {
      name: `${word} каменная`,
      brand: 'Новыйбренд',
      description: 'Звукоизоляционная',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await found(`${word} каменная`)).toEqual([product.id]);
    expect(await found(`${word} новыйбренд звукоизоляционная`)).toEqual([product.id]);
    expect(await found(`${word} базальтовая`)).toEqual([]);
    expect(await found(`${word} старыйбренд`)).toEqual([]);
  });

  it('takes the copy of its text from the card when a listing row is written without it (code older than migration 0028)', async () => {
    const word = uniqueWord('вата');
    const { product } = await fx.listed(seller, { product: { name: `${word} минеральная` } });
    await ctx.database.db.execute(sql`delete from catalog.product_listing where product_id = ${product.id}::uuid`);
    // The columns the refresh wrote before 0028.
    await ctx.database.db.execute(
      sql`insert into catalog.product_listing (product_id, category_path, category_id, attributes, min_price_minor, offer_count, in_stock)
          select p.id, c.path, p.category_id, p.attributes, o.price_minor, 1, true
          from catalog.products p
          join catalog.categories c on c.id = p.category_id
          join catalog.offers o on o.product_id = p.id
          where p.id = ${product.id}::uuid`,
    );
    expect(await found(`${word} минеральная`)).toEqual([product.id]);
  });

  it("gives a warehouse's stock row written without the category (code older than migration 0031) the card's", async () => {
    const { product, warehouse } = await fx.listed(seller);
    const stockRow = sql`from catalog.listing_stock where product_id = ${product.id}::uuid and warehouse_id = ${warehouse.id}::uuid`;
    const [before] = await queryRows<{ price_minor: number }>(
      ctx.database.db,
      sql`select price_minor::int ${stockRow}`,
    );
    await ctx.database.db.execute(sql`delete ${stockRow}`);
    // The columns the refresh wrote before 0031.
    await ctx.database.db.execute(
      sql`insert into catalog.listing_stock (product_id, warehouse_id, price_minor)
          values (${product.id}::uuid, ${warehouse.id}::uuid, ${before!.price_minor})`,
    );
    const [after] = await queryRows<{ category_id: string }>(ctx.database.db, sql`select category_id ${stockRow}`);
    expect(after!.category_id).toBe(product.categoryId);
  });

  it('validates like POST and refuses a taken SKU', async () => {
    const a = await fx.product(seller);
    const b = await fx.product(seller);
    expect(errorPaths(await patchProduct(seller.accessToken, a.id, { unit: 'bag' }))).toContain('unit');
    expect(errorPaths(await patchProduct(seller.accessToken, a.id, { categoryId: randomUUID() }))).toEqual([
      'categoryId',
    ]);
    expectProblem(await patchProduct(seller.accessToken, a.id, { sku: b.sku }), 409, 'CATALOG.SKU_TAKEN');
    const pending = await ctx.make.seller({ approved: false });
    expectProblem(await patchProduct(pending.accessToken, a.id, { name: 'Нет' }), 403, 'CATALOG.SELLER_NOT_APPROVED');
    expectProblem(
      await patchProduct(seller.accessToken, randomUUID(), { name: 'Нет' }),
      404,
      'CATALOG.PRODUCT_NOT_FOUND',
    );
  });
});

describe('GET /products/{id}', () => {
  it('shows active offers of approved sellers with stock per warehouse and distance from `near`', async () => {
    const { product, warehouse: podolsk, offer } = await fx.listed(seller, { onHand: '120' });
    const spb = await fx.warehouse(seller, {
      name: 'Склад СПб',
      address: 'Санкт-Петербург, Обводный канал, 1',
      ...SPB,
    });
    await fx.stock(seller, spb.id, offer.id, '7');

    const paused = await ctx.make.seller();
    const p = await fx.offer(paused, product.id, { priceMinor: 1500, status: 'paused' });
    await fx.stock(paused, (await fx.warehouse(paused)).id, p.id, 50);

    const doomed = await ctx.make.seller({ company: { name: 'ООО «Кирпичный двор»', inn: '7728415300' } });
    const d = await fx.offer(doomed, product.id, { priceMinor: 1700 });
    await fx.stock(doomed, (await fx.warehouse(doomed)).id, d.id, 5);

    const near = await offersOn(product.id, `?near=${MOSCOW.lat},${MOSCOW.lon}`);
    // Cheapest first; the paused offer is not shown.
    expect(near.map((o) => o.id)).toEqual([d.id, offer.id]);
    expect(near[0]).toMatchObject({ sellerId: doomed.id, sellerName: 'ООО «Кирпичный двор»', inStock: true });
    const mine = near[1]!;
    expect(mine).toMatchObject({ sellerId: seller.id, priceMinor: 1850, vatRate: '22', inStock: true });
    const byId = new Map(mine.stock.map((s) => [s.warehouseId, s]));
    expect(byId.get(podolsk.id)).toMatchObject({ code: podolsk.code, available: '120' });
    expect(byId.get(spb.id)).toMatchObject({ code: spb.code, available: '7' });
    // Подольск is some 36 km from the centre of Moscow; Saint Petersburg some 630 km.
    expect(byId.get(podolsk.id)!.distanceKm).toBeGreaterThan(25);
    expect(byId.get(podolsk.id)!.distanceKm).toBeLessThan(50);
    expect(byId.get(spb.id)!.distanceKm).toBeGreaterThan(600);
    expect(byId.get(spb.id)!.distanceKm).toBeLessThan(660);

    const plain = await offersOn(product.id);
    expect(plain[1]!.stock.every((s) => s.distanceKm === null)).toBe(true);

    // A suspended seller's offer leaves the page at once.
    const suspended = await adminPost(`${doomed.id}/suspend`, { reason: 'поддельные сертификаты' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect((await offersOn(product.id)).map((o) => o.id)).toEqual([offer.id]);
  });

  it('is written by the database exactly as the API documents it: decimals, times, distances, empty stock', async () => {
    const card = await fx.product(seller, {
      unit: 'м³',
      packSize: '2.500',
      weightKg: '1500.250',
      volumeM3: '0.035000',
    });
    const wh = await fx.warehouse(seller, { ...SPB });
    const stocked = await fx.offer(seller, card.id, { minQty: '0.500', step: '0.250', priceMinor: 990_000 });
    await fx.stock(seller, wh.id, stocked.id, '12.500');
    const other = await ctx.make.seller();
    const empty = await fx.offer(other, card.id, { priceMinor: 1_250_000, backorder: true });

    const near = `${MOSCOW.lat},${MOSCOW.lon}`;
    const res = await page(card.id, `?near=${near}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    // Nothing at run time checks the statement's JSON against the documented schema: this does,
    // and the equality below that no key is added.
    productPage.parse(res.json());
    const { offers, ...rest } = res.json() as z.infer<typeof productPage>;
    expect(rest).toEqual({ ...card, packSize: '2.5', weightKg: '1500.25', volumeM3: '0.035' });
    expect(offers).toEqual([
      {
        id: stocked.id,
        sellerId: seller.id,
        sellerName: expect.any(String),
        priceMinor: 990_000,
        vatRate: '22',
        minQty: '0.5',
        step: '0.25',
        backorder: false,
        inStock: true,
        stock: [
          {
            warehouseId: wh.id,
            name: wh.name,
            code: wh.code,
            address: wh.address,
            pickup: true,
            lat: SPB.lat,
            lon: SPB.lon,
            available: '12.5',
            distanceKm: offers[0]!.stock[0]!.distanceKm,
          },
        ],
      },
      {
        id: empty.id,
        sellerId: other.id,
        sellerName: expect.any(String),
        priceMinor: 1_250_000,
        vatRate: '22',
        minQty: '1',
        step: '1',
        backorder: true,
        inStock: false,
        stock: [],
      },
    ]);
    // The great circle on the same sphere as the rest of the API, to 0.1 km.
    expect(Math.abs(offers[0]!.stock[0]!.distanceKm! - haversineKm(MOSCOW, SPB))).toBeLessThanOrEqual(0.05 + 1e-9);
    // Reserved units are not available.
    await ctx.database.db.execute(sql`update catalog.stock set reserved = 12.5 where offer_id = ${stocked.id}::uuid`);
    const [after] = (await page(card.id)).json().offers as PageOffer[];
    expect(after).toMatchObject({ inStock: false, stock: [{ available: '0', distanceKm: null }] });
  });

  it('answers 404 for an unknown id and 400 naming id or near for malformed ones', async () => {
    expectProblem(await page(randomUUID()), 404, 'CATALOG.PRODUCT_NOT_FOUND');
    expect(errorPaths(await page('not-a-uuid'))).toEqual(['id']);
    const product = await fx.product(seller);
    for (const near of ['moscow', '55.75', '91,37.62', '55.75,181', '55.75;37.62', '']) {
      expect(errorPaths(await page(product.id, `?near=${encodeURIComponent(near)}`)), near).toEqual(['near']);
    }
  });
});

describe('seller status in the catalog', () => {
  const catalogStatus = async (id: string) => {
    const rows = await queryRows<{ status: string; name: string }>(
      ctx.database.db,
      sql`select status, name from catalog.sellers where id = ${id}::uuid`,
    );
    return rows[0];
  };

  it('follows registration, approval, suspension and reinstatement', async () => {
    const email = ctx.make.email('seller');
    const fresh = await ctx.make.register({
      email,
      password: TEST_PASSWORD,
      name: 'Иван',
      role: 'seller',
      company: { name: 'ООО «Стройбаза»', inn: '7812640575' },
    });
    expect(await catalogStatus(fresh.id)).toEqual({ status: 'pending', name: 'ООО «Стройбаза»' });
    const product = await fx.product(seller);
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `${CATALOG}/offers`,
        token: fresh.accessToken,
        payload: { productId: product.id, priceMinor: 1000, vatRate: '22' },
      }),
      403,
      'CATALOG.SELLER_NOT_APPROVED',
    );

    expect((await adminPost(`${fresh.id}/approve`, {})).statusCode).toBe(200);
    expect((await catalogStatus(fresh.id))?.status).toBe('approved');
    const warehouse = await fx.warehouse(fresh);
    const offer = await fx.offer(fresh, product.id, { priceMinor: 990 });
    await fx.stock(fresh, warehouse.id, offer.id, 3);
    expect((await offersOn(product.id)).map((o) => o.id)).toEqual([offer.id]);
    expect(await fx.listing(product.id)).toEqual({ offerCount: 1, inStock: true, minPriceMinor: 990 });

    expect((await adminPost(`${fresh.id}/suspend`, { reason: 'жалобы покупателей' })).statusCode).toBe(200);
    expect((await catalogStatus(fresh.id))?.status).toBe('suspended');
    expect(await offersOn(product.id)).toEqual([]);
    expect(await fx.listing(product.id)).toEqual({ offerCount: 0, inStock: false, minPriceMinor: null });

    expect((await adminPost(`${fresh.id}/reinstate`, {})).statusCode).toBe(200);
    expect((await catalogStatus(fresh.id))?.status).toBe('approved');
    expect((await offersOn(product.id)).map((o) => o.id)).toEqual([offer.id]);
    expect(await fx.listing(product.id)).toEqual({ offerCount: 1, inStock: true, minPriceMinor: 990 });
    // Suspension ended its sessions; after logging in again it sells as before.
    const again = await ctx.make.login(email, TEST_PASSWORD);
    const res = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${offer.id}`,
      token: again.accessToken,
      payload: { priceMinor: 950 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await fx.listing(product.id)).toMatchObject({ minPriceMinor: 950 });
  });
});
