/**
 * Facets counted ahead (migration 0023): a search without text, `near`, seller or price bounds
 * reads them, and answers exactly what counting the matching products would — before the
 * refresh (stale categories counted from the listing) and after it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, CatalogFixtures, type CategoryJson } from '../../../../test/fixtures/catalog.js';
import { queryRows } from '../../../shared/db/database.js';
import { search } from './search-fixture.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let seller: Account;
let parent: CategoryJson;
let bricks: CategoryJson;
let blocks: CategoryJson;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  seller = await ctx.make.seller();
  parent = await fx.category();
  bricks = await fx.category({ parentId: parent.id });
  blocks = await fx.category({ parentId: parent.id });
});
afterAll(() => ctx.close());

const stale = async () =>
  (
    await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(distinct category_path)::int as n from catalog.listing_facets_stale`,
    )
  )[0]!.n;

/** The searches whose facets may be counted ahead. */
const FACETED: Record<string, string | string[]>[] = [
  {},
  { inStock: 'true' },
  { category: '' },
  { category: '', inStock: 'true' },
  { category: '', 'attr.format': '1НФ' },
  { category: '', 'attr.format': ['1НФ', '1.4НФ'], 'attr.strength': 'М150' },
  { sort: 'price_asc' },
];

/**
 * Each faceted search answers the same total and facets as the same search with a price bound
 * that excludes nothing (a price bound always counts the matching set itself): first as it finds
 * things, then once what those searches asked to render is rendered (migration 0026), with
 * another page size, so no cached answer stands in for the rendered one.
 */
async function expectFacetsAsCounted(category: CategoryJson): Promise<void> {
  for (const limit of [20, 19]) {
    if (limit === 19) await ctx.app.modules.catalog.searchSettled();
    for (const raw of FACETED) {
      const params = { ...raw, limit, ...(raw.category !== undefined ? { category: category.id } : {}) };
      const ahead = await search(ctx, params);
      const counted = await search(ctx, { ...params, priceMin: 0 });
      const label = JSON.stringify(params);
      expect(ahead.total, label).toBe(counted.total);
      expect(ahead.facets, label).toEqual(counted.facets);
      expect(
        ahead.items.map((i) => i.id),
        label,
      ).toEqual(counted.items.map((i) => i.id));
    }
  }
}

const rendered = async () =>
  (
    await queryRows<{ scope: string }>(ctx.database.db, sql`select scope from catalog.facets_rendered order by scope`)
  ).map((r) => r.scope);

describe('facets counted ahead', () => {
  it('answer what counting would, before and after the refresh, through every kind of change', async () => {
    const made = [];
    for (const [i, [format, strength]] of [
      ['1НФ', 'М150'],
      ['1НФ', 'М150'],
      ['1.4НФ', 'М150'],
      ['1НФ', 'М175'],
      ['2.1НФ', 'М100'],
    ].entries()) {
      made.push(
        await fx.listed(seller, {
          onHand: String(i + 1),
          product: { categoryId: i < 4 ? bricks.id : blocks.id, attributes: { format, strength } },
          offer: { priceMinor: 1000 + 100 * i },
        }),
      );
    }
    // Sold to order: visible though out of stock.
    await fx.listed(seller, {
      onHand: '0',
      product: { categoryId: bricks.id, attributes: { format: '1НФ', strength: 'М150' } },
      offer: { priceMinor: 1900, backorder: true },
    });
    expect(await stale()).toBeGreaterThan(0);
    await expectFacetsAsCounted(bricks);

    expect(await ctx.app.modules.catalog.refreshFacets()).toBeGreaterThan(0);
    expect(await stale()).toBe(0);
    await expectFacetsAsCounted(bricks);
    await expectFacetsAsCounted(parent);

    // A price change moves the range; the last unit gone flips availability; a paused offer hides
    // the product; a changed attribute moves it to another group.
    const patchOffer = (id: string, payload: object) =>
      ctx.request({ method: 'PATCH', url: `${CATALOG}/offers/${id}`, token: seller.accessToken, payload });
    expect((await patchOffer(made[0]!.offer.id, { priceMinor: 5000 })).statusCode).toBe(200);
    await fx.stock(seller, made[1]!.warehouse.id, made[1]!.offer.id, 0);
    expect((await patchOffer(made[2]!.offer.id, { status: 'paused' })).statusCode).toBe(200);
    const patched = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/products/${made[3]!.product.id}`,
      token: seller.accessToken,
      payload: { attributes: { format: '1.4НФ', strength: 'М150' } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await stale()).toBe(1);
    await expectFacetsAsCounted(bricks);
    await expectFacetsAsCounted(parent);

    await ctx.app.modules.catalog.refreshFacets();
    await expectFacetsAsCounted(bricks);
    await expectFacetsAsCounted(parent);
    // The counted rows are the listing's own grouping.
    const [diff] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from (
            (select category_path, attributes, in_stock, n, lo, hi from catalog.listing_facets
             except all
             select category_path, attributes, in_stock, count(*)::int, min(min_price_minor), max(min_price_minor)
             from catalog.product_listing where offer_count > 0 group by 1, 2, 3)
            union all
            (select category_path, attributes, in_stock, count(*)::int, min(min_price_minor), max(min_price_minor)
             from catalog.product_listing where offer_count > 0 group by 1, 2, 3
             except all
             select category_path, attributes, in_stock, n, lo, hi from catalog.listing_facets)
          ) d`,
    );
    expect(diff!.n).toBe(0);
  });

  it('are not marked by a reservation that leaves the product in stock, nor by popularity', async () => {
    const { product, warehouse, offer } = await fx.listed(seller, { onHand: '10', product: { categoryId: blocks.id } });
    await ctx.app.modules.catalog.refreshFacets();
    await fx.stock(seller, warehouse.id, offer.id, 7);
    await ctx.database.db.execute(
      sql`update catalog.product_listing set popularity = popularity + 1 where product_id = ${product.id}::uuid`,
    );
    expect(await stale()).toBe(0);
  });
});

