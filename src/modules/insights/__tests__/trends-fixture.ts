/**
 * Trends tests' app: the real app on a clean database with the clock at a chosen instant (the test
 * context's clock only moves forward), and sold lines made by hand.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildApp } from '../../../app.js';
import { ManualClock } from '../../../shared/clock.js';
import { testConfig, openTestDatabase, type TestContext } from '../../../../test/context.js';
import { Factories, type Account } from '../../../../test/factories.js';
import { CatalogFixtures, type CategoryJson } from '../../../../test/fixtures/catalog.js';
import type { Executor } from '../../../shared/db/database.js';
import { rebuildTrends } from '../trends/aggregate.js';

export const TRENDS = '/api/v1/insights/trends';
/** Thursday 26 November 2026, 12:00 МСК: the weeks of 9 and 16 November are complete, that of 23 is not. */
export const NOW = '2026-11-26T09:00:00Z';
export const WEEKS = ['2026-11-09', '2026-11-16', '2026-11-23'] as const;

export function trendsGet(ctx: TestContext, query: string, token?: string) {
  return ctx.request({ method: 'GET', url: `${TRENDS}?${query}`, ...(token ? { token } : {}) });
}

/** The answer to a query that must succeed (the body in the message when it does not). */
export async function trendsOk(ctx: TestContext, query: string, token?: string) {
  const res = await trendsGet(ctx, query, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function trendsContext(now: string): Promise<TestContext> {
  const own = await openTestDatabase();
  const clock = new ManualClock(now);
  const config = testConfig();
  const app = await buildApp({ config, services: { database: own.database, clock } });
  await app.ready();
  const request: TestContext['request'] = ({ token, headers, ...rest }) =>
    app.inject({ ...rest, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  return {
    app,
    database: own.database,
    clock,
    config,
    make: new Factories(app, request),
    request,
    close: async () => {
      await app.close();
      await own.drop();
    },
  };
}

export interface SoldLine {
  order: string;
  day: string;
  region?: string;
  product: string;
  path: string;
  seller: string;
  qty: string;
  revenue: number;
}

/** Sold lines as the projection would write them (a Moscow day at 12:00 МСК), then the counters rebuilt. */
export async function sell(ex: Executor, lines: readonly SoldLine[]): Promise<void> {
  for (const l of lines) {
    await ex.execute(sql`
      insert into insights.sold_lines (line_id, order_id, customer_id, placed_at, day, region, product_id,
        category_id, category_path, seller_id, quantity, revenue_minor)
      values (${randomUUID()}::uuid, ${l.order}::uuid, ${randomUUID()}::uuid, ${`${l.day}T09:00:00Z`}::timestamptz,
        ${l.day}::date, ${l.region ?? 'moscow'}, ${l.product}::uuid, ${randomUUID()}::uuid, ${l.path},
        ${l.seller}::uuid, ${l.qty}::numeric, ${l.revenue})`);
  }
  await rebuildTrends(ex);
}

export interface TrendsExample {
  s1: Account;
  s2: Account;
  parent: CategoryJson;
  childA: CategoryJson;
  ids: { p1: string; p2: string; p3: string };
}

/**
 * Two sellers, a category with two children and three products, and seven orders over three weeks
 * (9, 16 and 23 November 2026), every figure chosen so the answers can be worked out by hand.
 */
export async function trendsExample(ctx: TestContext): Promise<TrendsExample> {
  const catalog = new CatalogFixtures(ctx);
  const [s1, s2] = [await ctx.make.seller(), await ctx.make.seller()];
  const parent = await catalog.category();
  const childA = await catalog.category({ parentId: parent.id });
  const childB = await catalog.category({ parentId: parent.id });
  const p1 = (await catalog.product(s1, { categoryId: childA.id, name: 'Кирпич М150' })).id;
  const p2 = (await catalog.product(s1, { categoryId: childA.id, name: 'Кирпич М100' })).id;
  const p3 = (await catalog.product(s1, { categoryId: childB.id, unit: 'мешок' })).id;
  const [a, b] = [childA.path, childB.path];
  const [O1, O2, O3, O4, O5, O6, O7] = [1, 2, 3, 4, 5, 6, 7].map(() => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const line = (
    order: string,
    day: string,
    product: string,
    path: string,
    seller: Account,
    qty: string,
    revenue: number,
    region = 'moscow',
  ): SoldLine => ({
    order,
    day,
    region,
    product,
    path,
    seller: seller.id,
    qty,
    revenue,
  });
  await sell(ctx.database.db, [
    // Week 1: p1 10 шт for 10 000 kopecks (10,00 ₽ each), p2 6 шт for 3 000 (5,00 ₽), p3 5 for 5 000.
    line(O1, '2026-11-10', p1, a, s1, '6', 6000),
    line(O1, '2026-11-10', p2, a, s2, '4', 2000),
    line(O2, '2026-11-10', p1, a, s1, '4', 4000, 'spb'),
    line(O2, '2026-11-10', p2, a, s2, '2', 1000, 'spb'),
    line(O3, '2026-11-11', p3, b, s1, '5', 5000),
    // Week 2: p1 12 for 13 200 (11,00 ₽: ×1.1), p2 2 for 800 (4,00 ₽: ×0.8); p3 not sold.
    line(O4, '2026-11-17', p1, a, s1, '12', 13200),
    line(O5, '2026-11-18', p2, a, s2, '2', 800),
    // Week 3 (under way): p3 3 for 3 300, p1 2 for 1 800 from the second seller (9,00 ₽: ×9/11).
    line(O6, '2026-11-24', p3, b, s1, '3', 3300),
    line(O7, '2026-11-25', p1, a, s2, '2', 1800),
  ]);
  return { s1, s2, parent, childA, ids: { p1, p2, p3 } };
}
