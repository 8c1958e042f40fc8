/**
 * `near` facets counted per set of nearby warehouses (migration 0025, search.near.ts): a search
 * that reads them — and, sorted by distance, walks the nearest warehouses for its page — answers
 * exactly what counting every product near answers: before its set is counted and after, with
 * a category marked stale, after the refresh, and page by page.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { CatalogFixtures, MOSCOW } from '../../../../test/fixtures/catalog.js';
import { queryRows } from '../../../shared/db/database.js';
import { allPages, buildSearchWorld, search, type SearchWorld } from './search-fixture.js';

let ctx: TestContext;
let w: SearchWorld;
let fx: CatalogFixtures;
let twin: string;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildSearchWorld(ctx);
  fx = new CatalogFixtures(ctx);
  // Beta's warehouse exactly where Alpha's Moscow one is: as near as it from the centre, so each
  // product in both shows the cheaper of the two (the cement: Beta's; the M150 brick: Alpha's).
  twin = (await fx.warehouse(w.sellers.b, { name: 'Бета Москва', ...MOSCOW })).id;
  await fx.stock(w.sellers.b, twin, w.offers.cement500!.b!, '40');
  const brick = await fx.offer(w.sellers.b, w.id.brickM150!, { priceMinor: 1900 });
  await fx.stock(w.sellers.b, twin, brick.id, '40');
  await ctx.app.modules.catalog.refreshFacets();
});
afterAll(() => ctx?.close());

const near = `${MOSCOW.lat},${MOSCOW.lon}`;

/** The `near` searches a set's facets may serve, from two radii (Tula is in only the wider one). */
function searches(): Record<string, string | number | string[]>[] {
  const kirpich = w.categories.kirpich!.id;
  const out: Record<string, string | number | string[]>[] = [];
  for (const radiusKm of [50, 300]) {
    out.push(
      { near, radiusKm, sort: 'distance' },
      { near, radiusKm },
      { near, radiusKm, sort: 'price_asc' },
      { near, radiusKm, sort: 'price_desc' },
      { near, radiusKm, category: kirpich },
      { near, radiusKm, category: kirpich, sort: 'distance' },
      { near, radiusKm, category: kirpich, sort: 'price_asc' },
      { near, radiusKm, category: kirpich, sort: 'price_desc' },
      { near, radiusKm, category: w.categories['kirpich-ryadovoj']!.id, inStock: 'true', sort: 'distance' },
      { near, radiusKm, 'attr.format': '1НФ', sort: 'distance' },
      { near, radiusKm, inStock: 'true', sort: 'distance' },
    );
  }
  return out;
}

/** A page size per round of searches, so no answer cached in an earlier round (search.cache.ts) answers. */
let pageSize = 20;

/**
 * Each search answers, body for body, what the same search with a price bound that excludes
 * nothing answers: a price bound always counts every product near itself. First, what earlier
 * searches asked the primary to count or render is done, so each round reads what the last left.
 */
async function expectAsCounted(): Promise<void> {
  await ctx.app.modules.catalog.searchSettled();
  const limit = pageSize--;
  for (const params of searches()) {
    const label = JSON.stringify({ ...params, limit });
    const counted = await search(ctx, { ...params, limit });
    const full = await search(ctx, { ...params, limit, priceMin: 0 });
    expect(counted, label).toEqual(full);
  }
}

const rendered = async () =>
  (
    await queryRows<{ scope: string }>(
      ctx.database.db,
      sql`select scope from catalog.facets_rendered where scope like '%near%' order by scope`,
    )
  ).map((r) => r.scope);

const sets = async () =>
  (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from catalog.near_facet_sets`))[0]!.n;
const stale = async () =>
  (
    await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(distinct category_path)::int as n from catalog.listing_facets_stale`,
    )
  )[0]!.n;

