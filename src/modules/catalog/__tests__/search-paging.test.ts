/** GET /api/v1/catalog/products: sort orders, keyset paging, and what search must never show. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { CATALOG, MOSCOW } from '../../../../test/fixtures/catalog.js';
import {
  allPages,
  buildSearchWorld,
  search,
  VISIBLE_KEYS,
  type SearchItem,
  type SearchWorld,
} from './search-fixture.js';

let ctx: TestContext;
let w: SearchWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildSearchWorld(ctx);
  // Popularity is kept by another service; give it distinct values and a tie to sort on.
  const popularity: Record<string, number> = { hammer: 50, clamps: 40, brickRed: 40, cement500: 10 };
  for (const [key, n] of Object.entries(popularity)) {
    await ctx.database.db.execute(
      sql`update catalog.product_listing set popularity = ${n} where product_id = ${w.id[key]!}::uuid`,
    );
  }
});
afterAll(() => ctx?.close());

const near = `${MOSCOW.lat},${MOSCOW.lon}`;
const ids = (items: SearchItem[]) => items.map((i) => i.id);

/** a before b, ties broken by the lower price, then by id ascending. */
function expectOrdered(items: SearchItem[], key: (i: SearchItem) => number, direction: 'asc' | 'desc') {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    const [ka, kb] = [key(a), key(b)];
    const [pa, pb] = [a.bestOffer.priceMinor, b.bestOffer.priceMinor];
    if (ka !== kb) expect(direction === 'asc' ? ka < kb : ka > kb, `${ka} then ${kb}`).toBe(true);
    else if (pa !== pb) expect(pa < pb, `tie at ${ka} broken by price: ${pa} then ${pb}`).toBe(true);
    else expect(a.id < b.id, `tie at ${ka} and ${pa} broken by id`).toBe(true);
  }
}

describe('sort orders', () => {
  it('price_asc and price_desc order by the best price', async () => {
    const asc = await search(ctx, { sort: 'price_asc', limit: 100 });
    expect(asc.items).toHaveLength(VISIBLE_KEYS.length);
    expectOrdered(asc.items, (i) => i.bestOffer.priceMinor, 'asc');
    expect(w.key[asc.items[0]!.id]).toBe('clamps');
    const desc = await search(ctx, { sort: 'price_desc', limit: 100 });
    expectOrdered(desc.items, (i) => i.bestOffer.priceMinor, 'desc');
    expect(w.key[desc.items[0]!.id]).toBe('hammer');
  });

  it('popular is the default without q: most popular first', async () => {
    const body = await search(ctx, { limit: 100 });
    expect(ids(body.items)).toEqual(ids((await search(ctx, { sort: 'popular', limit: 100 })).items));
    // clamps and brickRed were each ordered once: the lower price first, then the lower id.
    const tied = body.items
      .filter((i) => ['clamps', 'brickRed'].includes(w.key[i.id]!))
      .sort((a, b) => a.bestOffer.priceMinor - b.bestOffer.priceMinor || (a.id < b.id ? -1 : 1));
    expect(tied[0]!.bestOffer.priceMinor).not.toBe(tied[1]!.bestOffer.priceMinor);
    expect(body.items.slice(0, 4).map((i) => w.key[i.id])).toEqual([
      'hammer',
      ...tied.map((i) => w.key[i.id]),
      'cement500',
    ]);
  });

  it('relevance is the default with q: the closest name first', async () => {
    const body = await search(ctx, { q: 'кирпич облицовочный красный' });
    expect(w.key[body.items[0]!.id]).toBe('brickRed');
    const cement = await search(ctx, { q: 'цемент м500' });
    expect(w.key[cement.items[0]!.id]).toBe('cement500');
  });

  it('distance orders by the nearest warehouse', async () => {
    const body = await search(ctx, { near, sort: 'distance', radiusKm: 300, limit: 100 });
    expectOrdered(body.items, (i) => i.nearestWarehouse!.distanceKm, 'asc');
    expect(body.items.map((i) => w.key[i.id]).at(-1)).toBe('tulaOnly');
  });
});