describe('facets rendered ahead', () => {
  it('are what a page reads, dropped when a mark in their subtree is taken and when a category changes', async () => {
    const { product, warehouse, offer } = await fx.listed(seller, { onHand: '4', product: { categoryId: blocks.id } });
    await ctx.app.modules.catalog.refreshFacets();
    await expectFacetsAsCounted(blocks);
    const scopes = await rendered();
    expect(scopes).toEqual(expect.arrayContaining([`all ${blocks.path}`, `in-stock ${blocks.path}`, 'all /']));

    // Read as they are: a count put wrong shows (a page size not asked before, so not cached).
    await ctx.database.db.execute(sql`update catalog.facets_rendered set total = total + 1000`);
    const counted = (await search(ctx, { category: blocks.id, priceMin: 0 })).total;
    expect((await search(ctx, { category: blocks.id, limit: 17 })).total).toBe(counted + 1000);

    // A write in the subtree (the last unit gone hides the product) marks it: the row stands aside
    // at once, and its refresh drops it; a write elsewhere (the bricks) leaves the blocks' row.
    await fx.stock(seller, warehouse.id, offer.id, 0);
    expect((await search(ctx, { category: blocks.id, limit: 16 })).total).toBe(counted - 1);
    await ctx.app.modules.catalog.refreshFacets();
    expect(await rendered()).not.toContain(`all ${blocks.path}`);
    expect(await rendered()).not.toContain('all /');
    await expectFacetsAsCounted(blocks);
    expect(await rendered()).toContain(`all ${blocks.path}`);
    await fx.listed(seller, { product: { categoryId: bricks.id } });
    await ctx.app.modules.catalog.refreshFacets();
    expect(await rendered()).toContain(`all ${blocks.path}`);
    expect(await rendered()).not.toContain('all /');

    // A renamed category is in the rendered answers above it: every row goes.
    const admin = await ctx.make.admin();
    const renamed = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/categories/${blocks.id}`,
      token: admin.accessToken,
      payload: { name: 'Блоки стеновые' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await rendered()).toEqual([]);
    const body = await search(ctx, { category: parent.id, limit: 15 });
    expect(body.facets.categories.find((c) => c.id === blocks.id)?.name).toBe('Блоки стеновые');
    expect(product.categoryId).toBe(blocks.id);
  });
});

describe('an attribute facet', () => {
  it('lists the 50 most frequent values of a name, ties by value, each with its exact count', async () => {
    const shades = await fx.category({ parentId: parent.id });
    const warehouse = await fx.warehouse(seller);
    // «a» on 3 cards, «b» on 2, and 50 values on one card each: 52 values, 55 cards.
    const values = ['a', 'a', 'a', 'b', 'b', ...Array.from({ length: 50 }, (_, i) => `v${String(i).padStart(2, '0')}`)];
    for (const shade of values) {
      const product = await fx.product(seller, { categoryId: shades.id, attributes: { shade } });
      const offer = await fx.offer(seller, product.id);
      await fx.stock(seller, warehouse.id, offer.id, 1);
    }
    const expected = [
      { value: 'a', count: 3 },
      { value: 'b', count: 2 },
      ...Array.from({ length: 48 }, (_, i) => ({ value: `v${String(i).padStart(2, '0')}`, count: 1 })),
    ];
    // Counted from the listing while the category is marked, and from the facets counted ahead.
    for (const refreshed of [false, true]) {
      if (refreshed) await ctx.app.modules.catalog.refreshFacets();
      const body = await search(ctx, { category: shades.id });
      expect(body.total).toBe(55);
      expect(body.facets.attributes.shade, `refreshed: ${refreshed}`).toEqual(expected);
    }
  });
});
