/** GET /api/v1/catalog/products: text, typos, codes, filters and facets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { errorPaths } from '../../../../test/assertions.js';
import { CATALOG, CatalogFixtures, MOSCOW } from '../../../../test/fixtures/catalog.js';
import {
  buildSearchWorld,
  CEMENT_EAN,
  CEMENT_SKU,
  expectFacetsMatchFiltering,
  queryString,
  search,
  VISIBLE_KEYS,
  type SearchBody,
  type SearchWorld,
} from './search-fixture.js';

let ctx: TestContext;
let w: SearchWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildSearchWorld(ctx);
});
afterAll(() => ctx?.close());

const keys = (body: SearchBody) => body.items.map((i) => w.key[i.id]);
const keySet = (body: SearchBody) => new Set(keys(body));
const slug = (key: string) => w.categories[key]!.slug;

describe('text', () => {
  it('stems Russian words: «кирпича» finds every brick and nothing else', async () => {
    const body = await search(ctx, { q: 'кирпича' });
    expect(keySet(body)).toEqual(new Set(['brickM150', 'brickM200', 'brickRed', 'brickYellow', 'tulaOnly']));
    expect(body.total).toBe(5);
  });

  it('searches brand and description too, names first', async () => {
    const body = await search(ctx, { q: 'цемент' });
    // «Штукатурка…» mentions цемент only in its description: it comes after both cements.
    expect(body.total).toBe(3);
    expect(keys(body).slice(0, 2).sort()).toEqual(['cement400', 'cement500']);
    expect(keys(body)[2]).toBe('plaster');
    expect(keys(await search(ctx, { q: 'евроцемент' }))).toEqual(['cement500']);
  });

  it('tolerates typos: «цемнт м500» finds «Цемент М500», «кирпичь» finds bricks', async () => {
    const cement = await search(ctx, { q: 'цемнт м500' });
    expect(keys(cement)).toEqual(['cement500']);
    expect(cement.total).toBe(1);
    expect(keySet(await search(ctx, { q: 'кирпичь' }))).toContain('brickM150');
    expect(keySet(await search(ctx, { q: 'кирпичь облицовчный' }))).toEqual(new Set(['brickRed', 'brickYellow']));
  });

  it('does not turn a short word into an unrelated one: «клей» is not «клеммы»', async () => {
    const body = await search(ctx, { q: 'клей' });
    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
    expect(body.facets).toEqual({ categories: [], attributes: {}, price: { min: null, max: null } });
  });

  it('answers an empty page to a query of stop words or punctuation', async () => {
    for (const q of ['и', '!!!', '"']) expect((await search(ctx, { q })).total, q).toBe(0);
  });

  it('finds a product by exact SKU (any case) and by EAN, first', async () => {
    for (const q of [CEMENT_SKU, CEMENT_SKU.toLowerCase(), CEMENT_EAN]) {
      const body = await search(ctx, { q });
      expect(keys(body)[0], q).toBe('cement500');
    }
  });
});

describe('an item', () => {
  it('is the card with the lowest visible offer, the offer count and no warehouse without near', async () => {
    const body = await search(ctx, { q: CEMENT_SKU });
    const item = body.items[0]!;
    expect(item).toMatchObject({
      id: w.id.cement500,
      sku: CEMENT_SKU,
      ean: CEMENT_EAN,
      name: 'Цемент М500 Д0 50 кг',
      brand: 'Евроцемент',
      categoryId: w.categories.cement!.id,
      unit: 'шт',
      packSize: '1',
      attributes: { strength: 'М500', bag_kg: '50' },
      images: [],
      offerCount: 2,
      nearestWarehouse: null,
      bestOffer: {
        id: w.offers.cement500!.b,
        sellerId: w.sellers.b.id,
        sellerName: 'ООО «Бета»',
        priceMinor: 49900,
        vatRate: '22',
        inStock: true,
      },
    });
  });

  it('shows a backorder offer without stock as not in stock', async () => {
    const body = await search(ctx, { q: 'жёлтый' });
    expect(body.items[0]!.bestOffer).toMatchObject({ priceMinor: 3100, inStock: false });
  });
});

describe('filters', () => {
  it('category by slug or id includes its subtree; an unknown one is a 400 naming category', async () => {
    const bySlug = await search(ctx, { category: slug('kirpich') });
    const byId = await search(ctx, { category: w.categories.kirpich!.id });
    expect(keySet(bySlug)).toEqual(new Set(['brickM150', 'brickM200', 'brickRed', 'brickYellow', 'tulaOnly']));
    expect(keySet(byId)).toEqual(keySet(bySlug));
    expect(keySet(await search(ctx, { category: slug('kirpich-oblicovochnyj') }))).toEqual(
      new Set(['brickRed', 'brickYellow']),
    );
    for (const category of ['no-such-category', '00000000-0000-4000-8000-000000000000']) {
      const res = await ctx.request({ method: 'GET', url: `${CATALOG}/products?category=${category}` });
      expect(errorPaths(res)).toEqual(['category']);
    }
  });

  it('priceMin and priceMax bound the best price', async () => {
    const body = await search(ctx, { priceMin: 2000, priceMax: 5000 });
    expect(keySet(body)).toEqual(new Set(['brickM200', 'brickRed', 'brickYellow']));
    expect(keySet(await search(ctx, { priceMin: 49900, priceMax: 49900 }))).toEqual(new Set(['cement500']));
  });

  it('attr: one value, several values of one name (any), several names (all)', async () => {
    expect(keys(await search(ctx, { 'attr.strength': 'М500' }))).toEqual(['cement500']);
    expect(keySet(await search(ctx, { 'attr.strength': ['М500', 'М400'] }))).toEqual(
      new Set(['cement500', 'cement400']),
    );
    expect(keys(await search(ctx, { 'attr.format': '1НФ', 'attr.color': 'красный' }))).toEqual(['brickRed']);
    expect((await search(ctx, { 'attr.strength': 'М999' })).total).toBe(0);
  });

  it('sellerId: products that seller offers visibly, with its own offer as the best one', async () => {
    const a = await search(ctx, { sellerId: w.sellers.a.id, limit: 100 });
    expect(keySet(a)).toEqual(new Set(['cement500', 'cement400', 'brickM150', 'brickRed', 'clamps']));
    for (const item of a.items) expect(item.bestOffer.sellerId).toBe(w.sellers.a.id);
    const brick = a.items.find((i) => w.key[i.id] === 'brickM150')!;
    expect(brick.bestOffer.priceMinor).toBe(1800); // not seller C's 1 700
    // Its price filter reads that seller's price too.
    expect(keySet(await search(ctx, { priceMax: 1750 }))).toContain('brickM150');
    expect(keySet(await search(ctx, { priceMax: 1750, sellerId: w.sellers.a.id }))).not.toContain('brickM150');
  });

  it('inStock=true leaves out what is only on backorder', async () => {
    const body = await search(ctx, { inStock: 'true', limit: 100 });
    expect(keySet(body)).toEqual(new Set(VISIBLE_KEYS.filter((k) => k !== 'brickYellow')));
    expect((await search(ctx, { inStock: 'false' })).total).toBe(VISIBLE_KEYS.length);
  });

  it('near: products in stock within the radius, each with its nearest warehouse', async () => {
    const near = `${MOSCOW.lat},${MOSCOW.lon}`;
    const body = await search(ctx, { near, limit: 100 });
    expect(keySet(body)).toEqual(new Set(['cement500', 'plaster', 'brickM150', 'brickM200', 'clamps', 'hammer']));
    // Cement is cheaper from b (Видное) than from a (Москва, 0 km): shown is b's price with b's warehouse.
    const cement = body.items.find((i) => w.key[i.id] === 'cement500')!;
    expect(cement.bestOffer.sellerId).toBe(w.sellers.b.id);
    expect(cement.nearestWarehouse).toMatchObject({ id: w.warehouses.bVidnoe, sellerId: w.sellers.b.id });
    for (const item of body.items) expect(item.nearestWarehouse!.sellerId).toBe(item.bestOffer.sellerId);
    // Sorted by distance, the nearest offer is shown, with its own price.
    const byDistance = await search(ctx, { near, sort: 'distance', limit: 100 });
    expect(byDistance.items.find((i) => w.key[i.id] === 'cement500')).toMatchObject({
      bestOffer: { sellerId: w.sellers.a.id },
      nearestWarehouse: { id: w.warehouses.aMoscow, name: 'Альфа Москва', sellerId: w.sellers.a.id, distanceKm: 0 },
    });
    const plaster = body.items.find((i) => w.key[i.id] === 'plaster')!;
    expect(plaster.nearestWarehouse).toMatchObject({ id: w.warehouses.bVidnoe, sellerId: w.sellers.b.id });
    expect(plaster.nearestWarehouse!.distanceKm).toBeGreaterThan(20);
    expect(plaster.nearestWarehouse!.distanceKm).toBeLessThan(26);
    expect(keySet(await search(ctx, { near, radiusKm: 10 }))).toEqual(new Set(['cement500', 'brickM150', 'clamps']));
    // Tula is about 173 km away.
    expect(keySet(await search(ctx, { near, radiusKm: 200, limit: 100 }))).toContain('tulaOnly');
    // Nowhere near a warehouse: nothing, and empty facets.
    expect(await search(ctx, { near: '0,0', radiusKm: 1000 })).toMatchObject({ total: 0, items: [] });
    // With a seller: only its warehouses count.
    const b = await search(ctx, { near, sellerId: w.sellers.b.id, limit: 100 });
    for (const item of b.items) expect(item.nearestWarehouse!.id).toBe(w.warehouses.bVidnoe);
    expect(keySet(b)).toEqual(new Set(['cement500', 'plaster', 'brickM200', 'hammer']));
  });

  it('near gives the same answer however many warehouses are in range', async () => {
    // Narrowed by category, so each matching product's distance is looked up on its own.
    const params = { near: `${MOSCOW.lat},${MOSCOW.lon}`, sort: 'distance', category: slug('cement-i-smesi') };
    const before = await search(ctx, params);
    expect(before.items.map((i) => i.nearestWarehouse!.distanceKm)).toEqual([0, expect.any(Number)]);
    // Many empty warehouses in range: the answer is found from where the products are.
    const f = new CatalogFixtures(ctx);
    for (let i = 0; i < 20; i++) {
      await f.warehouse(w.sellers.a, { name: `Пустой склад ${i}`, lat: MOSCOW.lat + 0.01 * (i + 1), lon: MOSCOW.lon });
    }
    const after = await search(ctx, params);
    expect(after.items).toEqual(before.items);
    expect(after.facets).toEqual(before.facets);
  });

  it('combines text and filters', async () => {
    const body = await search(ctx, { q: 'кирпич', 'attr.format': '1НФ', priceMax: 3000 });
    expect(keySet(body)).toEqual(new Set(['brickM150', 'tulaOnly']));
  });
});

describe('facets', () => {
  it('cover the whole matching set, and each count is what filtering by it returns', async () => {
    const body = await expectFacetsMatchFiltering(ctx, {});
    expect(body.total).toBe(VISIBLE_KEYS.length);
    const count = (key: string) => body.facets.categories.find((c) => c.id === w.categories[key]!.id)?.count;
    expect(count('kirpich')).toBe(5);
    expect(count('kirpich-ryadovoj')).toBe(3);
    expect(count('cement-i-smesi')).toBe(3);
    expect(count('instrument')).toBe(2);
    expect(body.facets.attributes.strength).toEqual([
      { value: 'М150', count: 2 },
      { value: 'М200', count: 1 },
      { value: 'М400', count: 1 },
      { value: 'М500', count: 1 },
    ]);
    expect(body.facets.price).toEqual({ min: 1200, max: 69000 });
  });

  it('stay within the filter category and follow every other filter', async () => {
    const body = await expectFacetsMatchFiltering(ctx, { category: slug('kirpich'), 'attr.format': '1НФ' });
    expect(body.facets.categories.map((c) => c.slug).sort()).toEqual(
      [slug('kirpich'), slug('kirpich-oblicovochnyj'), slug('kirpich-ryadovoj')].sort(),
    );
    await expectFacetsMatchFiltering(ctx, { q: 'цемент', inStock: 'true' });
    await expectFacetsMatchFiltering(ctx, { near: `${MOSCOW.lat},${MOSCOW.lon}`, priceMax: 50000 });
  });
});

describe('bad parameters', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['priceMin=-1', 'priceMin'],
    ['priceMin=12.5', 'priceMin'],
    ['priceMax=abc', 'priceMax'],
    ['priceMin=500&priceMax=100', 'priceMin'],
    ['sort=cheapest', 'sort'],
    ['sort=distance', 'sort'],
    ['radiusKm=10', 'radiusKm'],
    ['near=55.75,37.62&radiusKm=0', 'radiusKm'],
    ['near=55.75,37.62&radiusKm=5000', 'radiusKm'],
    ['near=moscow', 'near'],
    ['near=95,37.62', 'near'],
    ['inStock=yes', 'inStock'],
    ['sellerId=42', 'sellerId'],
    ['attr.Strength=М500', 'attr.Strength'],
    [`attr.strength=${'x'.repeat(201)}`, 'attr.strength'],
    ['price=100', 'price'],
    ['cursor=garbage', 'cursor'],
    [`q=${'ц'.repeat(201)}`, 'q'],
  ])('%s → 400 naming %s', async (qs, path) => {
    const res = await ctx.request({ method: 'GET', url: `${CATALOG}/products?${encodeURI(qs)}` });
    expect(res.json().code).toBe('VALIDATION');
    expect(errorPaths(res)).toEqual([path]);
  });

  it('a cursor issued for another sort order is refused', async () => {
    const page = await search(ctx, { sort: 'price_asc', limit: 2 });
    expect(page.nextCursor).not.toBeNull();
    const res = await ctx.request({
      method: 'GET',
      url: `${CATALOG}/products?${queryString({ sort: 'price_desc', limit: 2, cursor: page.nextCursor! })}`,
    });
    expect(errorPaths(res)).toEqual(['cursor']);
  });
});
