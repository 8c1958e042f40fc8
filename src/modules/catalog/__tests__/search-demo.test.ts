/** Search over the realistic demo catalog (about 700 cards, three sellers around Moscow and St Petersburg). */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { seedDemoCatalog } from '../seed/catalog-seed.js';
import { MOSCOW } from '../../../../test/fixtures/catalog.js';
import { allPages, expectFacetsMatchFiltering, search } from './search-fixture.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.database.db, [
    { id: randomUUID(), name: 'ООО «СтройБаза»' },
    { id: randomUUID(), name: 'ООО «Кирпичный Двор»' },
    { id: randomUUID(), name: 'ООО «Невский Стройторг»' },
  ]);
});
afterAll(() => ctx?.close());

describe('search over the demo catalog', () => {
  it('«кирпича» ranks bricks first', async () => {
    const body = await search(ctx, { q: 'кирпича' });
    expect(body.total).toBeGreaterThan(5);
    for (const item of body.items.slice(0, 5)) expect(item.name).toMatch(/кирпич/i);
  });

  it('«цемнт м500» finds «Цемент М500» cards, and only cement', async () => {
    const body = await search(ctx, { q: 'цемнт м500' });
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(item.name).toMatch(/цемент.*м500/i);
  });

  it('a word of one letter repeated stands for nothing, however long', async () => {
    for (const q of ['шшшшшшшшшш', 'ш'.repeat(150), 'zzzzzzzz']) expect((await search(ctx, { q })).total, q).toBe(0);
  });

  it('facets match filtering, in a category and for a text query', async () => {
    const bricks = await expectFacetsMatchFiltering(ctx, { category: 'kirpich' });
    expect(bricks.total).toBeGreaterThan(10);
    expect(Object.keys(bricks.facets.attributes)).toContain('strength');
    await expectFacetsMatchFiltering(ctx, { q: 'цемент', inStock: 'true' });
  });

  it('pages through a category by price and near Moscow by distance without loss or repeats', async () => {
    const searches: Record<string, string>[] = [
      { category: 'kirpich', sort: 'price_asc' },
      { near: `${MOSCOW.lat},${MOSCOW.lon}`, sort: 'distance', q: 'газобетон' },
    ];
    for (const params of searches) {
      const whole = await search(ctx, { ...params, limit: 100 });
      const paged = await allPages(ctx, { ...params, limit: 7 });
      expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
      expect(new Set(paged.map((i) => i.id)).size).toBe(whole.total);
    }
  });
});