describe('paging', () => {
  const orders: Record<string, string | number>[] = [
    {},
    { sort: 'price_asc' },
    { sort: 'price_desc' },
    { q: 'кирпич' },
    { q: 'кирпич', sort: 'price_desc' },
    { near, sort: 'distance', radiusKm: 300 },
    { near, sort: 'price_asc', radiusKm: 300 },
  ];

  it.each(orders)('two at a time gives every product once, in the same order as one big page: %o', async (p) => {
    const whole = await search(ctx, { ...p, limit: 100 });
    expect(whole.nextCursor).toBeNull();
    const paged = await allPages(ctx, { ...p, limit: 2 });
    expect(new Set(ids(paged)).size).toBe(paged.length);
    expect(ids(paged)).toEqual(ids(whole.items));
    expect(paged.length).toBe(whole.total);
  });

  it('each page carries the total and facets of the whole set', async () => {
    const first = await search(ctx, { limit: 2 });
    const second = await search(ctx, { limit: 2, cursor: first.nextCursor! });
    expect(second.total).toBe(VISIBLE_KEYS.length);
    expect(second.facets).toEqual(first.facets);
  });
});

describe('never shown', () => {
  it('paused offers and offers with neither stock nor backorder', async () => {
    expect((await search(ctx, { q: 'клинкерный' })).total).toBe(0);
    expect((await search(ctx, { q: 'распроданный' })).total).toBe(0);
    const all = await search(ctx, { limit: 100 });
    expect(new Set(all.items.map((i) => w.key[i.id]))).toEqual(new Set(VISIBLE_KEYS));
  });

  it('a suspended seller’s offers vanish: its only product disappears, a shared one loses its offer', async () => {
    const before = await search(ctx, { q: 'кирпич', limit: 100 });
    const brick = before.items.find((i) => w.key[i.id] === 'brickM150')!;
    expect(brick.bestOffer).toMatchObject({ sellerId: w.sellers.c.id, priceMinor: 1700 });
    expect(brick.offerCount).toBe(2);

    const admin = await ctx.make.admin();
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${w.sellers.c.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'документы не подтверждены' },
    });
    expect(res.statusCode, res.body).toBe(200);

    const after = await search(ctx, { q: 'кирпич', limit: 100 });
    expect(after.items.map((i) => w.key[i.id])).not.toContain('tulaOnly');
    expect(after.total).toBe(before.total - 1);
    const still = after.items.find((i) => w.key[i.id] === 'brickM150')!;
    expect(still.bestOffer).toMatchObject({ sellerId: w.sellers.a.id, priceMinor: 1800 });
    expect(still.offerCount).toBe(1);
    expect((await search(ctx, { sellerId: w.sellers.c.id })).total).toBe(0);
    expect((await search(ctx, { near, radiusKm: 300, q: 'силикатный' })).total).toBe(0);
  });

  it('an offer paused now, or stock run out without backorder, takes its product out', async () => {
    const pause = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${w.offers.cement400!.a}`,
      token: w.sellers.a.accessToken,
      payload: { status: 'paused' },
    });
    expect(pause.statusCode, pause.body).toBe(200);
    expect((await search(ctx, { q: 'цемент' })).items.map((i) => w.key[i.id])).not.toContain('cement400');

    const empty = await ctx.request({
      method: 'PUT',
      url: `${CATALOG}/warehouses/${w.warehouses.bVidnoe}/stock/${w.offers.hammer!.b}`,
      token: w.sellers.b.accessToken,
      payload: { onHand: '0' },
    });
    expect(empty.statusCode, empty.body).toBe(200);
    expect((await search(ctx, { q: 'молоток' })).total).toBe(0);
  });
});
