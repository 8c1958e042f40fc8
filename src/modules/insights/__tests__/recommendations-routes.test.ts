/**
 * Bought-together and for-me over hand-made sold lines of real catalog products: the lift of a
 * pair by hand, the minimum support, out-of-stock partners left out, the cold start's category
 * ladder, for-me without what was just bought or is in the cart, roles and bad input.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { ORDERS } from '../../../../test/fixtures/orders.js';
import { rebuildRecommendations } from '../recommendations/aggregate.js';
import { insertSoldOrder, recommendationApi } from './recommendations-fixture.js';

const BASE = '/api/v1/insights/recommendations';
const DAY = 86_400_000;
type Item = { product: { id: string; name: string }; score: number; reason: Record<string, unknown> };

let ctx: TestContext;
let api: Awaited<ReturnType<typeof recommendationApi>>;
let seller: Account;
let buyer: Account;
const id: Record<string, string> = {};
const offerOf: Record<string, string> = {};
const names = () => Object.fromEntries(Object.entries(id).map(([k, v]) => [v, k]));
const keys = (items: Item[]) => items.map((i) => names()[i.product.id] ?? i.product.id);

beforeAll(async () => {
  ctx = await createTestContext();
  api = await recommendationApi(ctx);
  const fx = new CatalogFixtures(ctx);
  seller = await ctx.make.seller();
  buyer = await ctx.make.customer();
  const parent = await fx.category();
  const mixes = await fx.category({ parentId: parent.id });
  const bulk = await fx.category({ parentId: parent.id });
  const warehouse = await fx.warehouse(seller);
  const make = async (key: string, categoryId: string, onHand: string) => {
    const product = await fx.product(seller, { categoryId, name: `Товар ${key}` });
    const offer = await fx.offer(seller, product.id);
    await fx.stock(seller, warehouse.id, offer.id, onHand);
    id[key] = product.id;
    offerOf[key] = offer.id;
  };
  for (const key of ['cement', 'sand', 'mesh', 'lonely']) await make(key, mixes.id, '100');
  await make('glue', mixes.id, '0');
  for (const key of ['brick', 'gravel']) await make(key, bulk.id, '100');

  const path = (p: string) => (['brick', 'gravel'].includes(names()[p]!) ? bulk.path : mixes.path);
  const ago = (days: number) => new Date(ctx.clock.now().getTime() - days * DAY).toISOString();
  const order = (lines: string[], customerId: string = randomUUID(), at = ago(60)) =>
    insertSoldOrder(ctx.database.db, {
      customerId,
      at,
      lines: Object.fromEntries(lines.map((k) => [id[k]!, '1'])),
      categoryOf: path,
    });
  // 13 orders: cement 9, sand 5, both 4; cement+mesh only twice; glue (out of stock) with cement 3 times.
  // ahead: bought cement and sand, then sand and gravel — what the buyer, at the cement-and-sand stage, is shown next.
  const ahead = randomUUID();
  await order(['cement', 'sand'], buyer.id, ago(5));
  await order(['cement', 'sand'], ahead, ago(60));
  for (let i = 0; i < 2; i++) await order(['cement', 'sand']);
  for (let i = 0; i < 2; i++) await order(['cement', 'mesh']);
  for (let i = 0; i < 3; i++) await order(['cement', 'glue']);
  await order(['brick', 'gravel'], buyer.id, ago(40));
  for (let i = 0; i < 2; i++) await order(['brick', 'gravel']);
  await order(['sand', 'gravel'], ahead, ago(20));
  await rebuildRecommendations(ctx.database.db);
});
afterAll(async () => {
  await api?.close();
  await ctx?.close();
});

describe('GET /recommendations/bought-together', () => {
  it('ranks pairs with enough orders by the shrunk lift, with support, lift and confidence computed by hand', async () => {
    const res = await api.get(`${BASE}/bought-together?productId=${id.cement}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.path).toBe('co_occurrence');
    expect(body.product).toMatchObject({ id: id.cement, name: 'Товар cement' });
    const [sand] = body.items as Item[];
    // N = 13, n_cement = 9, n_sand = 5, both = 4: lift 4·13/(9·5) = 1.1556; confidence 4/9; score (4+100)/(45/13+100).
    expect(sand!.product.id).toBe(id.sand);
    expect(sand!.reason).toEqual({
      kind: 'co_occurrence',
      text: 'покупают вместе с «Товар cement»: 4 заказа, lift 1,2',
      basedOn: id.cement,
      support: 4,
      lift: 1.1556,
      confidence: 0.4444,
    });
    expect(sand!.score).toBe(1.0052);
    // mesh (2 orders with cement) is below the minimum support: it comes only as its category's popular product;
    // glue has no stock.
    expect(keys(body.items)).toEqual(['sand', 'mesh', 'gravel', 'brick']);
    expect((body.items as Item[])[1]!.reason).toMatchObject({ kind: 'popular_in_category', support: null });
    expect(keys(body.items)).not.toContain('glue');
  });

  it('answers a product never sold from its category, then the parent category: cold_start', async () => {
    const res = await api.get(`${BASE}/bought-together?productId=${id.lonely}&limit=3&region=moscow`);
    expect(res.statusCode).toBe(200);
    expect(res.json().path).toBe('cold_start');
    expect(keys(res.json().items)).toEqual(['cement', 'sand', 'mesh']);
    expect(res.json().items[0].reason.text).toBe(
      'популярно в той же категории в регионе «Москва и область»: 9 заказов',
    );
  });

  it('is served by the app itself too (insights/index.ts registers the routes)', async () => {
    const res = await ctx.request({ method: 'GET', url: `${BASE}/bought-together?productId=${id.cement}&limit=1` });
    expect(res.statusCode).toBe(200);
    expect(keys(res.json().items)).toEqual(['sand']);
  });

  it('404 for an unknown product, 400 naming the field for bad input', async () => {
    const missing = await api.get(`${BASE}/bought-together?productId=${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('RECOMMENDATION.PRODUCT_NOT_FOUND');
    for (const [query, field] of [
      ['productId=nope', 'productId'],
      ['', 'productId'],
      [`productId=${id.cement}&limit=0`, 'limit'],
      [`productId=${id.cement}&limit=51`, 'limit'],
      [`productId=${id.cement}&limit=x`, 'limit'],
      [`productId=${id.cement}&region=mars`, 'region'],
    ]) {
      const res = await api.get(`${BASE}/bought-together?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(res.json().errors), query).toContain(field);
    }
    const range = await api.get(`${BASE}/bought-together?productId=${id.cement}&limit=51`);
    expect(range.json().errors[0].message).toContain('1 to 50');
  });
});

describe('GET /recommendations/for-me', () => {
  it('shows what customers at the same stage bought next, leaving out what was bought in the last 7 days', async () => {
    const res = await api.get(`${BASE}/for-me?limit=3`, buyer.accessToken);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.path).toBe('history');
    expect(body.region).toBe('moscow');
    // The buyer's stage is cement and sand (5 days ago); ahead bought both, then sand and gravel.
    // 8 customers bought cement or sand, 1 of them gravel after. Sand was just bought; brick and mesh fill in as the region's popular products; glue has no stock.
    expect(keys(body.items)).toEqual(['gravel', 'brick', 'mesh']);
    expect(body.items[0].reason).toMatchObject({
      kind: 'history',
      text: 'покупатели с похожими заказами купили это следом: 1 из 8',
      basedOn: null,
    });
    expect(body.items[1].reason.kind).toBe('popular_in_region');
  });

  it('a new customer with a cart gets the cart’s partners, never what is in it', async () => {
    const fresh = await ctx.make.customer();
    const add = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/cart/items`,
      token: fresh.accessToken,
      payload: { offerId: offerOf.cement, quantity: '1' },
    });
    expect(add.statusCode, add.body).toBe(201);
    const res = await api.get(`${BASE}/for-me?limit=3`, fresh.accessToken);
    expect(res.json().path).toBe('cart');
    expect(keys(res.json().items)[0]).toBe('sand');
    expect(res.json().items[0].reason).toMatchObject({ kind: 'cart', basedOn: id.cement, support: 4 });
    expect(res.json().items[0].reason.text).toContain('из вашей корзины');
    expect(keys(res.json().items)).not.toContain('cement');
    expect(res.json().items).toHaveLength(3);
  });

  it('a saved estimate seeds it too', async () => {
    const planner = await ctx.make.customer();
    await ctx.database.db.execute(sql`
      insert into insights.estimates (customer_id, title, version, request, prices, total_minor, job_count, created_at, updated_at)
      values (${planner.id}, 'Дом', 1, '{}'::jsonb,
              ${JSON.stringify({ 'j0:sand': { offerId: offerOf.sand, priceMinor: 1850 } })}::jsonb, 0, 1, now(), now())`);
    const res = await api.get(`${BASE}/for-me?limit=1`, planner.accessToken);
    expect(res.json().path).toBe('cart');
    expect(keys(res.json().items)).toEqual(['cement']);
    expect(res.json().items[0].reason.text).toContain('из вашей сметы «Дом»');
  });

  it('a customer with nothing gets the popular products of the region: cold_start', async () => {
    const fresh = await ctx.make.customer();
    const res = await api.get(`${BASE}/for-me?limit=5`, fresh.accessToken);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ path: 'cold_start', region: 'moscow' });
    expect(keys(res.json().items)).toEqual(['cement', 'sand', 'gravel', 'brick', 'mesh']);
    expect(res.json().items[0].reason).toMatchObject({ kind: 'popular_in_region', support: null });
    const spb = await api.get(`${BASE}/for-me?limit=1&region=spb`, fresh.accessToken);
    expect(spb.json()).toMatchObject({ path: 'cold_start', region: 'spb' });
    expect(spb.json().items[0].reason.text).toBe('популярно по всем регионам: 9 заказов');
  });

  it('is for customers only: 401 without a token, 403 for a seller; bad limit 400', async () => {
    expect((await api.get(`${BASE}/for-me`)).statusCode).toBe(401);
    expect((await api.get(`${BASE}/for-me`, seller.accessToken)).statusCode).toBe(403);
    const bad = await api.get(`${BASE}/for-me?limit=100`, buyer.accessToken);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('limit');
  });
});