describe('near facets counted per set of warehouses', () => {
  it('the first searches from a set count it, the next render near alone; each answer is what counting answers', async () => {
    expect(await sets()).toBe(0);
    await expectAsCounted();
    await ctx.app.modules.catalog.searchSettled();
    // Two radii, each with its cheapest-first and its nearest-first set.
    expect(await sets()).toBe(4);
    await expectAsCounted();
    await ctx.app.modules.catalog.searchSettled();
    // Near alone per radius: by price or popularity (cheapest first), by distance, and by distance
    // in stock only.
    expect(await rendered()).toHaveLength(6);
    await expectAsCounted();

    // Equal distance: each product shows the cheaper of the two warehouses at the same place.
    const byDistance = await search(ctx, { near, radiusKm: 50, sort: 'distance' });
    const offerOf = (key: string) => byDistance.items.find((i) => i.id === w.id[key])!;
    expect(offerOf('cement500').nearestWarehouse!.id).toBe(twin);
    expect(offerOf('cement500').bestOffer.priceMinor).toBe(49_900);
    expect(offerOf('brickM150').nearestWarehouse!.id).toBe(w.warehouses.aMoscow);
    expect(offerOf('brickM150').bestOffer.priceMinor).toBe(1800);
  });

  it('reads the counted rows: counts put wrong show, until a change marks the category and the refresh recounts it', async () => {
    await expectAsCounted();
    // Without the rendered rows, a search near alone counts from the set's rows.
    await ctx.database.db.execute(sql`delete from catalog.facets_rendered`);
    await ctx.database.db.execute(sql`update catalog.near_facets set n = n + 1000`);
    const params = { near, radiusKm: 50, sort: 'distance', limit: pageSize-- };
    const wrong = await search(ctx, params);
    const right = await search(ctx, { ...params, priceMin: 0 });
    expect(wrong.total).toBeGreaterThanOrEqual(right.total + 1000);
    // Rendered from them, and read as rendered.
    await ctx.app.modules.catalog.searchSettled();
    expect(await rendered()).not.toEqual([]);
    expect((await search(ctx, { ...params, limit: pageSize-- })).total).toBe(wrong.total);

    await ctx.database.db.execute(
      sql`insert into catalog.listing_facets_stale (category_path) select distinct category_path from catalog.near_facets`,
    );
    await expectAsCounted();
    await ctx.app.modules.catalog.searchSettled();
    expect(await ctx.app.modules.catalog.refreshFacets()).toBeGreaterThan(0);
    expect(await stale()).toBe(0);
    expect(await rendered()).toEqual([]);
    await expectAsCounted();
  });

  it('stock that runs out in one warehouse marks its category: right before the refresh and after', async () => {
    // The cement leaves Beta's Moscow warehouse: Alpha's, as near and dearer, shows it now.
    await ctx.database.db.transaction((tx) =>
      ctx.app.modules.catalog.stock.reserve(tx, [
        { offerId: w.offers.cement500!.b!, warehouseId: twin, quantity: '40' },
      ]),
    );
    expect(await stale()).toBeGreaterThan(0);
    await expectAsCounted();
    const shown = (await search(ctx, { near, radiusKm: 50, sort: 'distance' })).items.find(
      (i) => i.id === w.id.cement500,
    );
    expect(shown!.bestOffer.priceMinor).toBe(52_000);
    await ctx.app.modules.catalog.refreshFacets();
    expect(await stale()).toBe(0);
    await expectAsCounted();
  });

  it('page by page, the walks through the nearby warehouses give the very pages counting gives', async () => {
    const kirpich = { category: w.categories.kirpich!.id };
    for (const radiusKm of [50, 300]) {
      for (const sort of ['distance', 'popular', 'price_asc', 'price_desc']) {
        for (const filter of [{}, kirpich]) {
          // Two bricks are within 50 km: a page each.
          const limit = filter === kirpich ? 1 : 2;
          const params = { near, radiusKm, sort, limit, ...filter };
          const walked = await allPages(ctx, params);
          const counted = await allPages(ctx, { ...params, priceMin: 0 });
          expect(walked.length).toBeGreaterThan(limit);
          expect(walked, JSON.stringify(params)).toEqual(counted);
        }
      }
    }
  });

  it('a card moved to another category is walked in its new category, not in its old one', async () => {
    const admin = await ctx.make.admin();
    const [from, to] = [w.categories['kirpich-ryadovoj']!.id, w.categories.instrument!.id];
    const ids = async (category: string) => {
      const params = { near, radiusKm: 50, category, sort: 'distance', limit: pageSize-- };
      const walked = await search(ctx, params);
      expect(walked, JSON.stringify(params)).toEqual(await search(ctx, { ...params, priceMin: 0 }));
      return walked.items.map((i) => i.id);
    };
    await ctx.app.modules.catalog.searchSettled();
    expect(await ids(from)).toContain(w.id.brickM150);
    const moved = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/catalog/products/${w.id.brickM150}`,
      token: admin.accessToken,
      payload: { categoryId: to },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await ctx.app.modules.catalog.refreshFacets();
    await ctx.app.modules.catalog.searchSettled();
    expect(await ids(from)).not.toContain(w.id.brickM150);
    expect(await ids(to)).toContain(w.id.brickM150);
  });

  it('keeps the newest 64 sets', async () => {
    const one = `{${w.warehouses.aMoscow}}`;
    for (let i = 0; i < 70; i++) {
      await ctx.database.db.execute(
        sql`select catalog.add_near_facet_set(${`test-${String(i).padStart(2, '0')}`}, ${one}::uuid[], null)`,
      );
    }
    expect(await sets()).toBe(64);
    const [newest] = await queryRows<{ key: string }>(
      ctx.database.db,
      sql`select key from catalog.near_facet_sets order by created_at desc, key desc limit 1`,
    );
    expect(newest!.key).toBe('test-69');
    // Asked again for a set it has, it adds nothing.
    const [again] = await queryRows<{ added: boolean }>(
      ctx.database.db,
      sql`select catalog.add_near_facet_set('test-69', ${one}::uuid[], null) as added`,
    );
    expect(again!.added).toBe(false);
  });
});
